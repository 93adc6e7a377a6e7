import { describe, expect, it } from 'vitest';
import { employerOf } from '../../src/modules/matching/employer-of.ts';
import { titleSimilarity } from '../../src/modules/matching/job-title.ts';
import { matchApplication, UNKNOWN_TITLE, type ApplicationCandidate, type MatchSignals } from '../../src/modules/matching/match-application.ts';
import { companyKey } from '../../src/modules/matching/normalize-company.ts';
import { CONFIDENCE_THRESHOLD, planMessage } from '../../src/modules/matching/plan-message.ts';

function app(id: string, company: string, jobTitle: string, extra: Partial<ApplicationCandidate> = {}): ApplicationCandidate {
  return { id, company, jobTitle, companyDomain: null, status: 'APPLIED', atsProvider: null, atsJobId: null, ...extra };
}
const none: MatchSignals = { threadApplicationId: null, company: null, companyDomain: null, jobTitle: null, atsProvider: null, atsJobId: null };

describe('company and title keys', () => {
  it('treat spellings of one company alike', () => {
    expect(companyKey('Acme, Inc.')).toBe(companyKey('ACME'));
    expect(companyKey('Acme Recruiting')).toBe('acme');
    expect(companyKey('Alder & Finch')).toBe(companyKey('Alder and Finch Ltd'));
    expect(companyKey('Acme')).not.toBe(companyKey('Acme Robotics'));
  });

  it('keep seniority: Senior and Staff are different jobs', () => {
    expect(titleSimilarity('Senior Software Engineer', 'Sr. Software Engineer')).toBe(1);
    expect(titleSimilarity('Senior Backend Engineer', 'Senior Back-end Engineer (Remote)')).toBe(1);
    expect(titleSimilarity('Senior Software Engineer', 'Staff Software Engineer')).toBe(0);
    expect(titleSimilarity('Software Engineer II', 'Software Engineer III')).toBe(0);
    expect(titleSimilarity('Software Engineer', 'Product Designer')).toBeLessThan(0.6);
  });
});

describe('matchApplication (DESIGN.md order: thread, ATS id, company + title)', () => {
  const candidates = [
    app('senior', 'Northwind Traders', 'Senior Software Engineer', { atsProvider: 'Workday', atsJobId: 'R-20388' }),
    app('staff', 'Northwind Traders', 'Staff Software Engineer', { atsProvider: 'Workday', atsJobId: 'R-20431' }),
    app('acme', 'Acme', 'Backend Engineer'),
  ];

  it('follows the thread link first, even against other signals', () => {
    const result = matchApplication({ ...none, threadApplicationId: 'acme', company: 'Northwind', atsJobId: 'R-20388' }, candidates);
    expect(result).toMatchObject({ applicationId: 'acme', method: 'THREAD' });
  });

  it('then the ATS job id', () => {
    expect(matchApplication({ ...none, atsJobId: 'R-20431', company: 'Someone Else' }, candidates)).toMatchObject({ applicationId: 'staff', method: 'ATS_ID' });
  });

  it('then company and title, fuzzy, seniority kept', () => {
    expect(matchApplication({ ...none, company: 'Northwind Traders Inc.', jobTitle: 'Sr. Software Engineer' }, candidates)).toMatchObject({
      applicationId: 'senior',
      method: 'COMPANY_TITLE',
    });
    expect(matchApplication({ ...none, company: 'Northwind Traders', jobTitle: 'Staff Software Engineer' }, candidates)).toMatchObject({
      applicationId: 'staff',
    });
    // A third role at the same company is a new application, not one of the two.
    expect(matchApplication({ ...none, company: 'Northwind Traders', jobTitle: 'Principal Software Engineer' }, candidates).applicationId).toBeNull();
  });

  it("joins a company's only application when the mail names no role, and is ambiguous with several", () => {
    expect(matchApplication({ ...none, company: 'ACME' }, candidates)).toMatchObject({ applicationId: 'acme', method: 'COMPANY_ONLY' });
    const ambiguous = matchApplication({ ...none, company: 'Northwind Traders' }, candidates);
    expect(ambiguous.applicationId).toBeNull();
    expect('ambiguous' in ambiguous && [...ambiguous.ambiguous].sort()).toEqual(['senior', 'staff']);
  });

  it('matches by the employer domain when the display name differs', () => {
    const withDomain = [app('d', 'Globex Corporation', 'Analyst', { companyDomain: 'globex.com' })];
    expect(matchApplication({ ...none, company: 'Globex Hiring Team', companyDomain: 'globex.com' }, withDomain).applicationId).toBe('d');
  });

  it('fills in an application that had no title yet', () => {
    const untitled = [app('u', 'Acme', UNKNOWN_TITLE)];
    expect(matchApplication({ ...none, company: 'Acme', jobTitle: 'Platform Engineer' }, untitled).applicationId).toBe('u');
  });
});

