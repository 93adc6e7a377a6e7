import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { EmailMessageSchema } from '../threads/email-message.entity.ts';
import { ApplicationSchema } from './application.entity.ts';
import { APPLICATION_STATUSES, STATUS_CHANGE_CAUSES } from './application-status.ts';

/** Audit row for every status move; a revert is itself a StatusChange pointing at what it undid. */
export const StatusChangeSchema = defineEntity({
  name: 'StatusChange',
  tableName: 'status_changes',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    application: () => p.manyToOne(ApplicationSchema).deleteRule('cascade'),
    fromStatus: p.enum(APPLICATION_STATUSES).nullable(),
    toStatus: p.enum(APPLICATION_STATUSES),
    cause: p.enum(STATUS_CHANGE_CAUSES),
    message: () => p.manyToOne(EmailMessageSchema).nullable().deleteRule('set null'),
    evidence: p.json<string[]>().default('[]'),
    revertOf: () => p.manyToOne(StatusChangeSchema).nullable().deleteRule('set null'),
    revertedAt: p.datetime().nullable(),
    // Position in the application's history (1 = its starting status). Two moves can share a
    // millisecond, so order comes from here, never from createdAt.
    sequence: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [
    // One position per move: two moves that were not serialised by the row lock cannot both commit.
    { properties: ['application', 'sequence'] },
    // A change is undone at most once.
    { properties: ['revertOf'] },
  ],
});

export type StatusChange = InferEntity<typeof StatusChangeSchema>;

/**
 * A status change as the API reads it: its columns and its application (by id at least). The entity
 * is one; events carry plain rows (status-event-row.ts).
 */
export type StatusChangeRow = Pick<StatusChange, 'id' | 'fromStatus' | 'toStatus' | 'cause' | 'evidence' | 'revertedAt' | 'sequence' | 'createdAt'> & {
  application: { id: string };
};
