import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.ts';
import { accountTokenStore } from '../../src/modules/accounts/account-tokens.ts';
import type { MailAccount } from '../../src/modules/accounts/mail-account.entity.ts';
import { AuthRevokedError, RateLimitedError, TransientProviderError } from '../../src/providers/provider.ts';
import { decodeGmailCursor } from '../../src/providers/gmail/gmail-cursor.ts';
import { classify } from '../../src/classifier/index.ts';
import { startGoogleEmulator, type GoogleEmulator } from '../emulators/google.ts';
import { grantFromGoogleEmulator } from '../emulators/google-consent.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { PageLedger, readerFor, storedAccount, testConfig } from './support.ts';

let database: TestDatabase;
let google: GoogleEmulator;
let config: Config;
const DAY = 24 * 3600 * 1000;
const since = new Date(Date.now() - 90 * DAY);
let mailboxCounter = 0;

beforeAll(async () => {
  [database, google] = await Promise.all([createTestDatabase(), startGoogleEmulator()]);
  config = await testConfig(google.env());
});
afterAll(async () => {
  await google?.close();
  await database?.drop();
});
afterEach(() => google.faults.clear());

interface Mailbox {
  email: string;
  account: MailAccount;
  hiring: string[];
  archivedHiring: string[];
  other: string[];
  outside: string[];
}

/** A mailbox with hiring mail (some archived), other inbox mail, and mail the first sync must not read. */
async function seededMailbox(otherCount = 12): Promise<Mailbox> {
  const email = `candidate${++mailboxCounter}@gmail.test`;
  const at = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY);
  const hiring = [1, 2, 3, 4].map((i) => google.addMessage(email, { from: `Acme Recruiting <no-reply@greenhouse.io>`, subject: `Thank you for applying ${i}`, text: 'We received your application.', date: at(i) }).id);
  const archivedHiring = [google.addMessage(email, { from: 'Jobs <jobs@lever.co>', subject: 'Interview availability', text: 'Pick a time', date: at(5) }, { labelIds: ['CATEGORY_UPDATES'] }).id];
  const other = Array.from({ length: otherCount }, (_, i) => google.addMessage(email, { from: `Friend ${i} <f${i}@example.org>`, subject: `Dinner ${i}`, text: 'See you', date: at(6 + i) }).id);
  const outside = [
    google.addMessage(email, { from: 'old@example.org', subject: 'Ancient', text: 'old', date: at(200) }).id,
    google.addMessage(email, { from: 'spam@example.org', subject: 'Win', text: 'spam', date: at(2) }, { labelIds: ['SPAM'] }).id,
    google.addMessage(email, { from: email, to: 'x@example.org', subject: 'My own interview notes', text: 'sent', date: at(2) }, { labelIds: ['SENT'] }).id,
  ];
  const tokens = await grantFromGoogleEmulator(google, email);
  const account = await storedAccount(database, config, 'GMAIL', email, tokens);
  return { email, account, hiring, archivedHiring, other, outside };
}

