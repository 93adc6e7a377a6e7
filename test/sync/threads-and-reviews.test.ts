import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailAccount } from '../../src/modules/accounts/mail-account.entity.ts';
import { createMboxReader } from '../../src/providers/mbox/index.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { LinkThread, ResolveReview, ReviewsQuery, SyncStatusSubscription, SyncMail, ThreadsQuery } from './operations.ts';
import { subscribe } from './support/events.ts';
import { createMboxAccount, mailboxCopy } from './support/mailbox.ts';

const AMBIGUOUS = new URL('../fixtures/mailboxes/ambiguous/', import.meta.url).pathname;

// Whole syncs through a server and WebSockets: slow on a busy machine, and nothing here is timed.
const E2E_TIMEOUT_MS = 120_000;

describe('reviews and re-linking', () => {
  let server: TestServer;
  const folders = new Map<string, string>();

  beforeAll(async () => {
    server = await startTestServer({ readerFor: (account: MailAccount) => createMboxReader(folders.get(account.emailAddress)!) });
  });
  afterAll(() => server?.close());

  async function syncMailbox(email: string, folder: string) {
    const { user } = await createMboxAccount(server.database.orm.em.fork(), email);
    folders.set(email, folder);
    const token = await server.tokenFor(email);
    const status = subscribe(server, token, SyncStatusSubscription);
    await server.waitForSubscribers(`syncStatus:${user.id}`, 1);
    await server.request(SyncMail, {}, token);
    await status.until((e) => e.syncStatus.state === 'IDLE');
    await status.stop();
    return token;
  }

  it('holds an ambiguous interview invitation as a review; accepting it into an application moves that one', async () => {
    const token = await syncMailbox('sam.rivera@example.com', await mailboxCopy(AMBIGUOUS));
    const before = await server.request(ThreadsQuery, {}, token);
    const apps = before.data!.applications.edges.map((e) => e.node);
    expect(apps.map((a) => [a.jobTitle, a.status]).sort()).toEqual([
      ['Senior Software Engineer', 'APPLIED'],
      ['Staff Software Engineer', 'APPLIED'],
    ]);
    const reviews = await server.request(ReviewsQuery, {}, token);
    expect(reviews.data!.reviews.totalCount).toBe(1);
    const review = reviews.data!.reviews.edges[0]!.node;
    expect(review).toMatchObject({ kind: 'MATCH', state: 'PENDING', proposedApplication: null, message: { subject: 'Next steps with Northwind Traders', company: 'Northwind Traders' } });

    const staff = apps.find((a) => a.jobTitle.startsWith('Staff'))!;
    const accepted = await server.request(ResolveReview, { id: review.id, accept: true, applicationId: staff.id }, token);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.resolveReview.state).toBe('ACCEPTED');
    const after = await server.request(ThreadsQuery, {}, token);
    expect(after.data!.applications.edges.map((e) => e.node).find((a) => a.id === staff.id)!.status).toBe('INTERVIEWING');
    const thread = after.data!.threads.edges.find((e) => e.node.subject === 'Next steps with Northwind Traders')!.node;
    expect(thread).toMatchObject({ linkedByUser: true, application: { id: staff.id } });
    expect((await server.request(ReviewsQuery, {}, token)).data!.reviews.totalCount).toBe(0);

    const again = await server.request(ResolveReview, { id: review.id, accept: false }, token);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  }, E2E_TIMEOUT_MS);

  it("linkThread moves a thread to another application; another user's thread or application is NOT_FOUND", async () => {
    const patFolder = await mailboxCopy(AMBIGUOUS, { only: (n) => !n.startsWith('03') });
    const token = await syncMailbox('pat@example.com', patFolder);
    const { data } = await server.request(ThreadsQuery, {}, token);
    const senior = data!.applications.edges.find((e) => e.node.jobTitle.startsWith('Senior'))!.node;
    const staffThread = data!.threads.edges.find((e) => e.node.application?.jobTitle.startsWith('Staff'))!.node;
    const linked = await server.request(LinkThread, { threadId: staffThread.id, applicationId: senior.id }, token);
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.linkThread).toMatchObject({ linkedByUser: true, application: { id: senior.id } });

    // A later reply in the re-linked thread follows the user's link, whatever role it names.
    await writeFile(
      join(patFolder, '04-reply.eml'),
      [
        'From: Priya Shah <priya.shah@northwindtraders.com>',
        'To: Pat <pat@example.com>',
        'Subject: Re: We received your application',
        `Date: ${new Date().toUTCString()}`,
        'Message-ID: <priya-reply-staff@northwindtraders.com>',
        'In-Reply-To: <wd-staff-20431@northwind.myworkday.com>',
        'References: <wd-staff-20431@northwind.myworkday.com>',
        'Content-Type: text/plain; charset="utf-8"',
        '',
        "Hi Pat, thanks for applying for the Staff Software Engineer role. I'd like to invite you to a 30-minute phone interview. Could you share your availability this week?",
        '',
        'Priya Shah, Technical Recruiter, Northwind Traders',
        '',
      ].join('\r\n'),
    );
    const status = subscribe(server, token, SyncStatusSubscription);
    const patId = (await server.database.orm.em.fork().execute<{ id: string }[]>(`select id from users where email = 'pat@example.com'`))[0]!.id;
    await server.waitForSubscribers(`syncStatus:${patId}`, 1);
    await server.request(SyncMail, {}, token);
    // linkThread's own syncStatus event (IDLE, through the outbox) may arrive after subscribing: wait
    // for this sync to start, then for the IDLE that follows it.
    const started = await status.until((e) => e.syncStatus.state === 'SYNCING');
    await status.until((e) => status.items.indexOf(e) > status.items.indexOf(started) && e.syncStatus.state === 'IDLE');
    await status.stop();
    const followed = await server.request(ThreadsQuery, {}, token);
    expect(followed.data!.applications.edges.map((e) => [e.node.jobTitle, e.node.status]).sort()).toEqual([
      ['Senior Software Engineer', 'INTERVIEWING'],
      ['Staff Software Engineer', 'APPLIED'],
    ]);

    const intruder = await server.tokenFor('mallory@example.com');
    const stolen = await server.request(LinkThread, { threadId: staffThread.id, applicationId: senior.id }, intruder);
    expect(stolen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(stolen.data ?? null)).not.toContain('Senior');
    const patAccount = await server.database.orm.em.fork().execute<{ id: string }[]>(
      `select a.id from mail_accounts a join users u on u.id = a.user_id where u.email = 'pat@example.com'`,
    );
    const foreignSync = await server.request(SyncMail, { accountId: encodeGlobalID('MailAccount', patAccount[0]!.id) }, intruder);
    expect(foreignSync.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await server.request(LinkThread, { threadId: senior.id, applicationId: senior.id }, token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'threadId' });
  }, E2E_TIMEOUT_MS);
});
