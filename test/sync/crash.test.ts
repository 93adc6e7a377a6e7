import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { leaseDueAccounts } from '../../src/modules/sync/lease-accounts.ts';
import { syncLeasedAccount, type SyncDependencies } from '../../src/modules/sync/sync-account.ts';
import { createMboxReader } from '../../src/providers/mbox/index.ts';
import { createPubSubHandle } from '../../src/schema/pubsub.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { createMboxAccount, HISTORY, mailboxCopy } from './support/mailbox.ts';
import { mailboxSnapshot } from './support/snapshot.ts';

const PAGE_SIZE = 4;
const CHILD_LEASE_MS = 1500;
const MAX_LEASE_ATTEMPTS = 200;
// A child process starting Node and the ORM on a busy two-core machine takes a while; nothing here is timed.
const CRASH_TEST_TIMEOUT_MS = 180_000;

let database: TestDatabase;
const pubsub = createPubSubHandle(undefined);
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await pubsub.close();
  await database?.drop();
});

describe('a crash mid-sync', () => {
  it('killed between pages, then resumed by another instance: the same final state as an uninterrupted run', async () => {
    const folder = await mailboxCopy(HISTORY);
    const deps = (): SyncDependencies => ({
      orm: database.orm,
      pubsub: pubsub.pubsub,
      log: createLogger('silent'),
      config: { syncIntervalSeconds: 300, syncBackfillDays: 90 },
      readerFor: () => createMboxReader(folder, { pageSize: PAGE_SIZE }),
    });

    // The uninterrupted run, for comparison.
    const calm = await createMboxAccount(database.orm.em.fork(), 'sam.rivera@example.com', { due: true });
    expect(await leaseDueAccounts(database.orm.em.fork(), 'calm', 10, 60_000)).toEqual([calm.account.id]);
    expect((await syncLeasedAccount(deps(), calm.account.id, 'calm')).outcome).toBe('SYNCED');

    // The same mailbox for another user, synced by a process that is killed after its first page.
    const crashed = await createMboxAccount(database.orm.em.fork(), 'sam.rivera@example.org', { due: true });
    await database.orm.em.fork().execute(`update mail_accounts set email_address = 'sam.rivera@example.com' where id = ?`, [crashed.account.id]);
    const child = spawn(process.execPath, [new URL('./support/sync-child.ts', import.meta.url).pathname, database.url, crashed.account.id, folder, String(PAGE_SIZE), String(CHILD_LEASE_MS)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines = createInterface({ input: child.stdout! });
    for await (const line of lines) if (line === 'BETWEEN_PAGES') break;
    child.kill('SIGKILL');
    await once(child, 'exit');

    const halfway = await database.orm.em.fork().execute<{ state: string; sync_cursor: string; progress: { scanned: number } }[]>(
      `select state, sync_cursor, progress from mail_accounts where id = ?`,
      [crashed.account.id],
    );
    expect(halfway[0]).toMatchObject({ state: 'SYNCING', progress: { scanned: PAGE_SIZE } });
    expect(halfway[0]!.sync_cursor).toBeTruthy();

    // Another instance takes over once the dead one's lease has run out, and resumes from the cursor.
    let leased: string[] = [];
    for (let attempt = 0; attempt < MAX_LEASE_ATTEMPTS && !leased.includes(crashed.account.id); attempt++) {
      leased = await leaseDueAccounts(database.orm.em.fork(), 'survivor', 10, 60_000);
      if (!leased.includes(crashed.account.id)) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(leased).toContain(crashed.account.id);
    const resumed = await syncLeasedAccount(deps(), crashed.account.id, 'survivor');
    expect(resumed).toMatchObject({ outcome: 'SYNCED', scanned: 11 - PAGE_SIZE, duplicates: 0 });

    expect(await mailboxSnapshot(database, crashed.user.id)).toEqual(await mailboxSnapshot(database, calm.user.id));
  }, CRASH_TEST_TIMEOUT_MS);
});
