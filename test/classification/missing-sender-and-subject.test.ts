/** Real mail arrives without a subject and from senders nobody can display; the text decides then. */
import { describe, expect, it } from 'vitest';
import { classify, messageFromFields, parseAddress } from '../../src/classifier/index.ts';

const REJECTION_TEXT =
  'Hi,\n\nThank you for applying for the Data Analyst role. After careful review, we have decided to move forward with other candidates whose experience more closely matches our needs.\n\nBest,\nMaria';
const CONFIRMATION_TEXT = 'Hello,\n\nWe have received your application for the Backend Engineer position and our team will review it shortly.\n\nRecruiting';

describe('a message without subject or displayable sender', () => {
  it.each([
    ['an empty sender', ''],
    ['a sender of control and replacement characters', '\u0000\u0007\ufffd\ufffd'],
    ['a group with no address', 'undisclosed-recipients:;'],
    ['a personal address', 'maria.k1987@gmail.com'],
  ])('reads a rejection from the text alone with %s', (_label, from) => {
    const result = classify(messageFromFields({ from, subject: '', text: REJECTION_TEXT }));
    expect(result.category).toBe('REJECTION');
    expect(result.isJobRelated).toBe(true);
  });

  it('reads a confirmation from the text alone with an empty sender and subject', () => {
    expect(classify(messageFromFields({ from: '', subject: '', text: CONFIRMATION_TEXT })).category).toBe('APPLICATION_RECEIVED');
  });

  it('keeps ordinary mail with no subject and no sender out of the job categories', () => {
    const result = classify(messageFromFields({ from: '', subject: '', text: 'Hey, are we still on for dinner on Friday? Bring the board game.' }));
    expect(result.category).toBe('NOT_JOB_RELATED');
  });
});

describe('parseAddress on senders the real world sends', () => {
  it('gives an empty address, not garbage, when there is no mailbox', () => {
    expect(parseAddress('')).toEqual({ address: '', name: null });
    expect(parseAddress('\u0000\ufffd')).toEqual({ address: '', name: null });
    expect(parseAddress('undisclosed-recipients:;').address).toBe('');
  });

  it('keeps a display name that comes without an address', () => {
    expect(parseAddress('Acme Careers')).toEqual({ address: '', name: 'Acme Careers' });
  });

  it('reads a mailbox around undisplayable characters in the name', () => {
    expect(parseAddress('Acme\u0000 Talent <jobs@acme.com>')).toEqual({ address: 'jobs@acme.com', name: 'Acme  Talent' });
  });
});
