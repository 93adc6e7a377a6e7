import { randomUUID } from 'node:crypto';
import type { EntityManager } from '../../db/orm.ts';
import type { ApplicationStatus } from '../applications/application-status.ts';
import type { EmailCategory } from '../../classifier/index.ts';
import { nextStatus } from './status-rules.ts';

export interface AutomaticMove {
  applicationId: string;
  category: EmailCategory;
  messageId: string;
  receivedAt: Date;
  evidence: string[];
}

export interface AppliedMove {
  applicationId: string;
  statusChangeId: string;
  from: ApplicationStatus;
  to: ApplicationStatus;
}

/**
 * One email-caused status move, inside the caller's transaction: locks the application row (the same
 * lock and the same history sequence as applications/status-move.ts, in plain SQL because a page applies many)
 * (so a concurrent manual edit waits or is waited for), applies the status rules to the status as
 * it is now, and writes the StatusChange with the message and evidence. Null when nothing moves.
 */
export async function moveStatusAutomatically(tx: EntityManager, move: AutomaticMove): Promise<AppliedMove | null> {
  const rows = await tx.execute<{ status: ApplicationStatus; last_cause: string | null; last_from: string | null; last_at: Date | null; last_sequence: number | null }[]>(
    `select a.status, last.cause as last_cause, last.from_status as last_from, last.created_at as last_at, last.sequence as last_sequence
       from applications a
       left join lateral (
         select cause, from_status, created_at, sequence from status_changes
          where application_id = a.id order by sequence desc limit 1
       ) last on true
      where a.id = ? for update of a`,
    [move.applicationId],
  );
  const row = rows[0];
  if (!row) return null;
  // The user's own move (not the first row recording where an application started) is manual.
  const manual = (row.last_cause === 'MANUAL' || row.last_cause === 'REVERT') && row.last_from !== null;
  const to = nextStatus(row.status, move.category, {
    manual,
    statusSetAt: row.last_at ? new Date(row.last_at) : undefined,
    receivedAt: move.receivedAt,
  });
  if (!to) return null;
  const statusChangeId = randomUUID();
  await tx.execute(`update applications set status = ?, updated_at = clock_timestamp() where id = ?`, [to, move.applicationId]);
  await tx.execute(
    `insert into status_changes (id, application_id, from_status, to_status, cause, message_id, evidence, sequence, created_at)
     values (?, ?, ?, ?, 'EMAIL', ?, ?::jsonb, ?, clock_timestamp())`,
    [statusChangeId, move.applicationId, row.status, to, move.messageId, JSON.stringify(move.evidence), (row.last_sequence ?? 0) + 1],
  );
  return { applicationId: move.applicationId, statusChangeId, from: row.status, to };
}
