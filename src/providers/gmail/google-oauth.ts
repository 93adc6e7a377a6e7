import type { gmail_v1 } from '@googleapis/gmail';
import { CodeExchangeError, type OAuthProvider } from '../oauth-provider.ts';
import type { OAuthTokens } from '../token-store.ts';
import { googleLibraries, googleOAuthClient, type GoogleConfig } from './gmail-client.ts';

export const GMAIL_SCOPES = ['https://www.googleapis.com/auth/gmail.readonly', 'openid', 'email'];

/** Google's side of connecting a mailbox, on the configured endpoints. */
export function googleOAuthProvider(google: GoogleConfig, timeoutMs = 15_000): OAuthProvider {
  return {
    provider: 'GMAIL',
    authorizationUrl({ state, codeChallenge, redirectUri }) {
      // The parameters google-auth-library's generateAuthUrl would write, without loading it at start-up.
      const url = new URL(google.authUrl);
      url.search = new URLSearchParams({
        access_type: 'offline',
        prompt: 'consent',
        scope: GMAIL_SCOPES.join(' '),
        state,
        code_challenge: codeChallenge,
        code_challenge_method: 'S256',
        response_type: 'code',
        client_id: google.clientId,
        redirect_uri: redirectUri,
      }).toString();
      return url.toString();
    },
    async exchangeCode({ code, codeVerifier, redirectUri }) {
      const client = await googleOAuthClient(google, redirectUri);
      const { gmail } = await googleLibraries();
      let tokens: OAuthTokens;
      try {
        const { tokens: raw } = await client.getToken({ code, codeVerifier, redirect_uri: redirectUri });
        if (!raw.access_token) throw new Error('no access token');
        tokens = { accessToken: raw.access_token, refreshToken: raw.refresh_token ?? null, expiresAt: raw.expiry_date ?? null, scope: raw.scope ?? null };
        client.setCredentials(raw);
      } catch (error) {
        throw new CodeExchangeError(`Google refused the code: ${(error as Error).message}`);
      }
      try {
        const api = gmail({ version: 'v1', auth: client, rootUrl: google.apiRootUrl, retry: false, timeout: timeoutMs } as gmail_v1.Options);
        const { data } = await api.users.getProfile({ userId: 'me' });
        if (!data.emailAddress) throw new Error('profile has no address');
        return { tokens, emailAddress: data.emailAddress.toLowerCase() };
      } catch (error) {
        throw new CodeExchangeError(`Gmail profile lookup failed: ${(error as Error).message}`);
      }
    },
    async revoke(tokens) {
      const token = tokens.refreshToken ?? tokens.accessToken;
      // Revoking the refresh token withdraws the whole grant, access tokens included.
      const response = await fetch(`${google.revokeUrl}?${new URLSearchParams({ token })}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      // 400 invalid_token: already revoked or expired — the grant is gone either way.
      if (!response.ok && response.status !== 400) throw new Error(`Google revoke answered ${response.status}`);
    },
  };
}
