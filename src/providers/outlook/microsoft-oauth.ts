import type { Config } from '../../config.ts';
import { AuthRevokedError, TransientProviderError } from '../provider.ts';
import { CodeExchangeError, type OAuthProvider } from '../oauth-provider.ts';
import type { OAuthTokens } from '../token-store.ts';

export type MicrosoftConfig = NonNullable<Config['microsoft']>;

export const OUTLOOK_SCOPES = ['Mail.Read', 'offline_access', 'openid', 'email'];

/** `{MICROSOFT_AUTHORITY_URL}/{MICROSOFT_TENANT}/oauth2/v2.0` — the Microsoft identity platform v2 endpoints. */
export function microsoftEndpoint(microsoft: MicrosoftConfig, name: 'authorize' | 'token'): string {
  return `${microsoft.authorityUrl.replace(/\/$/, '')}/${encodeURIComponent(microsoft.tenant)}/oauth2/v2.0/${name}`;
}

interface TokenResponse {
  access_token?: string;
  refresh_token?: string;
  expires_in?: number;
  scope?: string;
  error?: string;
  error_description?: string;
}

async function tokenRequest(microsoft: MicrosoftConfig, form: Record<string, string>, timeoutMs: number): Promise<{ status: number; body: TokenResponse }> {
  const response = await fetch(microsoftEndpoint(microsoft, 'token'), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: microsoft.clientId, client_secret: microsoft.clientSecret, ...form }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await response.json().catch(() => ({}))) as TokenResponse;
  return { status: response.status, body };
}

function tokensOf(body: TokenResponse, previousRefresh: string | null): OAuthTokens {
  return {
    accessToken: body.access_token!,
    // Microsoft issues a new refresh token on every use; keep the old one only if none came.
    refreshToken: body.refresh_token ?? previousRefresh,
    expiresAt: body.expires_in ? Date.now() + body.expires_in * 1000 : null,
    scope: body.scope ?? null,
  };
}

/**
 * Refreshes a Microsoft grant. invalid_grant (revoked, expired, consent withdrawn) is final:
 * AuthRevokedError, never retried. Anything else is passing.
 */
export async function refreshMicrosoftTokens(microsoft: MicrosoftConfig, tokens: OAuthTokens, timeoutMs = 15_000): Promise<OAuthTokens> {
  if (!tokens.refreshToken) throw new AuthRevokedError('no refresh token stored');
  let result;
  try {
    result = await tokenRequest(microsoft, { grant_type: 'refresh_token', refresh_token: tokens.refreshToken, scope: OUTLOOK_SCOPES.join(' ') }, timeoutMs);
  } catch (error) {
    throw new TransientProviderError(`Microsoft token endpoint unreachable: ${(error as Error).message}`);
  }
  if (result.status === 200 && result.body.access_token) return tokensOf(result.body, tokens.refreshToken);
  if (result.body.error === 'invalid_grant' || result.body.error === 'interaction_required' || result.body.error === 'invalid_client') {
    throw new AuthRevokedError(`Microsoft refused the grant (${result.body.error})`);
  }
  throw new TransientProviderError(`Microsoft token endpoint answered ${result.status} ${result.body.error ?? ''}`.trim());
}

export function microsoftOAuthProvider(microsoft: MicrosoftConfig, timeoutMs = 15_000): OAuthProvider {
  return {
    provider: 'OUTLOOK',
    authorizationUrl({ state, codeChallenge, redirectUri }) {
      const url = new URL(microsoftEndpoint(microsoft, 'authorize'));
      url.search = new URLSearchParams({
        client_id: microsoft.clientId,
        response_type: 'code',
        redirect_uri: redirectUri,
        response_mode: 'query',
        scope: OUTLOOK_SCOPES.join(' '),
        state,
        code_challenge: codeChallenge,
        code_challenge_method: 'S256',
      }).toString();
      return url.toString();
    },
    async exchangeCode({ code, codeVerifier, redirectUri }) {
      let result;
      try {
        result = await tokenRequest(
          microsoft,
          { grant_type: 'authorization_code', code, code_verifier: codeVerifier, redirect_uri: redirectUri, scope: OUTLOOK_SCOPES.join(' ') },
          timeoutMs,
        );
      } catch (error) {
        throw new CodeExchangeError(`Microsoft token endpoint unreachable: ${(error as Error).message}`);
      }
      if (result.status !== 200 || !result.body.access_token) {
        throw new CodeExchangeError(`Microsoft refused the code (${result.body.error ?? result.status})`);
      }
      const tokens = tokensOf(result.body, null);
      const me = await fetch(`${microsoft.graphUrl.replace(/\/$/, '')}/v1.0/me?$select=mail,userPrincipalName`, {
        headers: { authorization: `Bearer ${tokens.accessToken}` },
        signal: AbortSignal.timeout(timeoutMs),
      }).catch((error: unknown) => {
        throw new CodeExchangeError(`Graph /me unreachable: ${(error as Error).message}`);
      });
      const profile = (await me.json().catch(() => ({}))) as { mail?: string | null; userPrincipalName?: string };
      const emailAddress = profile.mail ?? profile.userPrincipalName;
      if (!me.ok || !emailAddress) throw new CodeExchangeError(`Graph /me answered ${me.status}`);
      return { tokens, emailAddress: emailAddress.toLowerCase() };
    },
    async revoke() {
      // The Microsoft identity platform has no endpoint that withdraws one app's delegated grant
      // (revokeSignInSessions needs User.ReadWrite and signs the user out everywhere). Disconnecting
      // deletes the subscription and the tokens, which ends this app's access.
    },
  };
}