describe('Gmail reader: first sync', () => {
  let box: Mailbox;
  beforeEach(async () => {
    box = await seededMailbox();
    google.resetCounters();
  });

  it('reads the window in two passes, hiring mail first, each message once, and ends on a history cursor', async () => {
    const ledger = new PageLedger();
    await ledger.drain(readerFor(database, config, box.account, { pageSize: 5 }), since);

    const expected = [...box.hiring, ...box.archivedHiring, ...box.other];
    expect([...ledger.applied.keys()].sort()).toEqual([...expected].sort());
    expect([...ledger.deliveries.values()].every((n) => n === 1)).toBe(true);
    // Pass 1 (targeted) finishes before any other inbox mail is handed over.
    const firstOther = ledger.order.findIndex((id) => box.other.includes(id));
    expect(ledger.order.slice(0, firstOther).sort()).toEqual([...box.hiring, ...box.archivedHiring].sort());
    for (const id of box.outside) expect(ledger.applied.has(id)).toBe(false);
    expect(google.counters.calls['messages.get']).toBe(expected.length);
    expect(decodeGmailCursor(ledger.cursor)).toMatchObject({ mode: 'history' });
    // Floor: profile 1 + list pages 5 each + 5 per message read once.
    const lists = google.counters.calls['messages.list']!;
    expect(google.counters.quotaUnits).toBe(1 + 5 * lists + 5 * expected.length);
    const message = ledger.applied.get(box.hiring[0]!)!;
    expect(message).toMatchObject({ from: { address: 'no-reply@greenhouse.io', name: 'Acme Recruiting' }, subject: 'Thank you for applying 1', text: 'We received your application.' });
    expect(message.labels).toContain('INBOX');
  });

  it("reads messages through Gmail's batch endpoint, 25 to a request, each once and at the quota of single gets", async () => {
    const big = await seededMailbox(30);
    google.resetCounters();
    const ledger = new PageLedger();
    await ledger.drain(readerFor(database, config, big.account), since);
    const expected = [...big.hiring, ...big.archivedHiring, ...big.other];
    expect([...ledger.applied.keys()].sort()).toEqual([...expected].sort());
    expect([...ledger.deliveries.values()].every((n) => n === 1)).toBe(true);
    // Pass 1: 5 messages in one batch; pass 2: 30 in two (25 + 5).
    expect(google.counters.calls.batch).toBe(3);
    expect(google.counters.calls['messages.get']).toBe(expected.length);
    expect(google.counters.quotaUnits).toBe(1 + 5 * google.counters.calls['messages.list']! + 5 * expected.length);
  });

  it('asks again only for the parts of a batch that failed', async () => {
    google.fail('messages.get', { kind: 'status', status: 503 }, 2);
    const ledger = new PageLedger();
    await ledger.drain(readerFor(database, config, box.account), since);
    const expected = [...box.hiring, ...box.archivedHiring, ...box.other];
    expect([...ledger.applied.keys()].sort()).toEqual([...expected].sort());
    expect([...ledger.deliveries.values()].every((n) => n === 1)).toBe(true);
    // Two batches, the first retried with its two failed parts only.
    expect(google.counters.calls.batch).toBe(3);
    expect(google.counters.calls['messages.get']).toBe(expected.length + 2);
  });

  it('reads one message per request from a server that refuses the batch endpoint', async () => {
    google.fail('batch', { kind: 'status', status: 404 }, 1);
    const ledger = new PageLedger();
    await ledger.drain(readerFor(database, config, box.account), since);
    const expected = [...box.hiring, ...box.archivedHiring, ...box.other];
    expect([...ledger.applied.keys()].sort()).toEqual([...expected].sort());
    expect([...ledger.deliveries.values()].every((n) => n === 1)).toBe(true);
    // Refused once, then not tried again by this reader.
    expect(google.counters.calls.batch).toBe(1);
    expect(google.counters.calls['messages.get']).toBe(expected.length);
  });

  it('survives 429 with Retry-After, 500, resets and timeouts without losing or repeating a message', async () => {
    google.fail('messages.get', { kind: 'status', status: 429, retryAfterSeconds: 0 }, 2);
    google.fail('messages.list', { kind: 'status', status: 500 }, 1);
    google.fail('messages.get', { kind: 'reset' }, 1);
    google.fail('messages.get', { kind: 'timeout' }, 1);
    google.fail('messages.get', { kind: 'status', status: 403 }, 1); // userRateLimitExceeded
    const ledger = new PageLedger();
    await ledger.drain(readerFor(database, config, box.account, { pageSize: 5, requestTimeoutMs: 300 }), since);
    expect(ledger.applied.size).toBe(box.hiring.length + box.archivedHiring.length + box.other.length);
    expect([...ledger.deliveries.values()].every((n) => n === 1)).toBe(true);
  });

  it('falls back to the plain window query when the server refuses the targeted search, still reading each message once', async () => {
    google.fail('messages.list', { kind: 'status', status: 400 }, 1);
    const ledger = new PageLedger();
    await ledger.drain(readerFor(database, config, box.account, { pageSize: 5 }), since);
    for (const id of [...box.hiring, ...box.archivedHiring, ...box.other]) expect(ledger.applied.has(id)).toBe(true);
    expect([...ledger.deliveries.values()].every((n) => n === 1)).toBe(true);
    expect(google.counters.calls['messages.get']).toBe(ledger.applied.size);
  });

  it('keeps to the plain window query for the rest of a pass once a server refuses the targeted syntax on every page', async () => {
    google.refuseSearchesContaining = '{';
    try {
      const ledger = new PageLedger();
      await ledger.drain(readerFor(database, config, box.account, { pageSize: 5 }), since);
      for (const id of [...box.hiring, ...box.archivedHiring, ...box.other]) expect(ledger.applied.has(id)).toBe(true);
      expect([...ledger.deliveries.values()].every((n) => n === 1)).toBe(true);
    } finally {
      google.refuseSearchesContaining = null;
    }
  });

  it('has one retry policy: gaxios does not retry on its own', async () => {
    google.fail('messages.list', { kind: 'status', status: 500 }, 10);
    const ledger = new PageLedger();
    const error = await ledger.drainUntilError(readerFor(database, config, box.account, { retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 } }), since);
    expect(error).toBeInstanceOf(TransientProviderError);
    expect(google.counters.calls['messages.list']).toBe(2);
  });

  it('turns a rate limit that outlasts the retries into RateLimitedError with the wait', async () => {
    google.fail('messages.list', { kind: 'status', status: 429, retryAfterSeconds: 0 }, 10);
    const error = await new PageLedger().drainUntilError(readerFor(database, config, box.account, { retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 } }), since);
    expect(error).toBeInstanceOf(RateLimitedError);
  });

  it('never yields a cursor past unread mail: a failure mid-sync resumes from the last cursor with no gap', async () => {
    const ledger = new PageLedger();
    // Let the first pages through, then fail every read for longer than the retries last.
    const reader = readerFor(database, config, box.account, { pageSize: 5, retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 } });
    const iterator = reader.pages({ cursor: null, since })[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.done).toBe(false);
    for (const m of first.value!.messages) ledger.applied.set(m.providerMessageId, m);
    ledger.cursor = first.value!.cursor;
    google.fail('messages.get', { kind: 'status', status: 500 }, 10);
    await expect(iterator.next()).rejects.toBeInstanceOf(TransientProviderError);
    await ledger.drain(readerFor(database, config, box.account, { pageSize: 5 }), since);
    expect([...ledger.applied.keys()].sort()).toEqual([...box.hiring, ...box.archivedHiring, ...box.other].sort());
  });
});

