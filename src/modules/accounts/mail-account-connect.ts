import { createHash, randomBytes } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { EntityManager } from '../../db/orm.ts';
import type { Logger } from '../../logger.ts';
import { CodeExchangeError } from '../../providers/oauth-provider.ts';
import { oauthProviderFor, redirectUriFor } from '../../providers/oauth-providers.ts';
import type { UserRow } from '../users/user.entity.ts';
import { MailAccountSchema, type MailAccount } from './mail-account.entity.ts';
import { OAuthStateSchema } from './oauth-state.entity.ts';
import { encryptTokens, decryptTokens } from './token-cipher.ts';

/** A pending connect expires after this; a callback naming it later is refused. */
export const OAUTH_STATE_TTL_MS = 10 * 60 * 1000;
/** At most this many pending connects per user: older ones are dropped. */
const MAX_PENDING_PER_USER = 10;

export class ProviderNotConfiguredError extends Error {
  override name = 'ProviderNotConfiguredError';
}

const hashState = (state: string) => createHash('sha256').update(state).digest('hex');

/** Step 1: a one-time state bound to the user, a PKCE verifier, and the provider's consent URL. */
export async function startConnect(em: EntityManager, config: Config, user: UserRow, provider: 'GMAIL' | 'OUTLOOK'): Promise<{ authorizationUrl: string }> {
  const oauth = oauthProviderFor(config, provider);
  if (!oauth) throw new ProviderNotConfiguredError(provider);
  const state = randomBytes(32).toString('base64url');
  const codeVerifier = randomBytes(48).toString('base64url');
  const codeChallenge = createHash('sha256').update(codeVerifier).digest('base64url');
  await em.nativeDelete(OAuthStateSchema, { expiresAt: { $lt: new Date() } });
  const pending = await em.find(OAuthStateSchema, { user: user.id }, { orderBy: { createdAt: 'desc' }, offset: MAX_PENDING_PER_USER - 1 });
  if (pending.length) await em.nativeDelete(OAuthStateSchema, { id: { $in: pending.map((p) => p.id) } });
  em.create(OAuthStateSchema, { stateHash: hashState(state), user: user.id, provider, codeVerifier, expiresAt: new Date(Date.now() + OAUTH_STATE_TTL_MS) });
  await em.flush();
  return { authorizationUrl: oauth.authorizationUrl({ state, codeChallenge, redirectUri: redirectUriFor(config, provider) }) };
}

export type ConnectOutcome =
  | { ok: true; account: MailAccount }
  | { ok: false; error: 'invalid_state' | 'access_denied' | 'missing_code' | 'exchange_failed' | 'not_configured' };

export interface CallbackParameters {
  state: string | null;
  code: string | null;
  error: string | null;
}

/**
 * Step 2, the redirect back: consume the state (a replay finds nothing), exchange the code with the
 * verifier, then create or update the one account per user + provider + address with the grant
 * encrypted. Any failure stores nothing (the state is spent either way).
 */
export async function completeConnect(
  em: EntityManager,
  config: Config,
  log: Logger,
  provider: 'GMAIL' | 'OUTLOOK',
  params: CallbackParameters,
): Promise<ConnectOutcome> {
  if (!params.state || params.state.length > 200) return { ok: false, error: 'invalid_state' };
  // Delete-and-return is atomic: of two callbacks racing with one state, only one gets the row.
  const rows = await em
    .getConnection()
    .execute<{ user_id: string; provider: string; code_verifier: string; expires_at: Date }[]>(
      'delete from oauth_states where state_hash = ? returning user_id, provider, code_verifier, expires_at',
      [hashState(params.state)],
    );
  const pending = rows[0];
  if (!pending || pending.provider !== provider || new Date(pending.expires_at).getTime() < Date.now()) return { ok: false, error: 'invalid_state' };
  if (params.error) return { ok: false, error: 'access_denied' };
  if (!params.code || params.code.length > 4096) return { ok: false, error: 'missing_code' };
  const oauth = oauthProviderFor(config, provider);
  if (!oauth) return { ok: false, error: 'not_configured' };
  let exchanged;
  try {
    exchanged = await oauth.exchangeCode({ code: params.code, codeVerifier: pending.code_verifier, redirectUri: redirectUriFor(config, provider) });
  } catch (error) {
    if (!(error instanceof CodeExchangeError)) throw error;
    log.warn({ provider, err: error.message }, 'OAuth code exchange failed');
    return { ok: false, error: 'exchange_failed' };
  }
  const emailAddress = exchanged.emailAddress.slice(0, 320);
  let account = await em.findOne(MailAccountSchema, { user: pending.user_id, provider, emailAddress }, { populate: ['encryptedTokens'] });
  if (!account) {
    account = em.create(MailAccountSchema, { user: pending.user_id, provider, emailAddress });
    await em.flush();
  }
  let tokens = exchanged.tokens;
  if (!tokens.refreshToken && account.encryptedTokens) {
    // Reconnecting without a new refresh token: keep the one we have.
    tokens = { ...tokens, refreshToken: decryptTokens(config.tokenEncryptionKey, account.encryptedTokens, account.id).refreshToken };
  }
  account.encryptedTokens = encryptTokens(config.tokenEncryptionKey, tokens, account.id);
  account.state = 'IDLE';
  account.lastError = null;
  // Start its first sync at once.
  account.nextSyncAt = new Date();
  await em.flush();
  return { ok: true, account };
}
