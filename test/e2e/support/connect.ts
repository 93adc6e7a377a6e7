import { expect } from 'vitest';
import { graphql } from '../../gql/index.ts';
import type { TestServer } from '../../support/server.ts';

export const ConnectMailAccount = graphql(`
  mutation ConnectMailAccount($provider: MailProvider!) {
    connectMailAccount(provider: $provider) {
      authorizationUrl
    }
  }
`);

/**
 * The user's browser through the real connect flow: connectMailAccount → the provider's consent
 * screen (the emulator, whose `consent.email` grants) → our callback → APP_URL. Returns the new
 * account's global id from the final redirect.
 */
export async function connectThroughConsent(server: TestServer, token: string, provider: 'GMAIL' | 'OUTLOOK'): Promise<string> {
  const response = await server.request(ConnectMailAccount, { provider }, token);
  expect(response.errors).toBeUndefined();
  const consent = await fetch(response.data!.connectMailAccount.authorizationUrl, { redirect: 'manual' });
  expect(consent.status).toBe(302);
  const back = await fetch(consent.headers.get('location')!, { redirect: 'manual' });
  expect(back.status).toBe(302);
  const final = new URL(back.headers.get('location')!);
  expect(final.searchParams.get('mailConnect')).toBe('ok');
  return final.searchParams.get('account')!;
}
