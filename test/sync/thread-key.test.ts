import { describe, expect, it } from 'vitest';
import { normalizeSubject, threadKeyOf } from '../../src/modules/sync/thread-key.ts';

const base = {
  providerThreadId: null,
  providerMessageId: 'p-1',
  rfcMessageId: 'm-1@acme.com',
  inReplyTo: null,
  references: [] as string[],
  subject: 'Interview for Backend Engineer',
  from: { address: 'jane@acme.com', name: 'Jane at Acme' },
  to: [{ address: 'me@example.com', name: null }],
};
const nothingKnown = () => undefined;

describe('thread keying', () => {
  it("uses the provider's thread id first", () => {
    expect(threadKeyOf({ ...base, providerThreadId: 't-1', inReplyTo: 'x@y' }, 'me@example.com', () => 'other')).toBe('t-1');
  });

  it('then the thread of a referenced message (In-Reply-To first, then References newest first)', () => {
    const known: Record<string, string> = { 'a@acme.com': 'thread-a', 'b@acme.com': 'thread-b' };
    const lookup = (id: string) => known[id];
    expect(threadKeyOf({ ...base, inReplyTo: '<b@acme.com>', references: ['<a@acme.com>'] }, 'me@example.com', lookup)).toBe('thread-b');
    expect(threadKeyOf({ ...base, references: ['<a@acme.com>', '<unknown@x>'] }, 'me@example.com', lookup)).toBe('thread-a');
  });

  it('a fresh message without references starts its own thread, even with a subject seen before', () => {
    expect(threadKeyOf(base, 'me@example.com', nothingKnown)).toBe('message:m-1@acme.com');
    expect(threadKeyOf({ ...base, rfcMessageId: 'm-2@acme.com' }, 'me@example.com', nothingKnown)).toBe('message:m-2@acme.com');
  });

  it('a reply whose references are unknown: the normalised subject with the other party, the same for my reply and theirs', () => {
    const theirs = threadKeyOf({ ...base, subject: 'Re: Interview for Backend Engineer' }, 'me@example.com', nothingKnown);
    const mine = threadKeyOf(
      { ...base, subject: 'RE: Fwd: interview for  backend engineer', from: { address: 'me@example.com', name: 'Me' }, to: [base.from] },
      'me@example.com',
      nothingKnown,
    );
    expect(mine).toBe(theirs);
    const otherCompany = threadKeyOf(
      { ...base, subject: 'Re: Interview for Backend Engineer', from: { address: 'no-reply@greenhouse.io', name: 'Globex' } },
      'me@example.com',
      nothingKnown,
    );
    expect(otherCompany).not.toBe(theirs);
  });

  it('strips reply prefixes in several languages', () => {
    expect(normalizeSubject('AW: Re: SV:  Your Application')).toBe('your application');
  });
});
