import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSyncScheduler } from '../../src/jobs/sync-scheduler.ts';
import { createLogger } from '../../src/logger.ts';
import type { MailAccount } from '../../src/modules/accounts/mail-account.entity.ts';
import { markAccountsDue } from '../../src/modules/accounts/mark-account-due.ts';
import { leaseDueAccounts } from '../../src/modules/sync/lease-accounts.ts';
import type { SyncRunSummary } from '../../src/modules/sync/sync-account.ts';
import type { MailboxReader } from '../../src/providers/provider.ts';
import { createPubSubHandle } from '../../src/schema/pubsub.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { createMboxAccount } from './support/mailbox.ts';

let database: TestDatabase;
const pubsub = createPubSubHandle(undefined);
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await pubsub.close();
  await database?.drop();
});

const ACCOUNTS = 8;
const PAGES = 3;

describe('the due-account schedule on several instances', () => {
  it('never syncs one account twice at once, and syncs each due account exactly once', async () => {
    const accounts: MailAccount[] = [];
    for (let i = 0; i < ACCOUNTS; i++) accounts.push((await createMboxAccount(database.orm.em.fork(), `user${i}@example.com`, { due: true })).account);
    const inFlight = new Map<string, number>();
    const syncs = new Map<string, number>();
    let overlaps = 0;
    // A reader that yields a few empty pages, giving the other instance every chance to interleave.
    const readerFor = (account: MailAccount): MailboxReader => ({
      provider: 'MBOX',
      async *pages() {
        syncs.set(account.id, (syncs.get(account.id) ?? 0) + 1);
        inFlight.set(account.id, (inFlight.get(account.id) ?? 0) + 1);
        if (inFlight.get(account.id)! > 1) overlaps += 1;
        try {
          for (let page = 1; page <= PAGES; page++) {
            await new Promise((resolve) => setImmediate(resolve));
            yield { messages: [], skipped: [], deleted: [], cursor: `page-${page}`, total: 0 };
          }
        } finally {
          inFlight.set(account.id, inFlight.get(account.id)! - 1);
        }
      },
    });
    const runs: SyncRunSummary[] = [];
    const common = { orm: database.orm, pubsub: pubsub.pubsub, log: createLogger('silent'), config: { syncIntervalSeconds: 300, syncBackfillDays: 90 }, readerFor };
    const a = createSyncScheduler(common, { instanceId: 'instance-a', maxConcurrent: 3, cronExpression: '0 0 1 1 *', onRun: (s) => runs.push(s) });
    const b = createSyncScheduler(common, { instanceId: 'instance-b', maxConcurrent: 3, cronExpression: '0 0 1 1 *', onRun: (s) => runs.push(s) });
    a.start();
    b.start();
    for (let i = 0; i < 5; i++) {
      a.wake();
      b.wake();
    }
    await Promise.all([a.idle(), b.idle()]);
    await Promise.all([a.stop(), b.stop()]);

    expect(overlaps).toBe(0);
    expect([...syncs.values()]).toEqual(Array(ACCOUNTS).fill(1));
    expect(runs.filter((r) => r.outcome === 'SYNCED')).toHaveLength(ACCOUNTS);
    const rows = await database.orm.em
      .fork()
      .execute<{ state: string; sync_cursor: string; lease_owner: string | null; next_sync_at: Date }[]>(`select state, sync_cursor, lease_owner, next_sync_at from mail_accounts`);
    for (const row of rows) {
      expect(row).toMatchObject({ state: 'IDLE', sync_cursor: `page-${PAGES}`, lease_owner: null });
      expect(new Date(row.next_sync_at).getTime()).toBeGreaterThan(Date.now());
    }
  });

  it("leases skip accounts another instance holds until that lease expires (a crashed instance's lease)", async () => {
    const { account } = await createMboxAccount(database.orm.em.fork(), 'crashed@example.com', { due: true });
    const em = database.orm.em.fork();
    expect(await leaseDueAccounts(em, 'crashed-instance', 100, 60_000)).toContain(account.id);
    expect(await leaseDueAccounts(em, 'other-instance', 100, 60_000)).not.toContain(account.id);
    // The crashed instance never renews; once its lease has run out another instance takes over.
    await em.execute(`update mail_accounts set lease_expires_at = clock_timestamp() - interval '1 second' where id = ?`, [account.id]);
    expect(await leaseDueAccounts(em, 'other-instance', 100, 60_000)).toContain(account.id);
  });

  it("keeps a Gmail push's recheck in the database: a sync before it leaves the account due then; after a crash, any instance takes it up and clears it", async () => {
    const { account } = await createMboxAccount(database.orm.em.fork(), 'pushed@example.com');
    const em = database.orm.em.fork();
    await em.execute(`update mail_accounts set provider = 'GMAIL' where id = ?`, [account.id]);
    expect(await markAccountsDue(em, { provider: 'GMAIL', emailAddress: 'Pushed@example.com', recheckMs: 60_000 })).toEqual([account.id]);
    const readerFor = (): MailboxReader => ({
      provider: 'GMAIL',
      async *pages() {
        yield { messages: [], skipped: [], deleted: [], cursor: 'after-push', total: 0 };
      },
    });
    const syncOnce = async (instanceId: string) => {
      const common = { orm: database.orm, pubsub: pubsub.pubsub, log: createLogger('silent'), config: { syncIntervalSeconds: 300, syncBackfillDays: 90 }, readerFor };
      const scheduler = createSyncScheduler(common, { instanceId, maxConcurrent: 1, cronExpression: '0 0 1 1 *' });
      scheduler.start();
      scheduler.wake();
      await scheduler.idle();
      await scheduler.stop();
    };
    const state = async () =>
      (await em.execute<{ next_sync_at: Date; recheck_at: Date | null; due_in_s: number }[]>(
        `select next_sync_at, recheck_at, extract(epoch from next_sync_at - clock_timestamp())::float as due_in_s from mail_accounts where id = ?`,
        [account.id],
      ))[0]!;

    // The push's own sync: due again at the recheck (a minute away), not at the poll interval.
    await syncOnce('instance-a');
    const afterPushSync = await state();
    expect(afterPushSync.recheck_at).not.toBeNull();
    expect(new Date(afterPushSync.next_sync_at).getTime()).toBe(new Date(afterPushSync.recheck_at!).getTime());
    expect(afterPushSync.due_in_s).toBeGreaterThan(30);
    expect(afterPushSync.due_in_s).toBeLessThan(61);

    // Instance A dies before the recheck (its timer with it); the time comes and another instance syncs.
    await em.execute(`update mail_accounts set recheck_at = clock_timestamp() - interval '1 second', next_sync_at = clock_timestamp() - interval '1 second' where id = ?`, [account.id]);
    await syncOnce('instance-b');
    const afterRecheck = await state();
    expect(afterRecheck.recheck_at).toBeNull();
    expect(afterRecheck.due_in_s).toBeGreaterThan(250);
  });
});
