/**
 * Which kind of job mail without a status: a recruiter's or employer's approach, a list of jobs, or
 * other mail about the reader's own search. The rules know approaches by recruiters' phrases; one
 * written in a person's own words is read by the kind model (model/status-model.ts, KIND_CLASSES).
 */
import { describe, expect, it } from 'vitest';
import { classifyFields } from './helpers.ts';

describe('the kind of job mail without a status', () => {
  it("reads an approach in a person's own words, from a personal address without a subject", () => {
    const result = classifyFields({
      from: 'priya.n@gmail.com',
      subject: '',
      text: "Hi Jo, I run the platform team at a small payments company and a former colleague of yours said you might be open to a move. We're hiring a senior engineer; would you be up for a quick call next week?\n\nPriya",
    });
    expect(result.category).toBe('RECRUITER_OUTREACH');
    expect(result.evidence.join(' ')).toContain('the kind of job mail reads as RECRUITER_OUTREACH');
  });

  // Known failure: read as ordinary mail ("own the backend", "consider it" carry no job sense for
  // either opinion), so the kind is never asked. Goes red when it passes.
  it.fails('reads a founder asking whether the reader would consider joining', () => {
    const result = classifyFields({
      from: 'tom@brindleworks.io',
      subject: '',
      text: "Hey Jo - saw your talk on event sourcing at the meetup last month. We're a team of six building ledger software for co-ops and need someone to own the backend. Any chance you'd consider it? Happy to buy you a coffee and tell you more.\n\nTom, co-founder",
    });
    expect(result.category).toBe('RECRUITER_OUTREACH');
  });

  it('keeps a question about an application already under way as other job mail', () => {
    const result = classifyFields({
      from: 'hr@brindleworks.io',
      subject: 'Your application',
      text: 'Hi Jo, thanks for sending the signed consent form. Could you also send a copy of your passport for the right-to-work check before Friday?\n\nThanks, Ana',
    });
    expect(result.category).toBe('OTHER_JOB_RELATED');
  });
});
