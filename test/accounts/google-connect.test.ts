import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { accountTokenStore } from '../../src/modules/accounts/account-tokens.ts';
import { MailAccountSchema } from '../../src/modules/accounts/mail-account.entity.ts';
import { OAuthStateSchema } from '../../src/modules/accounts/oauth-state.entity.ts';
import { startGoogleEmulator, type GoogleEmulator } from '../emulators/google.ts';
import { graphql } from '../gql/index.ts';
import { PageLedger, readerFor } from '../providers/support.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const ConnectMailAccount = graphql(`
  mutation ConnectMailAccount($provider: MailProvider!) {
    connectMailAccount(provider: $provider) {
      authorizationUrl
    }
  }
`);

const DisconnectMailAccount = graphql(`
  mutation DisconnectMailAccount($id: ID!) {
    disconnectMailAccount(id: $id)
  }
`);

const ConnectedAccounts = graphql(`
  query ConnectedAccounts {
    mailAccounts {
      id
      provider
      emailAddress
      state
      lastError
    }
  }
`);

const APP_URL = 'http://127.0.0.1:9/dashboard';
let google: GoogleEmulator;
let server: TestServer;
const due: string[] = [];
let token: string;
let personCounter = 0;

beforeAll(async () => {
  google = await startGoogleEmulator();
  server = await startTestServer({
    env: { ...google.env(), APP_URL, GMAIL_QUOTA_UNITS_PER_SECOND: '0' },
    publicUrlOnOwnPort: true,
    onAccountDue: (id) => due.push(id),
  });
  token = await server.tokenFor('owner@applytrack.test');
});
afterAll(async () => {
  await server?.close();
  await google?.close();
});
beforeEach(() => {
  google.faults.clear();
  google.consent.deny = false;
});

async function authorizationUrl(provider: 'GMAIL' | 'OUTLOOK' = 'GMAIL', as = token): Promise<string> {
  const response = await server.request(ConnectMailAccount, { provider }, as);
  expect(response.errors).toBeUndefined();
  return response.data!.connectMailAccount.authorizationUrl;
}

/** The browser: consent screen → redirect to our callback → redirect to APP_URL. */
async function consentAndReturn(url: string): Promise<{ callback: string; final: URL }> {
  const consent = await fetch(url, { redirect: 'manual' });
  expect(consent.status).toBe(302);
  const callback = consent.headers.get('location')!;
  const back = await fetch(callback, { redirect: 'manual' });
  expect(back.status).toBe(302);
  return { callback, final: new URL(back.headers.get('location')!) };
}

describe('connecting Gmail', () => {
  it('asks Google for read-only offline access with PKCE and a one-time state', async () => {
    const url = new URL(await authorizationUrl());
    expect(url.origin + url.pathname).toBe(google.authUrl);
    const q = url.searchParams;
    expect(q.get('scope')!.split(' ').sort()).toEqual(['email', 'https://www.googleapis.com/auth/gmail.readonly', 'openid']);
    expect(q.get('access_type')).toBe('offline');
    expect(q.get('prompt')).toBe('consent');
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(q.get('redirect_uri')).toBe(`${server.config.publicUrl}/auth/google/callback`);
    expect(q.get('state')!.length).toBeGreaterThanOrEqual(32);
  });

  it('goes from authorizationUrl through consent and the callback to an account with encrypted tokens, due at once, and syncs', async () => {
    const email = `person${++personCounter}@gmail.test`;
    const hiring = google.addMessage(email, { from: 'Acme <no-reply@greenhouse.io>', subject: 'Thank you for applying', text: 'Received' }).id;
    google.consent.email = email;
    const { final } = await consentAndReturn(await authorizationUrl());
    expect(final.origin + final.pathname).toBe(APP_URL);
    expect(final.searchParams.get('mailConnect')).toBe('ok');
    expect(final.searchParams.get('provider')).toBe('GMAIL');

    const accounts = await server.request(ConnectedAccounts, {}, token);
    const listed = accounts.data!.mailAccounts.find((a) => a.emailAddress === email)!;
    expect(listed).toMatchObject({ provider: 'GMAIL', state: 'IDLE', lastError: null });
    expect(final.searchParams.get('account')).toBe(listed.id);

    const row = await server.database.orm.em.fork().findOneOrFail(MailAccountSchema, { emailAddress: email }, { populate: ['encryptedTokens'] });
    expect(due).toContain(row.id);
    expect(row.nextSyncAt!.getTime()).toBeLessThanOrEqual(Date.now());
    const tokens = await accountTokenStore(server.database.orm, row.id, server.config.tokenEncryptionKey).load();
    expect(tokens.refreshToken).toMatch(/^1\/\//);
    expect(row.encryptedTokens).not.toContain(tokens.refreshToken!);
    expect(row.encryptedTokens).not.toContain(tokens.accessToken);

    // The first sync the pipeline starts reads the mailbox with what the callback stored.
    const ledger = new PageLedger();
    await ledger.drain(readerFor(server.database, server.config, row), new Date(Date.now() - 86_400_000));
    expect([...ledger.applied.keys()]).toEqual([hiring]);
  });

  it('refuses a replayed callback, and reconnecting the same mailbox updates the one account', async () => {
    const email = `person${++personCounter}@gmail.test`;
    google.consent.email = email;
    const { callback } = await consentAndReturn(await authorizationUrl());
    const replay = await fetch(callback, { redirect: 'manual' });
    const replayed = new URL(replay.headers.get('location')!);
    expect(replayed.searchParams.get('mailConnect')).toBe('error');
    expect(replayed.searchParams.get('error')).toBe('invalid_state');

    await consentAndReturn(await authorizationUrl());
    const count = await server.database.orm.em.fork().count(MailAccountSchema, { emailAddress: email });
    expect(count).toBe(1);
  });

  it('stores nothing for denied consent, a forged, expired or foreign state, or a failed exchange', async () => {
    const before = await server.database.orm.em.fork().count(MailAccountSchema, {});
    const errorOf = (final: URL) => [final.searchParams.get('mailConnect'), final.searchParams.get('error')];

    google.consent.deny = true;
    expect(errorOf((await consentAndReturn(await authorizationUrl())).final)).toEqual(['error', 'access_denied']);
    google.consent.deny = false;

    const forged = await fetch(`${server.config.publicUrl}/auth/google/callback?code=x&state=forged`, { redirect: 'manual' });
    expect(errorOf(new URL(forged.headers.get('location')!))).toEqual(['error', 'invalid_state']);

    const url = await authorizationUrl();
    await server.database.orm.em.fork().nativeUpdate(OAuthStateSchema, {}, { expiresAt: new Date(Date.now() - 1000) });
    expect(errorOf((await consentAndReturn(url)).final)).toEqual(['error', 'invalid_state']);

    // A Gmail state presented at the Microsoft callback is not accepted either.
    const gmailState = new URL(await authorizationUrl()).searchParams.get('state')!;
    const crossed = await fetch(`${server.config.publicUrl}/auth/microsoft/callback?code=x&state=${gmailState}`, { redirect: 'manual' });
    expect(errorOf(new URL(crossed.headers.get('location')!))).toEqual(['error', 'invalid_state']);

    google.fail('oauth.token', { kind: 'status', status: 400 }, 1);
    expect(errorOf((await consentAndReturn(await authorizationUrl())).final)).toEqual(['error', 'exchange_failed']);

    expect(await server.database.orm.em.fork().count(MailAccountSchema, {})).toBe(before);
  });

  it('disconnect revokes the grant at Google and deletes the account; a revoke failure still deletes', async () => {
    for (const failRevoke of [false, true]) {
      const email = `person${++personCounter}@gmail.test`;
      google.consent.email = email;
      const { final } = await consentAndReturn(await authorizationUrl());
      const id = final.searchParams.get('account')!;
      const row = await server.database.orm.em.fork().findOneOrFail(MailAccountSchema, { emailAddress: email });
      const { refreshToken } = await accountTokenStore(server.database.orm, row.id, server.config.tokenEncryptionKey).load();
      if (failRevoke) google.fail('oauth.revoke', { kind: 'status', status: 503 }, 1);

      const stranger = await server.tokenFor(`stranger${personCounter}@applytrack.test`);
      const foreign = await server.request(DisconnectMailAccount, { id }, stranger);
      expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

      const response = await server.request(DisconnectMailAccount, { id }, token);
      expect(response.data?.disconnectMailAccount).toBe(id);
      expect(google.counters.revoked.includes(refreshToken!)).toBe(!failRevoke);
      expect(await server.database.orm.em.fork().count(MailAccountSchema, { emailAddress: email })).toBe(0);
    }
  });

  it('answers MBOX with BAD_USER_INPUT: it is imported, not connected', async () => {
    const response = await server.request(ConnectMailAccount, { provider: 'MBOX' }, token);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'provider' });
  });
});

describe('a provider without a client id and secret', () => {
  it('answers PROVIDER_DISABLED', async () => {
    const bare = await startTestServer({ database: server.database });
    try {
      const response = await bare.request(ConnectMailAccount, { provider: 'GMAIL' }, await bare.tokenFor('owner@applytrack.test'));
      expect(response.errors?.[0]?.extensions?.code).toBe('PROVIDER_DISABLED');
      const outlook = await bare.request(ConnectMailAccount, { provider: 'OUTLOOK' }, await bare.tokenFor('owner@applytrack.test'));
      expect(outlook.errors?.[0]?.extensions?.code).toBe('PROVIDER_DISABLED');
    } finally {
      await bare.close();
    }
  });
});
