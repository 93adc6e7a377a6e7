import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailAccountSchema } from '../../src/modules/accounts/mail-account.entity.ts';
import { UserSchema } from '../../src/modules/users/user.entity.ts';
import { MailAccountsQuery } from './operations.ts';
import { startTestServer, type TestServer } from '../support/server.ts';


let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function insertAccount(ownerEmail: string, emailAddress: string) {
  const em = server.database.orm.em.fork();
  const user = await em.findOneOrFail(UserSchema, { email: ownerEmail });
  em.create(MailAccountSchema, { user, provider: 'GMAIL', emailAddress, encryptedTokens: 'ciphertext-never-shown' });
  await em.flush();
}

describe('mailAccounts', () => {
  it("lists only the viewer's own mailboxes, without tokens", async () => {
    const mine = await server.tokenFor('accounts-owner@example.com');
    await server.tokenFor('accounts-other@example.com');
    await insertAccount('accounts-owner@example.com', 'owner@gmail.com');
    await insertAccount('accounts-other@example.com', 'other@gmail.com');

    const { data, errors } = await server.request(MailAccountsQuery, {}, mine);
    expect(errors).toBeUndefined();
    expect(data?.mailAccounts).toEqual([
      {
        id: expect.any(String),
        provider: 'GMAIL',
        emailAddress: 'owner@gmail.com',
        state: 'IDLE',
        lastSyncedAt: null,
        lastError: null,
        progress: { scanned: 0, total: null, jobRelated: 0, skipped: 0 },
      },
    ]);
  });

  it('answers UNAUTHENTICATED without a token', async () => {
    const { data, errors } = await server.request(MailAccountsQuery, {}, null);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
