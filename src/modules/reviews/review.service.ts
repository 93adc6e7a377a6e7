import { randomUUID } from 'node:crypto';
import type { EntityManager } from '../../db/orm.ts';
import { BadUserInputError, ConflictError, NotFoundError } from '../../schema/errors.ts';
import { findPage, type ConnectionArgs } from '../../schema/pagination.ts';
import type { PubSub } from '../../schema/pubsub.ts';
import { ApplicationSchema } from '../applications/application.entity.ts';
import { UNKNOWN_TITLE } from '../matching/match-application.ts';
import { moveStatusAutomatically } from '../sync/automatic-move.ts';
import { startingStatus } from '../sync/status-rules.ts';
import { publishSyncEvents, type SyncEvent } from '../sync/sync-events.ts';
import type { UserRow } from '../users/user.entity.ts';
import { ReviewSchema, type Review } from './review.entity.ts';

/** Low-confidence decisions the sync held back, and the user's answer to each. */
export class ReviewService {
  readonly em: EntityManager;
  readonly viewer: UserRow;

  constructor(em: EntityManager, viewer: UserRow) {
    this.em = em;
    this.viewer = viewer;
  }

  /** Pending reviews, newest first; `countNow` when the client selected totalCount. */
  list(args: ConnectionArgs, { countNow }: { countNow: boolean }) {
    const where = { user: this.viewer.id, state: 'PENDING' as const };
    return findPage<Review>(args, ['datetime', 'uuid'], {
      page: (options) =>
        this.em.findByCursor(ReviewSchema, { where, ...options, orderBy: { createdAt: 'desc', id: 'desc' }, includeCount: false, populate: ['message'] }),
      count: () => this.em.count(ReviewSchema, where),
      countNow,
    });
  }

  async loadMany(ids: readonly string[]): Promise<(Review | Error)[]> {
    const rows = await this.em.find(ReviewSchema, { id: { $in: [...ids] }, user: this.viewer.id }, { populate: ['message'] });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new NotFoundError('Review', id));
  }

  /**
   * Dismiss, or accept: the message joins the proposed (or the given) application, which the
   * message's category then moves by the status rules; an accepted NEW_APPLICATION without an
   * application id creates one from what the message said.
   */
  async resolve(id: string, accept: boolean, applicationId: string | null, pubsub: PubSub): Promise<Review> {
    const events: SyncEvent[] = [];
    await this.em.transactional(async (tx) => {
      const review = await tx.findOne(ReviewSchema, { id, user: this.viewer.id }, { populate: ['message', 'message.thread'], lockMode: 4 as never });
      if (!review) throw new NotFoundError('Review', id);
      if (review.state !== 'PENDING') throw new ConflictError(`this review was already ${review.state.toLowerCase()}`);
      review.state = accept ? 'ACCEPTED' : 'DISMISSED';
      review.resolvedAt = new Date();
      await tx.flush();
      if (!accept) return;

      const message = review.message;
      const category = message.category;
      if (!category) throw new ConflictError('the message of this review has no category');
      let targetId = applicationId ?? review.proposedApplication?.id ?? null;
      if (targetId) {
        const owned = await tx.findOne(ApplicationSchema, { id: targetId, user: this.viewer.id });
        if (!owned) throw new NotFoundError('Application', targetId);
      } else {
        if (!message.company) throw new BadUserInputError('the message names no company: give the applicationId it belongs to', 'applicationId');
        targetId = randomUUID();
        const status = startingStatus(category);
        const changeId = randomUUID();
        await tx.insertMany(ApplicationSchema, [
          {
            id: targetId,
            user: this.viewer.id,
            company: message.company,
            jobTitle: message.jobTitle ?? UNKNOWN_TITLE,
            status,
            source: 'EMAIL',
            atsProvider: message.atsProvider,
            atsJobId: message.atsJobId,
            appliedAt: message.receivedAt,
          } as never,
        ]);
        await tx.execute(
          `insert into status_changes (id, application_id, from_status, to_status, cause, message_id, evidence, created_at)
           values (?, ?, null, ?, 'EMAIL', ?, ?::jsonb, clock_timestamp())`,
          [changeId, targetId, status, message.id, JSON.stringify([...review.evidence, 'accepted by the user'])],
        );
        events.push({ topic: 'applicationStatusChanged', userId: this.viewer.id, payload: { applicationId: targetId, statusChangeId: changeId } });
      }
      await tx.execute(`update email_messages set application_id = ? where id = ?`, [targetId, message.id]);
      if (message.thread) {
        await tx.execute(`update email_threads set application_id = ?, linked_by_user = true, updated_at = clock_timestamp() where id = ?`, [
          targetId,
          message.thread.id,
        ]);
        events.push({ topic: 'threadUpdated', userId: this.viewer.id, payload: { threadId: message.thread.id } });
      }
      if (review.kind !== 'NEW_APPLICATION' || applicationId) {
        const moved = await moveStatusAutomatically(tx, {
          applicationId: targetId,
          category,
          messageId: message.id,
          receivedAt: message.receivedAt,
          evidence: [...review.evidence, 'accepted by the user'],
        });
        if (moved) events.push({ topic: 'applicationStatusChanged', userId: this.viewer.id, payload: { applicationId: targetId, statusChangeId: moved.statusChangeId } });
      }
      events.push({ topic: 'syncStatus', userId: this.viewer.id, payload: { accountId: null } });
    });
    publishSyncEvents(pubsub, events);
    const [review] = await this.loadMany([id]);
    if (review instanceof Error) throw review;
    return review!;
  }
}
