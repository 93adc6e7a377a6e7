import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { UserSchema } from '../users/user.entity.ts';
import { MAIL_PROVIDERS } from './mail-account-state.ts';

/**
 * One pending OAuth connect: the `state` sent to the provider (stored only as its SHA-256), the
 * user it is bound to, and the PKCE verifier. Consumed (deleted) by the first callback that names it.
 */
export const OAuthStateSchema = defineEntity({
  name: 'OAuthState',
  tableName: 'oauth_states',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    stateHash: p.string().length(64).unique(),
    user: () => p.manyToOne(UserSchema).deleteRule('cascade'),
    provider: p.enum(MAIL_PROVIDERS),
    codeVerifier: p.string().length(128),
    expiresAt: p.datetime(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['expiresAt'] }],
});

export type OAuthState = InferEntity<typeof OAuthStateSchema>;
