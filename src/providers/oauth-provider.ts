import type { OAuthTokens } from './token-store.ts';

/** The connect side of a provider: consent URL, code exchange (with PKCE), revocation. */
export interface OAuthProvider {
  readonly provider: 'GMAIL' | 'OUTLOOK';
  authorizationUrl(options: { state: string; codeChallenge: string; redirectUri: string }): string;
  /** Exchanges the code and asks the provider whose mailbox it is. */
  exchangeCode(options: { code: string; codeVerifier: string; redirectUri: string }): Promise<{ tokens: OAuthTokens; emailAddress: string }>;
  /** Withdraws the grant at the provider (where the provider offers that). */
  revoke(tokens: OAuthTokens): Promise<void>;
}

/** The code exchange or the mailbox lookup failed: the callback redirects with an error, nothing stored. */
export class CodeExchangeError extends Error {
  override name = 'CodeExchangeError';
}
