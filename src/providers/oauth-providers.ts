import type { Config } from '../config.ts';
import type { MailProvider } from '../modules/accounts/mail-account-state.ts';
import { googleOAuthProvider } from './gmail/google-oauth.ts';
import type { OAuthProvider } from './oauth-provider.ts';
import { microsoftOAuthProvider } from './outlook/microsoft-oauth.ts';

/** The connect side of `provider`, or null when it is not configured (no client id/secret) or has no OAuth. */
export function oauthProviderFor(config: Config, provider: MailProvider): OAuthProvider | null {
  if (provider === 'GMAIL') return config.google ? googleOAuthProvider(config.google) : null;
  if (provider === 'OUTLOOK') return config.microsoft ? microsoftOAuthProvider(config.microsoft) : null;
  return null;
}

/** The OAuth redirect URI of a provider: PUBLIC_URL + its callback path. */
export function redirectUriFor(config: Config, provider: 'GMAIL' | 'OUTLOOK'): string {
  return `${config.publicUrl}${provider === 'GMAIL' ? '/auth/google/callback' : '/auth/microsoft/callback'}`;
}
