import type { TestDatabase } from '../../support/database.ts';

/** What a user's synced mail amounts to, without ids or times: two runs that agree give equal snapshots. */
export async function mailboxSnapshot(database: TestDatabase, userId: string) {
  const em = database.orm.em.fork();
  const [applications, threads, messages, changes, interviews] = await Promise.all([
    em.execute(`select company, job_title, status from applications where user_id = ? order by company, job_title`, [userId]),
    em.execute(`select provider_thread_id, message_count, (select company || '/' || job_title from applications a where a.id = t.application_id) as app
                  from email_threads t where user_id = ? order by provider_thread_id`, [userId]),
    em.execute(`select provider_message_id, category from email_messages m join mail_accounts a on a.id = m.account_id where a.user_id = ? order by provider_message_id`, [userId]),
    em.execute(`select a.company, a.job_title, c.from_status, c.to_status, c.cause from status_changes c join applications a on a.id = c.application_id
                 where a.user_id = ? order by a.company, a.job_title, c.created_at`, [userId]),
    em.execute(`select count(*)::int as n from interviews i join applications a on a.id = i.application_id where a.user_id = ?`, [userId]),
  ]);
  return { applications, threads, messages, changes, interviews };
}
