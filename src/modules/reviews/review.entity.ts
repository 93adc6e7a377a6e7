import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { ApplicationSchema } from '../applications/application.entity.ts';
import { APPLICATION_STATUSES } from '../applications/application-status.ts';
import { EmailMessageSchema } from '../threads/email-message.entity.ts';
import { UserSchema } from '../users/user.entity.ts';

export const REVIEW_KINDS = ['MATCH', 'STATUS_CHANGE', 'NEW_APPLICATION'] as const;
export const REVIEW_STATES = ['PENDING', 'ACCEPTED', 'DISMISSED'] as const;

/** A match or status move below the confidence threshold, held for the user to accept or dismiss. */
export const ReviewSchema = defineEntity({
  name: 'Review',
  tableName: 'reviews',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    user: () => p.manyToOne(UserSchema).deleteRule('cascade'),
    message: () => p.manyToOne(EmailMessageSchema).deleteRule('cascade'),
    kind: p.enum(REVIEW_KINDS),
    proposedApplication: () => p.manyToOne(ApplicationSchema).nullable().deleteRule('cascade'),
    proposedStatus: p.enum(APPLICATION_STATUSES).nullable(),
    confidence: p.double(),
    evidence: p.json<string[]>().onCreate(() => []),
    state: p.enum(REVIEW_STATES).default('PENDING'),
    resolvedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['user', 'state', 'createdAt'] }],
});

export type Review = InferEntity<typeof ReviewSchema>;
