import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountTokenStore } from '../../src/modules/accounts/account-tokens.ts';
import { MailAccountSchema } from '../../src/modules/accounts/mail-account.entity.ts';
import { startMicrosoftEmulator, type MicrosoftEmulator } from '../emulators/microsoft.ts';
import { graphql } from '../gql/index.ts';
import { PageLedger, readerFor } from '../providers/support.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const ConnectOutlook = graphql(`
  mutation ConnectOutlook($provider: MailProvider!) {
    connectMailAccount(provider: $provider) {
      authorizationUrl
    }
  }
`);

const DisconnectOutlook = graphql(`
  mutation DisconnectOutlook($id: ID!) {
    disconnectMailAccount(id: $id)
  }
`);

const APP_URL = 'http://127.0.0.1:9/dashboard';
let microsoft: MicrosoftEmulator;
let server: TestServer;
const due: string[] = [];

beforeAll(async () => {
  microsoft = await startMicrosoftEmulator();
  server = await startTestServer({ env: { ...microsoft.env(), APP_URL }, publicUrlOnOwnPort: true, onAccountDue: (id) => due.push(id) });
});
afterAll(async () => {
  await server?.close();
  await microsoft?.close();
});

async function connect(token: string) {
  const response = await server.request(ConnectOutlook, { provider: 'OUTLOOK' }, token);
  const url = response.data!.connectMailAccount.authorizationUrl;
  const consent = await fetch(url, { redirect: 'manual' });
  const back = await fetch(consent.headers.get('location')!, { redirect: 'manual' });
  return { url: new URL(url), final: new URL(back.headers.get('location')!) };
}

describe('connecting Outlook', () => {
  it('asks the tenant for Mail.Read offline_access openid email with PKCE, and the callback stores an encrypted, due account that syncs', async () => {
    const token = await server.tokenFor('outlook-owner@applytrack.test');
    const email = 'person@outlook.test';
    const id = microsoft.addMessage(email, { from: 'Jobs <jobs@lever.co>', subject: 'Interview', text: 'Pick a time' }).id;
    microsoft.consent.email = email;
    const { url, final } = await connect(token);
    expect(url.origin + url.pathname).toBe(`${microsoft.authorityUrl}/common/oauth2/v2.0/authorize`);
    expect(url.searchParams.get('scope')).toBe('Mail.Read offline_access openid email');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('redirect_uri')).toBe(`${server.config.publicUrl}/auth/microsoft/callback`);
    expect(final.searchParams.get('mailConnect')).toBe('ok');
    expect(final.searchParams.get('provider')).toBe('OUTLOOK');

    const row = await server.database.orm.em.fork().findOneOrFail(MailAccountSchema, { emailAddress: email, provider: 'OUTLOOK' }, { populate: ['encryptedTokens'] });
    expect(due).toContain(row.id);
    const tokens = await accountTokenStore(server.database.orm, row.id, server.config.tokenEncryptionKey).load();
    expect(row.encryptedTokens).not.toContain(tokens.refreshToken!);
    const ledger = new PageLedger();
    await ledger.drain(readerFor(server.database, server.config, row), new Date(Date.now() - 86_400_000));
    expect([...ledger.applied.keys()]).toEqual([id]);
  });

  it('disconnect deletes the Graph subscription and the account', async () => {
    const token = await server.tokenFor('outlook-leaver@applytrack.test');
    microsoft.consent.email = 'leaver@outlook.test';
    const { final } = await connect(token);
    const id = final.searchParams.get('account')!;
    const em = server.database.orm.em.fork();
    const row = await em.findOneOrFail(MailAccountSchema, { emailAddress: 'leaver@outlook.test' });
    // As if a subscription had been registered (notifications are off on this server).
    await em.nativeUpdate(MailAccountSchema, { id: row.id }, { watchId: '11111111-2222-3333-4444-555555555555' });
    const deletes = microsoft.counters.calls['subscriptions.delete'] ?? 0;
    const response = await server.request(DisconnectOutlook, { id }, token);
    expect(response.data?.disconnectMailAccount).toBe(id);
    expect(microsoft.counters.calls['subscriptions.delete']).toBe(deletes + 1);
    expect(await server.database.orm.em.fork().count(MailAccountSchema, { id: row.id })).toBe(0);
  });

  it('redirects with access_denied and stores nothing when the user declines', async () => {
    const token = await server.tokenFor('outlook-decliner@applytrack.test');
    microsoft.consent.deny = true;
    try {
      const { final } = await connect(token);
      expect([final.searchParams.get('mailConnect'), final.searchParams.get('error')]).toEqual(['error', 'access_denied']);
    } finally {
      microsoft.consent.deny = false;
    }
    expect(await server.database.orm.em.fork().count(MailAccountSchema, { user: { email: 'outlook-decliner@applytrack.test' } })).toBe(0);
  });
});
