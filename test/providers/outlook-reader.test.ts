import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.ts';
import { accountTokenStore } from '../../src/modules/accounts/account-tokens.ts';
import type { MailAccount } from '../../src/modules/accounts/mail-account.entity.ts';
import { decodeOutlookCursor } from '../../src/providers/outlook/outlook-cursor.ts';
import { AuthRevokedError, RateLimitedError } from '../../src/providers/provider.ts';
import { startMicrosoftEmulator, type MicrosoftEmulator } from '../emulators/microsoft.ts';
import { grantFromMicrosoftEmulator } from '../emulators/microsoft-consent.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { PageLedger, readerFor, storedAccount, testConfig } from './support.ts';

let database: TestDatabase;
let microsoft: MicrosoftEmulator;
let config: Config;
const DAY = 86_400_000;
const since = new Date(Date.now() - 90 * DAY);
let counter = 0;

beforeAll(async () => {
  [database, microsoft] = await Promise.all([createTestDatabase(), startMicrosoftEmulator()]);
  config = await testConfig(microsoft.env());
});
afterAll(async () => {
  await microsoft?.close();
  await database?.drop();
});
afterEach(() => {
  microsoft.faults.clear();
  microsoft.latencyMs = 0;
});

async function mailbox(count: number): Promise<{ email: string; account: MailAccount; ids: string[] }> {
  const email = `candidate${++counter}@outlook.test`;
  const ids = Array.from({ length: count }, (_, i) =>
    microsoft.addMessage(email, { from: `Recruiter ${i} <r${i}@lever.co>`, subject: `Interview ${i}`, html: `<p>Hello ${i}</p>`, date: new Date(Date.now() - (i + 1) * 3600_000) }).id,
  );
  microsoft.addMessage(email, { from: 'old@example.org', subject: 'Old', text: 'old', date: new Date(Date.now() - 200 * DAY) });
  const account = await storedAccount(database, config, 'OUTLOOK', email, await grantFromMicrosoftEmulator(microsoft, email));
  return { email, account, ids };
}

describe('Outlook reader: internet headers', () => {
  it('adds what delta lacks (In-Reply-To, References, List-*) from JSON batches of 20, asking again for a step that failed', async () => {
    const email = `headers${++counter}@outlook.test`;
    const newsletter = microsoft.addMessage(email, {
      from: 'Weekly <news@pragmaticweekly.com>',
      subject: 'This week',
      text: 'Articles',
      headers: { 'List-Unsubscribe': '<https://pragmaticweekly.com/u>', 'List-Id': '<weekly.pragmaticweekly.com>', Precedence: 'bulk' },
    }).id;
    const reply = microsoft.addMessage(email, { from: 'Jo <jo@acme.com>', subject: 'Re: Interview', text: 'Thursday works', inReplyTo: 'first@acme.com', references: ['root@acme.com', 'first@acme.com'] }).id;
    const others = Array.from({ length: 20 }, (_, i) => microsoft.addMessage(email, { from: `f${i}@example.org`, subject: `Hi ${i}`, text: 'x' }).id);
    const account = await storedAccount(database, config, 'OUTLOOK', email, await grantFromMicrosoftEmulator(microsoft, email));
    microsoft.resetCounters();
    microsoft.fail('messages.get', { kind: 'status', status: 429, retryAfterSeconds: 0 }, 1);
    const ledger = new PageLedger();
    await ledger.drain(readerFor(database, config, account), since);
    expect([...ledger.applied.keys()].sort()).toEqual([newsletter, reply, ...others].sort());
    expect(ledger.applied.get(newsletter)!.headers).toMatchObject({ 'list-unsubscribe': '<https://pragmaticweekly.com/u>', 'list-id': '<weekly.pragmaticweekly.com>', precedence: 'bulk' });
    expect(ledger.applied.get(reply)).toMatchObject({ inReplyTo: 'first@acme.com', references: ['root@acme.com', 'first@acme.com'] });
    expect(ledger.applied.get(others[0]!)!.headers).toMatchObject({ 'message-id': expect.stringContaining('@') });
    // 22 messages: two batches, and the throttled step once more in a third.
    expect(microsoft.counters.calls.batch).toBe(3);
    expect(microsoft.counters.calls['messages.get']).toBe(23);
  });
});

