import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { UserSchema } from '../users/user.entity.ts';
import { EMPTY_SYNC_PROGRESS, MAIL_PROVIDERS, SYNC_STATES, type SyncProgress } from './mail-account-state.ts';

/** A connected mailbox. OAuth tokens are stored only as AES-256-GCM ciphertext and never leave the service. */
export const MailAccountSchema = defineEntity({
  name: 'MailAccount',
  tableName: 'mail_accounts',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    user: () => p.manyToOne(UserSchema).deleteRule('cascade'),
    provider: p.enum(MAIL_PROVIDERS),
    emailAddress: p.string().length(320),
    encryptedTokens: p.text().nullable().hidden().lazy(),
    // Gmail historyId or Graph deltaLink; moves only in the transaction that applied what it covers.
    syncCursor: p.text().nullable(),
    state: p.enum(SYNC_STATES).default('IDLE'),
    leaseOwner: p.string().length(100).nullable(),
    leaseExpiresAt: p.datetime().nullable(),
    nextSyncAt: p.datetime().nullable(),
    /** Due once more at this time after a Gmail push (whose message may not be readable yet); in the database so a restart keeps it. */
    recheckAt: p.datetime().nullable(),
    watchId: p.string().length(300).nullable(),
    watchExpiresAt: p.datetime().nullable(),
    lastSyncedAt: p.datetime().nullable(),
    lastError: p.text().nullable(),
    progress: p.json<SyncProgress>().onCreate(() => ({ ...EMPTY_SYNC_PROGRESS })),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['user', 'provider', 'emailAddress'] }],
  indexes: [{ properties: ['nextSyncAt'] }, { properties: ['watchExpiresAt'] }],
});

export type MailAccount = InferEntity<typeof MailAccountSchema>;
