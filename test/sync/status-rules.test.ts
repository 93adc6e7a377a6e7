import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES } from '../../src/modules/applications/application-status.ts';
import { EMAIL_CATEGORIES } from '../../src/classifier/index.ts';
import { nextStatus, startingStatus, statusRank } from '../../src/modules/sync/status-rules.ts';

const auto = { manual: false };

describe('nextStatus (DESIGN.md status rules)', () => {
  it('follows the table', () => {
    expect(nextStatus('APPLIED', 'INTERVIEW_INVITATION', auto)).toBe('INTERVIEWING');
    expect(nextStatus('INTERVIEWING', 'NEXT_ROUND', auto)).toBe('TECHNICAL_ROUND');
    expect(nextStatus('APPLIED', 'NEXT_ROUND', auto)).toBe('TECHNICAL_ROUND');
    for (const from of ['APPLIED', 'INTERVIEWING', 'TECHNICAL_ROUND'] as const) expect(nextStatus(from, 'OFFER', auto)).toBe('OFFER_EXTENDED');
    for (const from of ['APPLIED', 'INTERVIEWING', 'TECHNICAL_ROUND', 'OFFER_EXTENDED'] as const) {
      expect(nextStatus(from, 'REJECTION', auto)).toBe('REJECTED');
    }
    expect(nextStatus('APPLIED', 'APPLICATION_RECEIVED', auto)).toBeNull();
  });

  it('never moves backwards or out of REJECTED', () => {
    expect(nextStatus('TECHNICAL_ROUND', 'INTERVIEW_INVITATION', auto)).toBeNull();
    expect(nextStatus('OFFER_EXTENDED', 'NEXT_ROUND', auto)).toBeNull();
    expect(nextStatus('OFFER_EXTENDED', 'OFFER', auto)).toBeNull();
    for (const category of EMAIL_CATEGORIES) expect(nextStatus('REJECTED', category, auto)).toBeNull();
    for (const current of APPLICATION_STATUSES) {
      for (const category of EMAIL_CATEGORIES) {
        for (const manual of [false, true]) {
          const next = nextStatus(current, category, { manual });
          if (next) expect(statusRank(next)).toBeGreaterThan(statusRank(current));
        }
      }
    }
  });

  it('categories without a status never move one', () => {
    for (const category of ['RECRUITER_OUTREACH', 'JOB_ALERT', 'OTHER_JOB_RELATED', 'NOT_JOB_RELATED'] as const) {
      for (const current of APPLICATION_STATUSES) expect(nextStatus(current, category, auto)).toBeNull();
    }
  });

  it('a manual status is not moved by mail received before the user set it, and is by later mail', () => {
    const statusSetAt = new Date('2026-11-10T12:00:00Z');
    const older = { manual: true, statusSetAt, receivedAt: new Date('2026-11-09T12:00:00Z') };
    const newer = { manual: true, statusSetAt, receivedAt: new Date('2026-11-11T12:00:00Z') };
    expect(nextStatus('INTERVIEWING', 'REJECTION', older)).toBeNull();
    expect(nextStatus('INTERVIEWING', 'REJECTION', newer)).toBe('REJECTED');
    // An automatic status is moved by older mail (messages are applied in received order anyway).
    expect(nextStatus('INTERVIEWING', 'REJECTION', { ...older, manual: false })).toBe('REJECTED');
  });

  it('a new application starts where its first message puts it', () => {
    expect(startingStatus('APPLICATION_RECEIVED')).toBe('APPLIED');
    expect(startingStatus('INTERVIEW_INVITATION')).toBe('INTERVIEWING');
    expect(startingStatus('OFFER')).toBe('OFFER_EXTENDED');
    expect(startingStatus('REJECTION')).toBe('REJECTED');
  });
});
