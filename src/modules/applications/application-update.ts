import { randomUUID } from 'node:crypto';
import type { EntityManager } from '../../db/orm.ts';
import type { ApplicationRow } from './application.entity.ts';
import { applicationSql } from './application-sql.ts';
import type { ApplicationStatus } from './application-status.ts';

/** What an owner may change on an application (updateApplication); `undefined` leaves a field as it is. */
export interface ApplicationChanges {
  company?: string;
  jobTitle?: string;
  companyDomain?: string | null;
  atsProvider?: string | null;
  atsJobId?: string | null;
  appliedAt?: Date | null;
  status?: ApplicationStatus;
}

type ChangeableField = Exclude<keyof ApplicationChanges, 'status'>;
const CHANGEABLE_FIELDS: readonly ChangeableField[] = ['company', 'jobTitle', 'companyDomain', 'atsProvider', 'atsJobId', 'appliedAt'];

/** Evidence of a change the owner made by hand. */
export const MANUAL_EVIDENCE = 'changed by the user';

/**
 * The owner's update of one application (updateApplication) in four round trips, whatever it
 * changes: BEGIN, the row locked and read (`SELECT … FOR UPDATE`), one statement that writes the
 * row, its history row and its outbox events, COMMIT. Through entities (lockApplication +
 * moveStatus + flush) the same move took seven or eight: the latest history row and the linked
 * threads were read one after the other, and the flush wrote one statement per table. Every
 * status change a user makes goes this way, and its owner waits for each round trip (issue 11).
 *
 * The guarantees of status-move.ts hold: the row lock orders concurrent updates of one application,
 * so `from` is what the previous one left. The history row's sequence is computed by the write
 * statement, which starts after the lock is held, so under READ COMMITTED it sees every move
 * committed before it (reading the sequence in the locking statement would not: that statement's
 * snapshot predates its wait for the lock). The unique (application, sequence) key still refuses a
 * move that skipped the lock, and the events are in the outbox of the same transaction.
 *
 * Answers the application as it now is, as a plain row (nothing in the EntityManager), or null when
 * the user has no such application. No change at all writes nothing; an unchanged status writes no
 * history row and no event, as moveStatus does.
 */
export async function updateApplication(em: EntityManager, applicationId: string, userId: string, changes: ApplicationChanges): Promise<ApplicationRow | null> {
  const sql = applicationSql(em);
  return em.transactional(async (tx) => {
    const [row] = await tx.execute<ApplicationRow[]>(`select ${sql.columns} from ${sql.table} where ${sql.id} = ? and ${sql.user} = ? for update`, [
      applicationId,
      userId,
    ]);
    if (!row) return null;
    const set: string[] = [];
    const params: unknown[] = [];
    const updated: ApplicationRow = { ...row };
    for (const field of CHANGEABLE_FIELDS) {
      const value = changes[field];
      if (value === undefined || sameValue(row[field], value)) continue;
      set.push(`${sql[field]} = ?`);
      params.push(value);
      (updated as Record<ChangeableField, unknown>)[field] = value;
    }
    const to = changes.status;
    const moves = to !== undefined && to !== row.status;
    if (moves) {
      set.push(`${sql.status} = ?`);
      params.push(to);
      updated.status = to;
    }
    if (set.length === 0) return row;
    const now = new Date();
    set.push(`${sql.updatedAt} = ?`);
    params.push(now);
    updated.updatedAt = now;
    const update = `update ${sql.table} set ${set.join(', ')} where ${sql.id} = ?`;
    params.push(row.id);
    if (!moves) {
      await tx.execute(update, params);
      return updated;
    }
    const statusChangeId = randomUUID();
    // A thread is active only while its application is not REJECTED: a move into or out of REJECTED
    // changes activeThreadCount when the application has threads, and syncStatus carries that count.
    const crossesRejected = (row.status === 'REJECTED') !== (to === 'REJECTED');
    await tx.execute(
      `with moved as (${update}),
       change as (
         insert into status_changes (id, application_id, from_status, to_status, cause, message_id, evidence, revert_of_id, reverted_at, sequence, created_at)
         select ?, ?, ?, ?, 'MANUAL', null, ?::jsonb, null, null, coalesce(max(sequence), 0) + 1, ? from status_changes where application_id = ?
       )
       insert into outbox_events (topic, user_id, payload, created_at)
       select 'applicationStatusChanged', ?::uuid, ?::jsonb, ?::timestamptz` +
        (crossesRejected
          ? ` union all select 'syncStatus', ?::uuid, ?::jsonb, ?::timestamptz where exists (select 1 from email_threads where application_id = ?)`
          : ''),
      [
        ...params,
        statusChangeId,
        row.id,
        row.status,
        to,
        JSON.stringify([MANUAL_EVIDENCE]),
        now,
        row.id,
        userId,
        JSON.stringify({ applicationId: row.id, statusChangeId }),
        now,
        ...(crossesRejected ? [userId, JSON.stringify({ accountId: null }), now, row.id] : []),
      ],
    );
    return updated;
  });
}

/** Whether a field would not change: dates by instant, everything else by value (as MikroORM's change sets compare). */
function sameValue(current: unknown, next: unknown): boolean {
  if (current instanceof Date && next instanceof Date) return current.getTime() === next.getTime();
  return current === next;
}
