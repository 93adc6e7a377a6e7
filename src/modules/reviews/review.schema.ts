import type { Context } from '../../context.ts';
import { builder } from '../../schema/builder.ts';
import { parseGlobalId } from '../../schema/global-id.ts';
import { selectsField } from '../../schema/selection.ts';
import { ApplicationRef, ApplicationStatusEnum } from '../applications/application.schema.ts';
import { EmailMessageRef } from '../threads/thread.schema.ts';
import type { UserRow } from '../users/user.entity.ts';
import { REVIEW_KINDS, REVIEW_STATES, type Review } from './review.entity.ts';
import { ReviewService } from './review.service.ts';

const reviews = (ctx: Context) => new ReviewService(ctx.em, ctx.viewer as UserRow);

const ReviewKindEnum = builder.enumType('ReviewKind', { values: REVIEW_KINDS });
const ReviewStateEnum = builder.enumType('ReviewState', { values: REVIEW_STATES });

const ReviewRef = builder.loadableNodeRef<Review, string>('Review', {
  id: { resolve: (review) => review.id },
  load: (ids, ctx: Context) => reviews(ctx).loadMany(ids),
});

ReviewRef.implement({
  description: 'A decision the sync was not sure enough to apply: the user accepts or dismisses it.',
  fields: (t) => ({
    kind: t.expose('kind', { type: ReviewKindEnum }),
    state: t.expose('state', { type: ReviewStateEnum }),
    confidence: t.float({ resolve: (review) => Number(review.confidence) }),
    evidence: t.exposeStringList('evidence'),
    proposedStatus: t.expose('proposedStatus', { type: ApplicationStatusEnum, nullable: true }),
    proposedApplication: t.field({ type: ApplicationRef, nullable: true, resolve: (review) => review.proposedApplication?.id ?? null }),
    message: t.field({ type: EmailMessageRef, resolve: (review) => review.message }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    resolvedAt: t.expose('resolvedAt', { type: 'DateTime', nullable: true }),
  }),
});

const ReviewConnection = builder.connectionObject({
  type: ReviewRef,
  name: 'ReviewConnection',
  fields: (t) => ({
    totalCount: t.int({ description: 'How many are pending, over all pages.', resolve: (connection) => connection.totalCount() }),
  }),
});

builder.queryFields((t) => ({
  reviews: t.field({
    type: ReviewConnection,
    description: 'Low-confidence decisions awaiting the viewer, newest first.',
    args: { ...t.arg.connectionArgs() },
    resolve: (_root, args, ctx, info) => reviews(ctx).list(args, { countNow: selectsField(info, 'totalCount') }),
  }),
}));

builder.mutationFields((t) => ({
  resolveReview: t.field({
    type: ReviewRef,
    description: 'Accepts (optionally into another application) or dismisses a review.',
    args: { id: t.arg.id({ required: true }), accept: t.arg.boolean({ required: true }), applicationId: t.arg.id() },
    resolve: (_root, args, ctx) =>
      reviews(ctx).resolve(
        parseGlobalId(String(args.id), 'Review', 'id'),
        args.accept,
        args.applicationId ? parseGlobalId(String(args.applicationId), 'Application', 'applicationId') : null,
        ctx.pubsub,
      ),
  }),
}));
