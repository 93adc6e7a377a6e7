import { expect } from 'vitest';
import type { TestServer } from '../../support/server.ts';
import { MailAccountsQuery } from '../../accounts/operations.ts';
import { SyncStatusQuery } from '../../sync/operations.ts';

/**
 * What a user's synced mail amounts to, in terms every provider shares (RFC Message-IDs, never
 * provider ids or times): the same mailbox read from Gmail, Outlook or an mbox gives equal outcomes.
 */
export async function syncOutcome(server: TestServer, userId: string, token: string) {
  const em = server.database.orm.em.fork();
  const [applications, changes, threads, messages, interviews] = await Promise.all([
    em.execute(`select company, job_title, status, source from applications where user_id = ? order by company, job_title`, [userId]),
    em.execute(`select a.company, a.job_title, c.from_status, c.to_status, c.cause from status_changes c join applications a on a.id = c.application_id
                 where a.user_id = ? order by a.company, a.job_title, c.sequence`, [userId]),
    em.execute<{ app: string | null; message_count: number; message_ids: string[] }[]>(
      `select (select company || '/' || job_title from applications a where a.id = t.application_id) as app, t.message_count,
              (select array_agg(m.rfc_message_id order by m.rfc_message_id) from email_messages m where m.thread_id = t.id) as message_ids
         from email_threads t where t.user_id = ?`,
      [userId],
    ),
    em.execute(`select m.rfc_message_id, m.category, m.company, m.job_title, m.skipped_reason, (select company || '/' || job_title from applications a where a.id = m.application_id) as app
                  from email_messages m join mail_accounts a on a.id = m.account_id where a.user_id = ? order by m.rfc_message_id`, [userId]),
    em.execute(`select count(*)::int as n from interviews i join applications a on a.id = i.application_id where a.user_id = ?`, [userId]),
  ]);
  threads.sort((a, b) => a.message_ids.join().localeCompare(b.message_ids.join()));
  const status = await server.request(SyncStatusQuery, {}, token);
  expect(status.errors).toBeUndefined();
  return { applications, changes, threads, messages, interviews, activeThreadCount: status.data!.syncStatus.activeThreadCount };
}

/** Polls syncStatus (bounded: 120 s) until every account of the user has finished a sync and is idle. */
export async function untilSynced(server: TestServer, token: string, { after = 0 }: { after?: number } = {}) {
  for (let attempt = 0; attempt < 600; attempt++) {
    const answer = await server.request(MailAccountsQuery, {}, token);
    const accounts = answer.data?.mailAccounts ?? [];
    if (accounts.length && accounts.every((a) => a.state !== 'SYNCING' && a.lastSyncedAt && Date.parse(a.lastSyncedAt as string) > after)) return accounts;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the accounts did not finish syncing within 120 s');
}

/** The user id a test token names. */
export const userIdOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sub as string;

/** Polls mailAccounts (bounded: 120 s) until the user's only account is in `state`; returns it. */
export async function untilAccountState(server: TestServer, token: string, state: 'IDLE' | 'ERROR' | 'NEEDS_REAUTH') {
  for (let attempt = 0; attempt < 600; attempt++) {
    const answer = await server.request(MailAccountsQuery, {}, token);
    const account = answer.data?.mailAccounts[0];
    if (account?.state === state) return account;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the account did not reach ${state} within 120 s`);
}
