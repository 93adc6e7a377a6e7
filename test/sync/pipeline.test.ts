import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { leaseDueAccounts } from '../../src/modules/sync/lease-accounts.ts';
import { syncLeasedAccount, type SyncDependencies } from '../../src/modules/sync/sync-account.ts';
import { createMboxReader } from '../../src/providers/mbox/index.ts';
import { TransientProviderError, type MailboxReader, type SyncPage } from '../../src/providers/provider.ts';
import { createPubSubHandle } from '../../src/schema/pubsub.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { createMboxAccount, HISTORY, mailboxCopy } from './support/mailbox.ts';
import { mailboxSnapshot } from './support/snapshot.ts';

let database: TestDatabase;
const pubsub = createPubSubHandle(undefined);
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await pubsub.close();
  await database?.drop();
});

function deps(readerFor: SyncDependencies['readerFor']): SyncDependencies {
  return { orm: database.orm, pubsub: pubsub.pubsub, log: createLogger('silent'), config: { syncIntervalSeconds: 300, syncBackfillDays: 90 }, readerFor };
}

async function syncOnce(accountId: string, reader: MailboxReader) {
  const em = database.orm.em.fork();
  await em.execute(`update mail_accounts set next_sync_at = clock_timestamp() where id = ?`, [accountId]);
  const leased = await leaseDueAccounts(em, 'test-owner', 10, 60_000);
  expect(leased).toContain(accountId);
  return syncLeasedAccount(deps(() => reader), accountId, 'test-owner');
}

async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 10));
}

async function applicationsOf(userId: string) {
  return database.orm.em
    .fork()
    .execute<{ company: string; job_title: string; status: string }[]>(
      `select company, job_title, status from applications where user_id = ? order by company, job_title`,
      [userId],
    );
}

