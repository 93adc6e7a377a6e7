import type { EntityManager } from '../../db/orm.ts';

/**
 * Leases up to `limit` due accounts for `owner`: due (next sync time passed), not waiting for the
 * user (NEEDS_REAUTH), and not leased by anyone whose lease still runs. `FOR UPDATE SKIP LOCKED`
 * lets any number of instances lease at once without waiting on or taking each other's rows.
 */
export async function leaseDueAccounts(em: EntityManager, owner: string, limit: number, leaseMs: number): Promise<string[]> {
  if (limit <= 0) return [];
  const rows = await em.execute<{ id: string }[]>(
    `update mail_accounts set lease_owner = ?, lease_expires_at = clock_timestamp() + ? * interval '1 millisecond'
      where id in (
        select id from mail_accounts
         where next_sync_at <= clock_timestamp() and state <> 'NEEDS_REAUTH'
           and (lease_expires_at is null or lease_expires_at < clock_timestamp())
         order by next_sync_at
         limit ?
         for update skip locked)
     returning id`,
    [owner, leaseMs, limit],
  );
  return rows.map((row) => row.id);
}

/**
 * Makes the user's accounts due now and SYNCING ("Sync Mail"); the scheduler leases them within
 * moments. An account waiting for the user to reconnect is left alone.
 */
export async function requestSyncNow(em: EntityManager, userId: string, accountIds: readonly string[] | null): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(
    `update mail_accounts set next_sync_at = clock_timestamp(), state = 'SYNCING', updated_at = clock_timestamp()
      where user_id = ? and state <> 'NEEDS_REAUTH' ${accountIds ? 'and id in (?)' : ''}
     returning id`,
    accountIds ? [userId, accountIds] : [userId],
  );
  return rows.map((row) => row.id);
}