describe('Gmail reader: calendar invites', () => {
  it('downloads an invite Gmail serves by attachmentId (and no other attachment), so the interview time is read', async () => {
    const email = `invited${++mailboxCounter}@gmail.test`;
    const invite = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'DTSTART:20270114T140000Z', 'DTEND:20270114T150000Z',
      'SUMMARY:Interview with Acme - Data Engineer', 'ORGANIZER;CN=Jo Park:mailto:jo@acme.com', 'LOCATION:https://acme.zoom.us/j/123456789', 'UID:1@acme.com', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
    const invited = google.addMessage(email, { from: 'Jo Park <jo@acme.com>', subject: 'Invitation: Interview with Acme - Data Engineer', text: 'You have been invited to an interview.', calendarAttachment: invite, date: new Date(Date.now() - DAY) }).id;
    const plain = google.addMessage(email, { from: 'Friend <f@example.org>', subject: 'Photos', text: 'See attached', date: new Date(Date.now() - 2 * DAY) }).id;
    const account = await storedAccount(database, config, 'GMAIL', email, await grantFromGoogleEmulator(google, email));
    google.resetCounters();
    const ledger = new PageLedger();
    await ledger.drain(readerFor(database, config, account), since);
    expect(ledger.applied.get(invited)!.calendarParts).toEqual([invite]);
    expect(ledger.applied.get(plain)!.calendarParts).toEqual([]);
    expect(google.counters.calls['messages.attachments.get']).toBe(1);

    const classification = classify({ ...ledger.applied.get(invited)!, date: ledger.applied.get(invited)!.receivedAt });
    expect(classification.interview).toMatchObject({ start: new Date('2027-01-14T14:00:00Z'), meetingUrl: 'https://acme.zoom.us/j/123456789' });
  });
});