describe('Outlook reader', () => {
  it('reads the window with delta over a plain http:// Graph, then only changes, and a 410 re-reads without a gap', async () => {
    const box = await mailbox(12);
    const ledger = new PageLedger();
    microsoft.resetCounters();
    await ledger.drain(readerFor(database, config, box.account, { pageSize: 5 }), since);
    expect([...ledger.applied.keys()].sort()).toEqual([...box.ids].sort());
    expect(microsoft.counters.calls.delta).toBe(3);
    expect(decodeOutlookCursor(ledger.cursor)).toMatchObject({ kind: 'delta' });
    const first = ledger.applied.get(box.ids[0]!)!;
    expect(first).toMatchObject({ from: { address: 'r0@lever.co', name: 'Recruiter 0' }, subject: 'Interview 0', html: '<p>Hello 0</p>', text: null });
    expect(first.rfcMessageId).toMatch(/@outlook\.emulated$/);

    microsoft.resetCounters();
    await ledger.drain(readerFor(database, config, box.account, { pageSize: 5 }), since);
    expect(microsoft.counters.calls).toEqual({ delta: 1 });

    const fresh = microsoft.addMessage(box.email, { from: 'a@ashbyhq.com', subject: 'Offer', text: 'Congrats' }).id;
    microsoft.deleteMessage(box.email, box.ids[1]!);
    await ledger.drain(readerFor(database, config, box.account), since);
    expect(ledger.applied.has(fresh)).toBe(true);
    expect(ledger.pages.at(-1)!.deleted).toEqual([box.ids[1]]);

    microsoft.expireDeltaTokens(box.email);
    const late = microsoft.addMessage(box.email, { from: 'b@greenhouse.io', subject: 'Next round', text: 'x' }).id;
    const before = ledger.order.length;
    await ledger.drain(readerFor(database, config, box.account), since);
    expect(ledger.order.slice(before)).toContain(late);
    expect(decodeOutlookCursor(ledger.cursor)).toMatchObject({ kind: 'delta' });
  });

  it('waits out 429 Retry-After and 503, and gives up on a throttle that outlasts the retries with RateLimitedError', async () => {
    const box = await mailbox(3);
    microsoft.fail('delta', { kind: 'status', status: 429, retryAfterSeconds: 0 }, 2);
    microsoft.fail('delta', { kind: 'status', status: 503 }, 1);
    microsoft.fail('delta', { kind: 'reset' }, 1);
    microsoft.fail('delta', { kind: 'timeout' }, 1);
    const ledger = new PageLedger();
    await ledger.drain(readerFor(database, config, box.account, { requestTimeoutMs: 300, retry: { attempts: 8, baseDelayMs: 5, maxDelayMs: 20 } }), since);
    expect(ledger.applied.size).toBe(3);

    microsoft.fail('delta', { kind: 'status', status: 429, retryAfterSeconds: 0 }, 10);
    const error = await new PageLedger().drainUntilError(readerFor(database, config, box.account, { retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 } }), since);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(microsoft.counters.calls.delta).toBeGreaterThan(0);
  });

  it('keeps at most 4 requests in flight per mailbox, however many syncs run', async () => {
    const box = await mailbox(2);
    microsoft.latencyMs = 250;
    microsoft.resetCounters();
    await Promise.all(Array.from({ length: 8 }, () => new PageLedger().drain(readerFor(database, config, box.account), since)));
    expect(microsoft.counters.calls.delta).toBe(8);
    // Never more than 4; and the 8 syncs did overlap (without the gate this reaches 8).
    expect(microsoft.maxInFlight(box.email)).toBeLessThanOrEqual(4);
    expect(microsoft.maxInFlight(box.email)).toBeGreaterThanOrEqual(2);
  });

  it('hands out mail re-uploaded under a new id once, by internetMessageId', async () => {
    const box = await mailbox(0);
    const original = microsoft.addMessage(box.email, { from: 'x@lever.co', subject: 'Interview', text: 'a' }, { internetMessageId: 'same@lever.co' });
    microsoft.addMessage(box.email, { from: 'x@lever.co', subject: 'Interview', text: 'a' }, { internetMessageId: 'same@lever.co' });
    const ledger = new PageLedger();
    await ledger.drain(readerFor(database, config, box.account), since);
    expect(ledger.applied.size).toBe(1);

    // Across syncs, the pipeline tells the reader which Message-IDs it already holds.
    microsoft.addMessage(box.email, { from: 'x@lever.co', subject: 'Interview', text: 'a' }, { internetMessageId: 'same@lever.co' });
    await ledger.drain(readerFor(database, config, box.account, { knownRfcMessageIds: async (ids) => new Set(ids.filter((id) => id === 'same@lever.co')) }), since);
    expect([...ledger.applied.keys()]).toEqual([original.id]);
  });

  it('refreshes on a 401, stores the rotated refresh token, and a revoked grant is AuthRevokedError', async () => {
    const box = await mailbox(1);
    const store = accountTokenStore(database.orm, box.account.id, config.tokenEncryptionKey);
    const before = await store.load();
    microsoft.expireAccessTokens(box.email);
    await new PageLedger().drain(readerFor(database, config, box.account), since);
    const after = await store.load();
    expect(after.refreshToken).not.toBe(before.refreshToken);
    // The rotated token is the one that works now (the emulator retires the old one at once).
    microsoft.expireAccessTokens(box.email);
    await new PageLedger().drain(readerFor(database, config, box.account), since);

    microsoft.revokeRefreshTokens(box.email);
    microsoft.resetCounters();
    const error = await new PageLedger().drainUntilError(readerFor(database, config, box.account), since);
    expect(error).toBeInstanceOf(AuthRevokedError);
    expect(microsoft.counters.calls.token).toBe(1);
  });
});
