import { describe, expect, it } from 'vitest';
import { normalizeSubject, threadKeyOf } from '../../src/modules/sync/thread-key.ts';

const base = {
  providerThreadId: null,
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

  it('else the normalised subject with the other party, the same for my reply and theirs', () => {
    const theirs = threadKeyOf(base, 'me@example.com', nothingKnown);
    const mine = threadKeyOf(
      { ...base, subject: 'RE: Fwd: interview for  backend engineer', from: { address: 'me@example.com', name: 'Me' }, to: [base.from] },
      'me@example.com',
      nothingKnown,
    );
    expect(mine).toBe(theirs);
    const otherCompany = threadKeyOf({ ...base, from: { address: 'no-reply@greenhouse.io', name: 'Globex' } }, 'me@example.com', nothingKnown);
    expect(otherCompany).not.toBe(theirs);
  });

  it('strips reply prefixes in several languages', () => {
    expect(normalizeSubject('AW: Re: SV:  Your Application')).toBe('your application');
  });
});
