import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { MailAccount } from '../../src/modules/accounts/mail-account.entity.ts';
import { createMboxReader } from '../../src/providers/mbox/index.ts';
import type { MailboxReader } from '../../src/providers/provider.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { StatusChangesSubscription, SyncMail, SyncStatusSubscription } from './operations.ts';
import { subscribe } from './support/events.ts';
import { createMboxAccount, HISTORY, mailboxCopy } from './support/mailbox.ts';

const redisUrl = inject('redisUrl');
// Two servers, their schedulers and WebSockets on a busy machine: slow, and nothing here is timed.
const E2E_TIMEOUT_MS = 120_000;

describe.skipIf(!redisUrl)('two server instances sharing PostgreSQL and Redis', () => {
  let database: TestDatabase;
  let first: TestServer;
  let second: TestServer;
  let folder: string;
  const readerCalls: string[] = [];
  const jwtSecret = 'a-shared-secret-for-both-instances-of-the-sync-test';

  beforeAll(async () => {
    database = await createTestDatabase();
    folder = await mailboxCopy(HISTORY);
    const readerFor = (account: MailAccount): MailboxReader => {
      readerCalls.push(account.id);
      return createMboxReader(folder, { pageSize: 4 });
    };
    first = await startTestServer({ database, redisUrl, jwtSecret, readerFor });
    second = await startTestServer({ database, redisUrl, jwtSecret, readerFor });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await database?.drop();
  });

  it('a sync on one instance reaches a subscriber of the other; the account is synced once', async () => {
    const { user, account } = await createMboxAccount(database.orm.em.fork(), 'sam.rivera@example.com');
    const token = await first.tokenFor('sam.rivera@example.com');
    const moves = subscribe(second, token, StatusChangesSubscription);
    const status = subscribe(second, token, SyncStatusSubscription);
    await second.waitForSubscribers(`applicationStatusChanged:${user.id}`, 1);
    await second.waitForSubscribers(`syncStatus:${user.id}`, 1);

    await first.request(SyncMail, {}, token);
    // Both schedulers look for due accounts at once; only one may take it.
    second.scheduler!.wake();
    const offer = await moves.until((m) => m.applicationStatusChanged.change.to === 'OFFER_EXTENDED');
    expect(offer.applicationStatusChanged.application).toMatchObject({ company: 'Northwind Traders', jobTitle: 'Senior Software Engineer' });
    await status.until((e) => e.syncStatus.state === 'IDLE' && e.syncStatus.activeThreadCount === 3);
    await Promise.all([first.scheduler!.idle(), second.scheduler!.idle()]);
    expect(readerCalls.filter((id) => id === account.id)).toHaveLength(1);
    await Promise.all([moves.stop(), status.stop()]);
  }, E2E_TIMEOUT_MS);
});