describe('the sync pipeline over an mbox history', () => {
  it('ends in exactly the expected applications, statuses and threads; a re-run changes nothing', async () => {
    const { user, account } = await createMboxAccount(database.orm.em.fork(), 'sam.rivera@example.com');
    const folder = await mailboxCopy(HISTORY);
    const summary = await syncOnce(account.id, createMboxReader(folder, { pageSize: 4 }));
    expect(summary.outcome).toBe('SYNCED');
    expect(summary.scanned).toBe(11);

    expect(await applicationsOf(user.id)).toEqual([
      { company: 'Globex', job_title: 'Backend Engineer', status: 'REJECTED' },
      { company: 'Northwind Traders', job_title: 'Senior Software Engineer', status: 'OFFER_EXTENDED' },
      { company: 'Northwind Traders', job_title: 'Staff Software Engineer', status: 'APPLIED' },
    ]);
    const first = await mailboxSnapshot(database, user.id);
    // Newsletter and personal mail are not stored; the reply in the interview thread is (thread context).
    expect(first.messages).toHaveLength(9);
    expect(first.changes).toEqual([
      { company: 'Globex', job_title: 'Backend Engineer', from_status: null, to_status: 'APPLIED', cause: 'EMAIL' },
      { company: 'Globex', job_title: 'Backend Engineer', from_status: 'APPLIED', to_status: 'REJECTED', cause: 'EMAIL' },
      { company: 'Northwind Traders', job_title: 'Senior Software Engineer', from_status: null, to_status: 'APPLIED', cause: 'EMAIL' },
      { company: 'Northwind Traders', job_title: 'Senior Software Engineer', from_status: 'APPLIED', to_status: 'INTERVIEWING', cause: 'EMAIL' },
      { company: 'Northwind Traders', job_title: 'Senior Software Engineer', from_status: 'INTERVIEWING', to_status: 'TECHNICAL_ROUND', cause: 'EMAIL' },
      { company: 'Northwind Traders', job_title: 'Senior Software Engineer', from_status: 'TECHNICAL_ROUND', to_status: 'OFFER_EXTENDED', cause: 'EMAIL' },
      { company: 'Northwind Traders', job_title: 'Staff Software Engineer', from_status: null, to_status: 'APPLIED', cause: 'EMAIL' },
    ]);
    const interviewThread = first.threads.find((t) => (t as { message_count: number }).message_count === 4);
    expect(interviewThread).toMatchObject({ app: 'Northwind Traders/Senior Software Engineer' });

    // The same mailbox again from the start (a lost cursor, a replayed page): nothing changes twice.
    await database.orm.em.fork().execute(`update mail_accounts set sync_cursor = null where id = ?`, [account.id]);
    const rerun = await syncOnce(account.id, createMboxReader(folder, { pageSize: 3 }));
    expect(rerun.duplicates).toBe(9);
    expect(rerun.statusMoves).toBe(0);
    expect(await mailboxSnapshot(database, user.id)).toEqual(first);
  });

  it('records a message that fails as skipped with its reason and goes on', async () => {
    const { user, account } = await createMboxAccount(database.orm.em.fork(), 'pat@example.com');
    const folder = await mailboxCopy(HISTORY, { only: (n) => n.startsWith('01') || n.startsWith('03') });
    const real = createMboxReader(folder);
    const poisoned: MailboxReader = {
      provider: 'MBOX',
      async *pages(request) {
        for await (const page of real.pages(request)) {
          const bad = { ...page.messages[0]!, providerMessageId: 'poison', rfcMessageId: 'poison@x', subject: null as unknown as string };
          yield { ...page, messages: [bad, ...page.messages], skipped: [{ providerMessageId: 'unreadable-1', providerThreadId: null, reason: 'unparsable MIME', receivedAt: null }] } satisfies SyncPage;
        }
      },
    };
    const summary = await syncOnce(account.id, poisoned);
    expect(summary).toMatchObject({ outcome: 'SYNCED', skipped: 2, scanned: 4 });
    expect(await applicationsOf(user.id)).toHaveLength(2);
    const rows = await database.orm.em.fork().execute(
      `select provider_message_id, skipped_reason from email_messages where account_id = ? and skipped_reason is not null order by provider_message_id`,
      [account.id],
    );
    expect(rows).toEqual([
      { provider_message_id: 'poison', skipped_reason: expect.stringContaining('failed to process') },
      { provider_message_id: 'unreadable-1', skipped_reason: 'unparsable MIME' },
    ]);
    const progress = await database.orm.em.fork().execute(`select progress, state, sync_cursor from mail_accounts where id = ?`, [account.id]);
    expect(progress[0]).toMatchObject({ progress: { scanned: 4, jobRelated: 2, skipped: 2 }, state: 'IDLE' });
  });

  it('a sync whose lease was taken over writes nothing more: the page in flight rolls back', async () => {
    const { user, account } = await createMboxAccount(database.orm.em.fork(), 'lee@example.com');
    const folder = await mailboxCopy(HISTORY);
    const real = createMboxReader(folder, { pageSize: 4 });
    const takenOver: MailboxReader = {
      provider: 'MBOX',
      async *pages(request) {
        let pages = 0;
        for await (const page of real.pages(request)) {
          // After the first page has committed, another instance takes the (expired) lease over. The
          // pipeline reads a page ahead, so page 2 is asked for while page 1 is still being written.
          if (pages === 1) {
            await until(async () => (await database.orm.em.fork().execute<{ sync_cursor: string | null }[]>(`select sync_cursor from mail_accounts where id = ?`, [account.id]))[0]?.sync_cursor != null);
            await database.orm.em.fork().execute(`update mail_accounts set lease_owner = 'other-instance' where id = ?`, [account.id]);
          }
          pages += 1;
          yield page;
        }
      },
    };
    const summary = await syncOnce(account.id, takenOver);
    expect(summary).toMatchObject({ outcome: 'LEASE_LOST', pages: 1 });
    const stored = await database.orm.em.fork().execute<{ n: number }[]>(`select count(*)::int as n from email_messages where account_id = ?`, [account.id]);
    const firstPageJobMail = 4; // 01, 02, 03 and the job alert; the newsletter (05) is the fifth message
    expect(stored[0]!.n).toBe(firstPageJobMail);
    const row = await database.orm.em.fork().execute(`select lease_owner, progress from mail_accounts where id = ?`, [account.id]);
    expect(row[0]).toMatchObject({ lease_owner: 'other-instance', progress: { scanned: 4 } });
    expect(await applicationsOf(user.id)).toHaveLength(3);
  });

  it('a provider failure on the page read ahead: the page before it commits, the cursor stays there, a re-run converges', async () => {
    const folder = await mailboxCopy(HISTORY);
    const calm = await createMboxAccount(database.orm.em.fork(), 'ada@example.com');
    expect((await syncOnce(calm.account.id, createMboxReader(folder, { pageSize: 4 }))).outcome).toBe('SYNCED');

    const failing = await createMboxAccount(database.orm.em.fork(), 'ada@example.org');
    await database.orm.em.fork().execute(`update mail_accounts set email_address = 'ada@example.com' where id = ?`, [failing.account.id]);
    const real = createMboxReader(folder, { pageSize: 4 });
    let firstCursor: string | null = null;
    // The second page fails as it is read: the pipeline asks for it while the first page is being written.
    const failsOnSecondPage: MailboxReader = {
      provider: 'MBOX',
      async *pages(request) {
        for await (const page of real.pages(request)) {
          if (firstCursor !== null) throw new TransientProviderError('mailbox unavailable');
          firstCursor = page.cursor;
          yield page;
        }
      },
    };
    const broken = await syncOnce(failing.account.id, failsOnSecondPage);
    expect(broken).toMatchObject({ outcome: 'ERROR', pages: 1, scanned: 4 });
    const [row] = await database.orm.em.fork().execute<{ sync_cursor: string; progress: { scanned: number }; state: string }[]>(
      `select sync_cursor, progress, state from mail_accounts where id = ?`,
      [failing.account.id],
    );
    expect(row).toMatchObject({ sync_cursor: firstCursor, progress: { scanned: 4 }, state: 'ERROR' });

    const rerun = await syncOnce(failing.account.id, createMboxReader(folder, { pageSize: 4 }));
    expect(rerun).toMatchObject({ outcome: 'SYNCED', scanned: 7, duplicates: 0 });
    expect(await mailboxSnapshot(database, failing.user.id)).toEqual(await mailboxSnapshot(database, calm.user.id));
  });

  it('a message re-uploaded under a new provider id (same Message-ID) changes nothing', async () => {
    const { user, account } = await createMboxAccount(database.orm.em.fork(), 'rue@example.com');
    const folder = await mailboxCopy(HISTORY);
    await syncOnce(account.id, createMboxReader(folder));
    const before = await mailboxSnapshot(database, user.id);
    const real = createMboxReader(folder);
    const reuploaded: MailboxReader = {
      provider: 'MBOX',
      async *pages(request) {
        for await (const page of real.pages({ ...request, cursor: null })) {
          yield { ...page, messages: page.messages.map((m) => ({ ...m, providerMessageId: `reupload-${m.providerMessageId}` })) };
        }
      },
    };
    const again = await syncOnce(account.id, reuploaded);
    expect(again).toMatchObject({ outcome: 'SYNCED', duplicates: 9, statusMoves: 0 });
    expect(await mailboxSnapshot(database, user.id)).toEqual(before);
  });

  it("mail received before the user's own status change never moves it; later mail does", async () => {
    const { user, account } = await createMboxAccount(database.orm.em.fork(), 'max@example.com');
    const folder = await mailboxCopy(HISTORY, { only: (n) => n.startsWith('03') });
    await syncOnce(account.id, createMboxReader(folder));
    const em = database.orm.em.fork();
    const [globex] = await em.execute<{ id: string }[]>(`select id from applications where user_id = ?`, [user.id]);
    // The user moves the application on by hand today.
    await em.execute(`update applications set status = 'TECHNICAL_ROUND' where id = ?`, [globex!.id]);
    await em.execute(
      `insert into status_changes (id, application_id, from_status, to_status, cause, evidence, sequence, created_at) values (gen_random_uuid(), ?, 'APPLIED', 'TECHNICAL_ROUND', 'MANUAL', '[]', 2, clock_timestamp())`,
      [globex!.id],
    );
    const rejection = await mailboxCopy(HISTORY, { only: (n) => n.startsWith('09'), latestAgoDays: 2 });
    const oldMail = createMboxReader(rejection);
    await syncOnce(account.id, oldMail);
    expect((await applicationsOf(user.id))[0]!.status).toBe('TECHNICAL_ROUND');

    const fresh = await mailboxCopy(HISTORY, { only: (n) => n.startsWith('09'), latestAgoDays: -1 });
    const newerMail: MailboxReader = {
      provider: 'MBOX',
      async *pages(request) {
        for await (const page of createMboxReader(fresh).pages({ ...request, cursor: null })) {
          yield { ...page, messages: page.messages.map((m) => ({ ...m, providerMessageId: 'later-rejection', rfcMessageId: 'later-rejection@greenhouse-mail.io' })) };
        }
      },
    };
    const later = await syncOnce(account.id, newerMail);
    expect(later.statusMoves).toBe(1);
    expect((await applicationsOf(user.id))[0]!.status).toBe('REJECTED');
  });
});
