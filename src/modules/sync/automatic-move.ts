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

interface LockedApplication {
  status: ApplicationStatus;
  manual: boolean;
  statusSetAt: Date | undefined;
  sequence: number;
}

/**
 * Email-caused status moves, in the order given, inside the caller's transaction: locks the
 * applications' rows (in id order, so two transactions never deadlock; a concurrent manual edit
 * waits or is waited for), applies the status rules to each status as it is now, and writes each
 * move with its StatusChange (cause EMAIL, the message and the evidence). Four statements
 * however many moves a page holds.
 */
export async function moveStatusesAutomatically(tx: EntityManager, moves: readonly AutomaticMove[]): Promise<AppliedMove[]> {
  if (moves.length === 0) return [];
  const ids = [...new Set(moves.map((m) => m.applicationId))].sort();
  const statuses = await tx.execute<{ id: string; status: ApplicationStatus }[]>(`select a.id, a.status from applications a where a.id in (?) order by a.id for update`, [ids]);
  if (statuses.length === 0) return [];
  // The latest history rows are read by a statement of their own, once the locks are held: under READ
  // COMMITTED a statement sees what was committed before it started, so a move committed while this
  // transaction waited for a lock is seen here. Read in the locking statement (a lateral join) it was
  // not: the row came back as it is now, its history as it was before the wait, and the next sequence
  // collided with the move just committed (and a manual move made meanwhile went unnoticed).
  const latest = await tx.execute<{ application_id: string; cause: string; from_status: string | null; created_at: Date; sequence: number }[]>(
    `select distinct on (application_id) application_id, cause, from_status, created_at, sequence from status_changes
      where application_id in (?) order by application_id, sequence desc`,
    [statuses.map((row) => row.id)],
  );
  const lastOf = new Map(latest.map((row) => [row.application_id, row]));
  const locked = new Map<string, LockedApplication>(
    statuses.map(({ id, status }) => {
      const last = lastOf.get(id);
      return [
        id,
        {
          status,
          // The user's own move (not the first row recording where an application started) is manual.
          manual: (last?.cause === 'MANUAL' || last?.cause === 'REVERT') && last.from_status !== null,
          statusSetAt: last ? new Date(last.created_at) : undefined,
          sequence: last?.sequence ?? 0,
        },
      ];
    }),
  );
  const applied: { move: AutomaticMove; result: AppliedMove; sequence: number }[] = [];
  for (const move of moves) {
    const application = locked.get(move.applicationId);
    if (!application) continue;
    const to = nextStatus(application.status, move.category, { manual: application.manual, statusSetAt: application.statusSetAt, receivedAt: move.receivedAt });
    if (!to) continue;
    application.sequence += 1;
    applied.push({ move, result: { applicationId: move.applicationId, statusChangeId: randomUUID(), from: application.status, to }, sequence: application.sequence });
    application.status = to;
    application.manual = false;
  }
  if (applied.length === 0) return [];
  const finalStatus = new Map(applied.map(({ result }) => [result.applicationId, result.to]));
  await tx.execute(
    `update applications a set status = v.status, updated_at = clock_timestamp()
       from (values ${[...finalStatus].map(() => '(?::uuid, ?)').join(', ')}) as v(id, status) where a.id = v.id`,
    [...finalStatus].flat(),
  );
  // Distinct, increasing times keep the history in the order the moves happened.
  const base = Date.now();
  await tx.execute(
    `insert into status_changes (id, application_id, from_status, to_status, cause, message_id, evidence, sequence, created_at)
     values ${applied.map(() => "(?, ?, ?, ?, 'EMAIL', ?, ?::jsonb, ?, ?)").join(', ')}`,
    applied.flatMap(({ move, result, sequence }, i) => [
      result.statusChangeId,
      result.applicationId,
      result.from,
      result.to,
      move.messageId,
      JSON.stringify(move.evidence),
      sequence,
      new Date(base + i),
    ]),
  );
  return applied.map(({ result }) => result);
}

/** One move, for callers with a single message (accepting a review). */
export async function moveStatusAutomatically(tx: EntityManager, move: AutomaticMove): Promise<AppliedMove | null> {
  return (await moveStatusesAutomatically(tx, [move]))[0] ?? null;
}