describe('Gmail reader: incremental sync', () => {
  it('reads only new mail from history, one call when nothing is new, and a 404 re-reads the window without a gap', async () => {
    const box = await seededMailbox(3);
    const ledger = new PageLedger();
    await ledger.drain(readerFor(database, config, box.account), since);
    const afterFirst = ledger.applied.size;

    google.resetCounters();
    await ledger.drain(readerFor(database, config, box.account), since);
    expect(google.counters.calls).toEqual({ 'history.list': 1 });
    expect(ledger.applied.size).toBe(afterFirst);

    const fresh = [
      google.addMessage(box.email, { from: 'Talent <talent@ashbyhq.com>', subject: 'Next steps', text: 'Schedule' }).id,
      google.addMessage(box.email, { from: 'mum@example.org', subject: 'Hi', text: 'Call me' }).id,
    ];
    google.addMessage(box.email, { from: 'x@example.org', subject: 'draft', text: '...' }, { labelIds: ['DRAFT'] });
    google.resetCounters();
    const before = ledger.order.length;
    await ledger.drain(readerFor(database, config, box.account), since);
    expect(ledger.order.slice(before).sort()).toEqual([...fresh].sort());
    expect(google.counters.calls['messages.get']).toBe(2);

    // History expired: the whole window again, and what arrives meanwhile is not skipped.
    google.expireHistory(box.email);
    const late = google.addMessage(box.email, { from: 'Jobs <jobs@lever.co>', subject: 'Offer letter', text: 'Congrats' }).id;
    google.expireHistory(box.email);
    await ledger.drain(readerFor(database, config, box.account), since);
    expect(ledger.applied.has(late)).toBe(true);
    expect(ledger.applied.size).toBe(afterFirst + 3);
    expect(decodeGmailCursor(ledger.cursor)).toMatchObject({ mode: 'history' });
    // And the next incremental from the new anchor works.
    const after = google.addMessage(box.email, { from: 'a@example.org', subject: 'later', text: 'x' }).id;
    await ledger.drain(readerFor(database, config, box.account), since);
    expect(ledger.applied.has(after)).toBe(true);
  });

  it('reports deleted messages', async () => {
    const box = await seededMailbox(1);
    const ledger = new PageLedger();
    await ledger.drain(readerFor(database, config, box.account), since);
    google.deleteMessage(box.email, box.other[0]!);
    await ledger.drain(readerFor(database, config, box.account), since);
    expect(ledger.pages.at(-1)!.deleted).toEqual([box.other[0]]);
  });
});

describe('Gmail reader: grants', () => {
  it('refreshes once on a 401 and persists the new access token encrypted', async () => {
    const box = await seededMailbox(1);
    const store = accountTokenStore(database.orm, box.account.id, config.tokenEncryptionKey);
    const before = await store.load();
    google.expireAccessTokens(box.email);
    google.resetCounters();
    const ledger = new PageLedger();
    await ledger.drain(readerFor(database, config, box.account), since);
    expect(ledger.applied.size).toBe(box.hiring.length + box.archivedHiring.length + 1);
    expect(google.counters.calls['oauth.token']).toBe(1);
    const after = await store.load();
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.refreshToken).toBe(before.refreshToken);
  });

  it('throws AuthRevokedError without retrying when the refresh token is revoked', async () => {
    const box = await seededMailbox(1);
    google.revokeRefreshTokens(box.email);
    google.resetCounters();
    const error = await new PageLedger().drainUntilError(readerFor(database, config, box.account), since);
    expect(error).toBeInstanceOf(AuthRevokedError);
    expect(google.counters.calls['oauth.token']).toBe(1);
  });
});
