import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGoogleEmulator, type GoogleEmulator } from '../emulators/google.ts';
import { startMicrosoftEmulator, type MicrosoftEmulator } from '../emulators/microsoft.ts';
import { graphql } from '../gql/index.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { SyncMail, SyncStatusQuery } from '../sync/operations.ts';
import { connectThroughConsent } from './support/connect.ts';
import { fixtureMailbox, type FixtureMessage } from './support/eml-input.ts';
import { gmailMailbox } from './support/gmail-mailbox.ts';
import { syncOutcome, untilAccountState, untilSynced, userIdOf } from './support/outcome.ts';

const DisconnectMailAccount = graphql(`
  mutation DisconnectMailAccount($id: ID!) {
    disconnectMailAccount(id: $id)
  }
`);

/** The history's first six messages arrive before the connect; the rest (the interview reply onwards) later. */
const EARLY = (name: string) => name < '07';

// Each case waits for real syncs with real backoff on a loaded machine: generous time, no timed assertion.
describe('faults mid-sync, an expired cursor and disconnect, through the server with the real provider clients', { timeout: 120_000 }, () => {
  let google: GoogleEmulator;
  let microsoft: MicrosoftEmulator;
  let server: TestServer;
  let history: FixtureMessage[];
  let users = 0;
  const clean = {} as Record<'GMAIL' | 'OUTLOOK', Awaited<ReturnType<typeof syncOutcome>>>;

  /** A new user with a mailbox of the provider holding `messages`, connected through OAuth; the first sync is under way. */
  async function connectedUser(provider: 'GMAIL' | 'OUTLOOK', messages: FixtureMessage[]) {
    const email = `person${++users}@${provider === 'GMAIL' ? 'gmail' : 'outlook'}.test`;
    const token = await server.tokenFor(email);
    const gmail = provider === 'GMAIL' ? gmailMailbox(google, email) : null;
    const deliver = (list: FixtureMessage[]) => {
      for (const { input } of list) gmail ? gmail.deliver(input) : microsoft.addMessage(email, input, { notify: false });
    };
    deliver(messages);
    if (provider === 'GMAIL') google.consent.email = email;
    else microsoft.consent.email = email;
    const accountId = await connectThroughConsent(server, token, provider);
    return { email, token, accountId, deliver, outcome: () => syncOutcome(server, userIdOf(token), token) };
  }

  beforeAll(async () => {
    [google, microsoft] = await Promise.all([startGoogleEmulator(), startMicrosoftEmulator()]);
    server = await startTestServer({
      env: { ...google.env(), ...microsoft.env(), APP_URL: 'http://127.0.0.1:9/dashboard', GMAIL_QUOTA_UNITS_PER_SECOND: '0' },
      publicUrlOnOwnPort: true,
      providerReaders: true,
    });
    history = await fixtureMailbox();
    // What each provider's mailbox amounts to when nothing goes wrong.
    for (const provider of ['GMAIL', 'OUTLOOK'] as const) {
      const user = await connectedUser(provider, history);
      await untilSynced(server, user.token);
      clean[provider] = await user.outcome();
    }
    expect(clean.GMAIL.applications).toHaveLength(3);
  }, 240_000);
  afterAll(async () => {
    await server?.close();
    await Promise.all([google?.close(), microsoft?.close()]);
  });

  it('Gmail: a 500, 429s, a reset and a 503 in the first sync lose and duplicate nothing', async () => {
    google.fail('messages.list', { kind: 'status', status: 500 }, 1);
    google.fail('messages.get', { kind: 'status', status: 429, retryAfterSeconds: 0 }, 2);
    google.fail('messages.get', { kind: 'reset' }, 1);
    google.fail('messages.get', { kind: 'status', status: 503 }, 1);
    const user = await connectedUser('GMAIL', history);
    await untilSynced(server, user.token);
    // Every fault was played (none left queued), and the outcome is the clean run's.
    expect([google.faults.take('messages.list'), google.faults.take('messages.get')]).toEqual([null, null]);
    expect(await user.outcome()).toEqual(clean.GMAIL);
  });

  it('Gmail: a revoked grant (invalid_grant) leaves the account NEEDS_REAUTH, shown in mailAccounts and syncStatus, and is not retried', async () => {
    const user = await connectedUser('GMAIL', history.filter((m) => EARLY(m.name)));
    await untilSynced(server, user.token);
    google.revokeRefreshTokens(user.email);
    google.expireAccessTokens(user.email);
    const tokenCallsBefore = google.counters.calls['oauth.token'] ?? 0;
    await server.request(SyncMail, { accountId: user.accountId }, user.token);
    const account = await untilAccountState(server, user.token, 'NEEDS_REAUTH');
    expect(account.lastError).toMatch(/revoked|connect the mailbox again/i);
    const status = await server.request(SyncStatusQuery, {}, user.token);
    expect(status.data?.syncStatus.state).toBe('NEEDS_REAUTH');
    // One refresh was refused; the scheduler does not keep trying a grant that is gone.
    const tokenCallsAtReauth = google.counters.calls['oauth.token'] ?? 0;
    expect(tokenCallsAtReauth).toBeGreaterThan(tokenCallsBefore);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(google.counters.calls['oauth.token'] ?? 0).toBe(tokenCallsAtReauth);
    expect((await server.request(SyncStatusQuery, {}, user.token)).data?.syncStatus.state).toBe('NEEDS_REAUTH');
  });

  it('Gmail: a sync that gives up mid-way (500s beyond the retries) moves no cursor past its mail; the next sync completes it', async () => {
    const user = await connectedUser('GMAIL', history.filter((m) => EARLY(m.name)));
    await untilSynced(server, user.token);
    google.fail('messages.get', { kind: 'status', status: 500 }, 50);
    user.deliver(history.filter((m) => !EARLY(m.name)));
    await server.request(SyncMail, { accountId: user.accountId }, user.token);
    const failed = await untilAccountState(server, user.token, 'ERROR');
    expect(failed.lastError).toBeTruthy();
    google.faults.clear();
    const resumedAt = Date.now();
    await server.request(SyncMail, { accountId: user.accountId }, user.token);
    await untilSynced(server, user.token, { after: resumedAt });
    expect(await user.outcome()).toEqual(clean.GMAIL);
  });

  it('Gmail: an expired history id (404) re-reads the window and picks up the mail of the gap', async () => {
    const user = await connectedUser('GMAIL', history.filter((m) => EARLY(m.name)));
    await untilSynced(server, user.token);
    user.deliver(history.filter((m) => !EARLY(m.name)));
    google.expireHistory(user.email);
    const resumedAt = Date.now();
    await server.request(SyncMail, { accountId: user.accountId }, user.token);
    await untilSynced(server, user.token, { after: resumedAt });
    expect(await user.outcome()).toEqual(clean.GMAIL);
  });

  it('Outlook: 429s, a 503 and a reset in the delta, then an expired delta token (410) with mail in the gap', async () => {
    microsoft.fail('delta', { kind: 'status', status: 429, retryAfterSeconds: 0 }, 2);
    microsoft.fail('delta', { kind: 'status', status: 503 }, 1);
    microsoft.fail('delta', { kind: 'reset' }, 1);
    const user = await connectedUser('OUTLOOK', history.filter((m) => EARLY(m.name)));
    await untilSynced(server, user.token);
    expect(microsoft.faults.take('delta')).toBeNull();
    user.deliver(history.filter((m) => !EARLY(m.name)));
    microsoft.expireDeltaTokens(user.email);
    const resumedAt = Date.now();
    await server.request(SyncMail, { accountId: user.accountId }, user.token);
    await untilSynced(server, user.token, { after: resumedAt });
    expect(await user.outcome()).toEqual(clean.OUTLOOK);
  });

  it("disconnectMailAccount purges the account's messages and threads", async () => {
    const user = await connectedUser('GMAIL', history);
    await untilSynced(server, user.token);
    const em = server.database.orm.em.fork();
    const counts = () =>
      em.execute<{ messages: number; threads: number }[]>(
        `select (select count(*)::int from email_messages m join mail_accounts a on a.id = m.account_id where a.user_id = ?) as messages,
                (select count(*)::int from email_threads where user_id = ?) as threads`,
        [userIdOf(user.token), userIdOf(user.token)],
      );
    expect((await counts())[0]).toEqual({ messages: 9, threads: 6 });
    const answer = await server.request(DisconnectMailAccount, { id: user.accountId }, user.token);
    expect(answer.errors).toBeUndefined();
    expect((await counts())[0]).toEqual({ messages: 0, threads: 0 });
    expect(google.counters.revoked.length).toBeGreaterThan(0);
  });
});
