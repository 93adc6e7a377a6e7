import type { EntityManager } from '../../db/orm.ts';

/**
 * Makes accounts due now (a push arrived): nextSyncAt = now(). Accounts waiting for the user
 * (NEEDS_REAUTH) stay as they are. Returns the ids it moved.
 */
export async function markAccountsDue(em: EntityManager, where: { provider: 'GMAIL'; emailAddress: string } | { provider: 'OUTLOOK'; ids: string[] }): Promise<string[]> {
  const rows =
    where.provider === 'GMAIL'
      ? await em
          .getConnection()
          .execute<{ id: string }[]>(
            `update mail_accounts set next_sync_at = now() where provider = 'GMAIL' and email_address = ? and state <> 'NEEDS_REAUTH' returning id`,
            [where.emailAddress.toLowerCase()],
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
