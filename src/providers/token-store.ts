import type { OAuthTokens } from '../modules/accounts/token-cipher.ts';

export type { OAuthTokens };

/** Where a reader gets an account's grant and puts a refreshed (or rotated) one back. */
export interface TokenStore {
  load(): Promise<OAuthTokens>;
  save(tokens: OAuthTokens): Promise<void>;
}
