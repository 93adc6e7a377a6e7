import type { EntityManager } from '../../db/orm.ts';

/**
 * Makes accounts due now (a push arrived): nextSyncAt = now(). A Gmail push may come before its
 * message is readable, so the account is also due once more `recheckMs` later (recheckAt, kept in
 * the database: a restart or another instance still does it). Accounts waiting for the user
 * (NEEDS_REAUTH) stay as they are. Returns the ids it moved.
 */
export async function markAccountsDue(
  em: EntityManager,
  where: { provider: 'GMAIL'; emailAddress: string; recheckMs: number } | { provider: 'OUTLOOK'; ids: string[] },
): Promise<string[]> {
  const rows =
    where.provider === 'GMAIL'
      ? await em
          .getConnection()
          .execute<{ id: string }[]>(
            `update mail_accounts set next_sync_at = now()${where.recheckMs > 0 ? `, recheck_at = greatest(recheck_at, now() + ? * interval '1 millisecond')` : ''}
              where provider = 'GMAIL' and email_address = ? and state <> 'NEEDS_REAUTH' returning id`,
            [...(where.recheckMs > 0 ? [where.recheckMs] : []), where.emailAddress.toLowerCase()],
          )
      : where.ids.length
        ? await em
            .getConnection()
            .execute<{ id: string }[]>(
              `update mail_accounts set next_sync_at = now() where provider = 'OUTLOOK' and id = any(?::uuid[]) and state <> 'NEEDS_REAUTH' returning id`,
              [`{${where.ids.join(',')}}`],
            )
        : [];
  return rows.map((r) => r.id);
}
