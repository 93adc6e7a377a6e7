import type { gmail_v1 } from '@googleapis/gmail';
import type { OAuth2Client } from 'google-auth-library';
import type { Config } from '../../config.ts';
import type { OAuthTokens, TokenStore } from '../token-store.ts';
import { gmailBatchTransport, type GmailBatchTransport } from './gmail-batch.ts';

export type GoogleConfig = NonNullable<Config['google']>;

/**
 * Google's libraries are loaded on first use, not at start-up: together they take seconds to
 * import on a busy machine, and a server without Gmail configured never needs them.
 */
export async function googleLibraries() {
  const [{ gmail }, { OAuth2Client }] = await Promise.all([import('@googleapis/gmail'), import('google-auth-library')]);
  return { gmail, OAuth2Client };
}

/** An OAuth2Client on the configured endpoints (never Google's hosts written in code). */
export async function googleOAuthClient(google: GoogleConfig, redirectUri?: string): Promise<OAuth2Client> {
  const { OAuth2Client } = await googleLibraries();
  return new OAuth2Client({
    clientId: google.clientId,
    clientSecret: google.clientSecret,
    redirectUri,
    endpoints: { oauth2AuthBaseUrl: google.authUrl, oauth2TokenUrl: google.tokenUrl, oauth2RevokeUrl: google.revokeUrl },
    // A token revoked or expired early shows only as a 401: refresh then too, not just ahead of expiry.
    forceRefreshOnFailure: true,
    eagerRefreshThresholdMillis: 60_000,
  });
}

export interface GmailConnection {
  api: gmail_v1.Gmail;
  auth: OAuth2Client;
  /** Resolves once every refreshed grant has been persisted. */
  tokensSaved(): Promise<void>;
  /** Gmail's batch endpoint, through the same OAuth client (one 401 refresh, no gaxios retry). */
  batch: GmailBatchTransport;
}

/**
 * The Gmail API client for one account. gaxios' retry is off (`retry: false`): our backoff, with
 * Retry-After honoured, is the one policy. Refreshed grants are persisted encrypted as they arrive.
 */
export async function gmailConnection(google: GoogleConfig, tokens: TokenStore, timeoutMs: number): Promise<GmailConnection> {
  const stored = await tokens.load();
  const auth = await googleOAuthClient(google);
  const { gmail } = await googleLibraries();
  auth.setCredentials({ access_token: stored.accessToken, refresh_token: stored.refreshToken, expiry_date: stored.expiresAt });
  let saving: Promise<void> = Promise.resolve();
  let current: OAuthTokens = stored;
  auth.on('tokens', (fresh) => {
    current = {
      accessToken: fresh.access_token ?? current.accessToken,
      // Google keeps the refresh token unless it sends a new one.
      refreshToken: fresh.refresh_token ?? current.refreshToken,
      expiresAt: fresh.expiry_date ?? null,
      scope: fresh.scope ?? current.scope ?? null,
    };
    const snapshot = current;
    saving = saving.then(() => tokens.save(snapshot));
  });
  const api = gmail({ version: 'v1', auth, rootUrl: google.apiRootUrl, retry: false, timeout: timeoutMs } as gmail_v1.Options);
  return { api, auth, tokensSaved: () => saving, batch: gmailBatchTransport(auth, google.apiRootUrl, timeoutMs) };
}
