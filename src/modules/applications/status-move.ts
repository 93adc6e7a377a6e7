import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '../../db/orm.ts';
import { recordEvent } from '../outbox/record-event.ts';
import { ApplicationSchema, type Application } from './application.entity.ts';
import type { ApplicationStatus, StatusChangeCause } from './application-status.ts';
import { StatusChangeSchema, type StatusChange } from './status-change.entity.ts';

/**
 * An application's status moves through entities here (reverts, and callers holding entities).
 * The owner's updateApplication writes the same rows in fewer round trips (application-update.ts),
 * and the sync pipeline its email-caused moves in bulk (modules/sync/automatic-move.ts); all three
 * keep the rules below.
 *
 * Every move happens in a transaction that first locks the application's row
 * (`SELECT … FOR UPDATE`), so concurrent moves of one application run one after another and each
 * sees the status the previous one left: every history row's `from` is the previous row's `to`,
 * and the last row's `to` is the status. The unique (application, sequence) key refuses a move
 * that somehow skipped the lock instead of letting it corrupt the chain.
 *
 * ```ts
 * await orm.em.fork().transactional(async (tx) => {
 *   const application = await lockApplication(tx, applicationId);
 *   if (application) await moveStatus(tx, application, 'INTERVIEWING', 'EMAIL', { messageId, evidence });
 * });
 * ```
 */

/** Which transaction locked an application object; moveStatus refuses one it cannot prove locked. */
const lockedBy = new WeakMap<Application, EntityManager>();

/**
 * Loads an application and locks its row until the surrounding transaction ends; other movers of the
 * same application wait here. Null when it does not exist (or, with `userId`, is not that user's).
 */
export async function lockApplication(em: EntityManager, applicationId: string, userId?: string): Promise<Application | null> {
  if (!em.isInTransaction()) throw new Error('lockApplication must run inside em.transactional()');
  const where = userId ? { id: applicationId, user: userId } : { id: applicationId };
  // refresh: the row read under the lock is the truth, not what this EntityManager loaded earlier.
  const application = await em.findOne(ApplicationSchema, where, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (application) lockedBy.set(application, em);
  return application;
}

export interface StatusMoveDetails {
  /** The EmailMessage that caused an automatic move. */
  messageId?: string | null;
  /** Human-readable reasons, shown with the change. */
  evidence?: readonly string[];
  /** For a REVERT: the change it undoes (marked reverted here; the unique key allows one undo). */
  revertOf?: StatusChange;
}

/**
 * Moves a locked application to `to`, appending the history row and queueing the
 * `applicationStatusChanged` event in the outbox. Flushed with the transaction.
 * Answers null (and writes nothing) when the application already has that status.
 */
export async function moveStatus(
  em: EntityManager,
  application: Application,
  to: ApplicationStatus,
  cause: StatusChangeCause,
  details: StatusMoveDetails = {},
): Promise<StatusChange | null> {
  if (lockedBy.get(application) !== em || !em.isInTransaction()) {
    throw new Error('moveStatus needs the application locked by lockApplication() in the same transaction');
  }
  if (application.status === to) return null;
  const latest = await latestStatusChange(em, application.id);
  if (details.revertOf) details.revertOf.revertedAt = new Date();
  const change = em.create(StatusChangeSchema, {
    application,
    fromStatus: application.status,
    toStatus: to,
    cause,
    message: details.messageId ?? null,
    evidence: [...(details.evidence ?? [])],
    revertOf: details.revertOf ?? null,
    sequence: (latest?.sequence ?? 0) + 1,
  });
  const from = application.status;
  application.status = to;
  // Subscribers hear of the move once this transaction commits, even if Redis is down right now.
  recordEvent(em, 'applicationStatusChanged', application.user.id, { applicationId: application.id, statusChangeId: change.id });
  // A thread is active only while its application is not REJECTED: a move into or out of REJECTED
  // changes activeThreadCount when the application has threads, and syncStatus carries that count.
  if ((from === 'REJECTED') !== (to === 'REJECTED') && (await hasThreads(em, application.id))) {
    recordEvent(em, 'syncStatus', application.user.id, { accountId: null });
  }
  return change;
}

/** The first history row of a new application: where it started (`from: null`). */
export function startStatusHistory(
  em: EntityManager,
  application: Application,
  cause: Exclude<StatusChangeCause, 'REVERT'>,
  details: Omit<StatusMoveDetails, 'revertOf'> = {},
): StatusChange {
  return em.create(StatusChangeSchema, {
    application,
    fromStatus: null,
    toStatus: application.status,
    cause,
    message: details.messageId ?? null,
    evidence: [...(details.evidence ?? [])],
    sequence: 1,
  });
}

/** The application's newest history row (by sequence, not by time). */
export async function latestStatusChange(em: EntityManager, applicationId: string): Promise<StatusChange | null> {
  return em.findOne(StatusChangeSchema, { application: applicationId }, { orderBy: { sequence: 'desc' }, refresh: true });
}

/** Whether any thread is linked to the application (its status then decides whether they count as active). */
export async function hasThreads(em: EntityManager, applicationId: string): Promise<boolean> {
  const rows = await em.execute<{ found: number }[]>(`select 1 as found from email_threads where application_id = ? limit 1`, [applicationId]);
  return rows.length > 0;
}