describe('employerOf', () => {
  it('names the employer by the sender domain only when no ATS, platform or free mail sent it', () => {
    expect(employerOf({ company: null }, { address: 'jane@talent.acme-robotics.com', name: 'Jane' })).toEqual({
      company: 'Acme Robotics',
      companyDomain: 'acme-robotics.com',
    });
    expect(employerOf({ company: null }, { address: 'no-reply@greenhouse.io', name: 'Acme' })).toEqual({ company: null, companyDomain: null });
    expect(employerOf({ company: null }, { address: 'someone@gmail.com', name: null })).toEqual({ company: null, companyDomain: null });
    expect(employerOf({ company: 'Acme' }, { address: 'jobs@linkedin.com', name: null })).toEqual({ company: 'Acme', companyDomain: null });
  });
});

describe('planMessage', () => {
  const sure = { isJobRelated: true, confidence: 0.98, evidence: ['x'] };
  const noMatch = { applicationId: null, ambiguous: [], evidence: 'none' } as const;
  const matched = { applicationId: 'a', method: 'COMPANY_TITLE', confidence: 0.9, evidence: 'm' } as const;

  it('stores nothing for mail that is not job-related', () => {
    expect(planMessage({ ...sure, isJobRelated: false, category: 'NOT_JOB_RELATED' }, noMatch, 'Acme', null)).toEqual({ kind: 'IGNORE' });
  });

  it('never creates an application from a job alert, outreach or other job mail', () => {
    for (const category of ['JOB_ALERT', 'RECRUITER_OUTREACH', 'OTHER_JOB_RELATED'] as const) {
      expect(planMessage({ ...sure, category }, noMatch, 'Acme', 'Engineer')).toMatchObject({ kind: 'ATTACH', applicationId: null });
    }
  });

  it('creates an application from an unmatched confirmation or status mail that names the company', () => {
    expect(planMessage({ ...sure, category: 'APPLICATION_RECEIVED' }, noMatch, 'Acme', 'Engineer')).toMatchObject({ kind: 'CREATE', company: 'Acme' });
    expect(planMessage({ ...sure, category: 'REJECTION' }, noMatch, 'Acme', null)).toMatchObject({ kind: 'CREATE' });
    expect(planMessage({ ...sure, category: 'REJECTION' }, matched, 'Acme', null)).toMatchObject({ kind: 'APPLY', applicationId: 'a' });
  });

  it('turns unsure decisions into reviews', () => {
    const unsure = CONFIDENCE_THRESHOLD - 0.01;
    expect(planMessage({ ...sure, category: 'REJECTION', confidence: unsure }, matched, 'Acme', null)).toMatchObject({
      kind: 'REVIEW',
      reviewKind: 'STATUS_CHANGE',
      proposedApplicationId: 'a',
    });
    expect(planMessage({ ...sure, category: 'OFFER' }, { ...matched, confidence: unsure }, 'Acme', null)).toMatchObject({ kind: 'REVIEW', reviewKind: 'MATCH' });
    expect(planMessage({ ...sure, category: 'APPLICATION_RECEIVED', confidence: unsure }, noMatch, 'Acme', null)).toMatchObject({
      kind: 'REVIEW',
      reviewKind: 'NEW_APPLICATION',
    });
    expect(planMessage({ ...sure, category: 'INTERVIEW_INVITATION' }, noMatch, null, null)).toMatchObject({ kind: 'REVIEW', reviewKind: 'NEW_APPLICATION' });
    expect(planMessage({ ...sure, category: 'REJECTION' }, { applicationId: null, ambiguous: ['a', 'b'], evidence: '' }, 'Acme', null)).toMatchObject({
      kind: 'REVIEW',
      reviewKind: 'MATCH',
    });
  });
});
