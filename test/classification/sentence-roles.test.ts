/** Each sentence has a role; only statements carry status, wherever they stand. */
import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../src/classifier/prepare/normalize-text.ts';
import { readSentences } from '../../src/classifier/read/sentence-roles.ts';
import { classifyFields } from './helpers.ts';

function roles(text: string): Array<[string, string]> {
  const body = normalizeForMatching(text);
  return readSentences(body).sentences.map((s) => [s.role, body.slice(s.start, s.end + 1).trim()]);
}

describe('sentence roles', () => {
  it('reads pleasantries, conditional promises, statements and the signature apart', () => {
    const read = roles(
      'Thank you for applying for the Analyst role.\nWe have received your application. If selected, we will contact you to schedule an interview.\n\nBest regards,\nMaria\nAcme',
    );
    expect(read).toEqual([
      ['pleasantry', 'thank you for applying for the analyst role.'],
      ['statement', 'we have received your application.'],
      ['conditional', 'if selected, we will contact you to schedule an interview.'],
      ['boilerplate', 'best regards,'],
      ['boilerplate', 'maria'],
      ['boilerplate', 'acme'],
    ]);
  });

  it('keeps a conditional that asks for something as a statement', () => {
    expect(roles('If you are interested, please book a time for an interview.')[0]?.[0]).toBe('statement');
  });

  it('reads a promise whose condition comes last as conditional', () => {
    expect(roles('Our team will reach out to arrange an interview if your profile matches the role.')[0]?.[0]).toBe('conditional');
  });

  it('keeps thanks that go on to decide as a statement', () => {
    expect(roles('Thank you for applying, but unfortunately we will not be moving forward.')[0]?.[0]).toBe('statement');
  });

  it('reads footers as boilerplate', () => {
    expect(roles('We are an equal opportunity employer and all qualified applicants will receive consideration.')[0]?.[0]).toBe('boilerplate');
  });
});

describe('the decision comes from statements', () => {
  it('a confirmation that promises an interview "if selected" is a confirmation', () => {
    const result = classifyFields({
      from: 'Acme Careers <careers@acme-robotics.com>',
      subject: 'Your application',
      text: 'Hi Sam,\n\nWe have received your application for the Backend Engineer role. If selected, we will contact you to schedule an interview.\n\nAcme Talent Team',
    });
    expect(result.category).toBe('APPLICATION_RECEIVED');
    expect(result.evidence.join(' ')).toContain('a conditional promise');
  });

  it('a promise with the condition last is no invitation either', () => {
    const result = classifyFields({
      from: 'Acme Careers <careers@acme-robotics.com>',
      subject: 'Application received',
      text: 'Thanks for applying to Acme. We have received your application. A recruiter will reach out to schedule a phone interview if your experience matches the role.',
    });
    expect(result.category).toBe('APPLICATION_RECEIVED');
  });
});

describe('process steps about candidates in general', () => {
  it('"final candidates meet …" in a list of next steps is not an invitation', () => {
    const r = classifyFields({
      from: 'Hiring <hiring@copperline-labs.com>',
      subject: '',
      text: 'Thanks for applying to the QA Analyst opening.\n\nHow our process works:\n- Applicants first complete a short questionnaire.\n- Final applicants attend an onsite interview with the team.\n\nWe reply to everyone within two weeks.',
    });
    expect(r.category).toBe('APPLICATION_RECEIVED');
  });

  it('other candidates are not candidates in general', () => {
    const r = classifyFields({ from: 'Hiring <hiring@copperline-labs.com>', subject: '', text: 'Thank you for your time. Other candidates meet our requirements more closely, so we will not proceed with your application.' });
    expect(r.category).toBe('REJECTION');
  });
});
