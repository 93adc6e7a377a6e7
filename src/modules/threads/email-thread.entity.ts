import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { MailAccountSchema } from '../accounts/mail-account.entity.ts';
import { ApplicationSchema } from '../applications/application.entity.ts';
import { UserSchema } from '../users/user.entity.ts';

/** A recruiter conversation. `isActive` is derived (application not rejected, recent last message), never stored. */
export const EmailThreadSchema = defineEntity({
  name: 'EmailThread',
  tableName: 'email_threads',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    // Denormalised owner so every read is scoped by user without a join.
    user: () => p.manyToOne(UserSchema).deleteRule('cascade'),
    account: () => p.manyToOne(MailAccountSchema).deleteRule('cascade'),
    providerThreadId: p.string().length(300),
    subject: p.string().length(1000).default(''),
    application: () => p.manyToOne(ApplicationSchema).nullable().deleteRule('set null'),
    // A user's re-link wins over automatic matching for later messages.
    linkedByUser: p.boolean().default(false),
    participants: p.json<string[]>().onCreate(() => []),
    messageCount: p.integer().default(0),
    lastMessageAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['account', 'providerThreadId'] }],
  indexes: [{ properties: ['user', 'lastMessageAt', 'id'] }, { properties: ['application'] }],
});

export type EmailThread = InferEntity<typeof EmailThreadSchema>;
