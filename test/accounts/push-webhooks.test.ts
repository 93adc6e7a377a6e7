import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { renewExpiringWatches } from '../../src/modules/accounts/mail-account-push.ts';
import { MailAccountSchema, type MailAccount } from '../../src/modules/accounts/mail-account.entity.ts';
import { startGoogleEmulator, type GoogleEmulator } from '../emulators/google.ts';
import { startMicrosoftEmulator, type MicrosoftEmulator } from '../emulators/microsoft.ts';
import { createPushSigner } from '../emulators/push-signer.ts';
import { graphql } from '../gql/index.ts';
import { PageLedger, readerFor } from '../providers/support.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const ConnectForPush = graphql(`
  mutation ConnectForPush($provider: MailProvider!) {
    connectMailAccount(provider: $provider) {
      authorizationUrl
    }
  }
`);

const AUDIENCE = 'https://applytrack.test/webhooks/gmail';
const SERVICE_ACCOUNT = 'gmail-push@emulated.iam.gserviceaccount.com';
let google: GoogleEmulator;
let microsoft: MicrosoftEmulator;
let server: TestServer;
const due: string[] = [];

beforeAll(async () => {
  [google, microsoft] = await Promise.all([startGoogleEmulator(), startMicrosoftEmulator()]);
  server = await startTestServer({
    env: {
      ...google.env(),
      ...microsoft.env(),
      APP_URL: 'http://127.0.0.1:9/app',
      GOOGLE_PUBSUB_TOPIC: 'projects/applytrack/topics/gmail',
      GOOGLE_PUSH_AUDIENCE: AUDIENCE,
      GOOGLE_PUSH_SERVICE_ACCOUNT: SERVICE_ACCOUNT,
      MICROSOFT_NOTIFICATIONS: 'on',
      GMAIL_QUOTA_UNITS_PER_SECOND: '0',
    },
    publicUrlOnOwnPort: true,
    onAccountDue: (id) => due.push(id),
    gmailRecheckMs: 100,
  });
  google.push.endpoint = `${server.config.publicUrl}/webhooks/gmail`;
  google.push.audience = AUDIENCE;
  google.push.serviceAccountEmail = SERVICE_ACCOUNT;
});
afterAll(async () => {
  await server?.close();
  await Promise.all([google?.close(), microsoft?.close()]);
});

/** Waits (bounded: at most 300 short turns) until `check` holds. */
async function eventually<T>(check: () => Promise<T | null | undefined | false> | T | null | undefined | false): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const value = await check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('condition never held');
}

async function connect(provider: 'GMAIL' | 'OUTLOOK', ownerEmail: string, mailbox: string): Promise<MailAccount> {
  const token = await server.tokenFor(ownerEmail);
  if (provider === 'GMAIL') google.consent.email = mailbox;
  else microsoft.consent.email = mailbox;
  const response = await server.request(ConnectForPush, { provider }, token);
  const consent = await fetch(response.data!.connectMailAccount.authorizationUrl, { redirect: 'manual' });
  const back = await fetch(consent.headers.get('location')!, { redirect: 'manual' });
  expect(new URL(back.headers.get('location')!).searchParams.get('mailConnect')).toBe('ok');
  // Push registration runs after the redirect.
  return eventually(() => server.database.orm.em.fork().findOne(MailAccountSchema, { emailAddress: mailbox, watchExpiresAt: { $ne: null } }));
}

async function postGmailPush(token: string | null, emailAddress: string) {
  return fetch(`${server.config.publicUrl}/webhooks/gmail`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ message: { data: Buffer.from(JSON.stringify({ emailAddress, historyId: 1 })).toString('base64'), messageId: '1' }, subscription: 'projects/p/subscriptions/s' }),
  });
}

describe('Gmail push', () => {
  it('registers a watch at connect, and a verified push marks the account due', async () => {
    const account = await connect('GMAIL', 'push-owner@applytrack.test', 'pushed@gmail.test');
    expect(account.watchId).toBe('projects/applytrack/topics/gmail');
    expect(google.counters.calls['users.watch']).toBeGreaterThanOrEqual(1);
    await server.database.orm.em.fork().nativeUpdate(MailAccountSchema, { id: account.id }, { nextSyncAt: null });
    const dueBefore = due.length;
    google.addMessage('pushed@gmail.test', { from: 'x@greenhouse.io', subject: 'Interview', text: 'Hi' });
    await google.settlePushes();
    expect(due.slice(dueBefore)).toContain(account.id);
    const row = await server.database.orm.em.fork().findOneOrFail(MailAccountSchema, { id: account.id });
    expect(row.nextSyncAt).not.toBeNull();
  });

  it('renewExpiringWatches renews a Gmail watch that ends within six days', async () => {
    const account = await connect('GMAIL', 'renew-owner@applytrack.test', 'renew@gmail.test');
    const em = server.database.orm.em.fork();
    await em.nativeUpdate(MailAccountSchema, {}, { watchExpiresAt: new Date(Date.now() + 30 * 86_400_000) });
    await em.nativeUpdate(MailAccountSchema, { id: account.id }, { watchExpiresAt: new Date(Date.now() + 86_400_000) });
    const watches = google.counters.calls['users.watch'] ?? 0;
    expect(await renewExpiringWatches(server.database.orm, server.config, createLogger('silent'))).toBe(1);
    expect(google.counters.calls['users.watch']).toBe(watches + 1);
    const renewed = await server.database.orm.em.fork().findOneOrFail(MailAccountSchema, { id: account.id });
    expect(renewed.watchExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
  });

  it('refuses a forged token, a wrong audience, a wrong service account and no token', async () => {
    await connect('GMAIL', 'forge-owner@applytrack.test', 'forged@gmail.test');
    const dueBefore = due.length;
    const stranger = await createPushSigner('emulator-google-1');
    const claims = { email: SERVICE_ACCOUNT, email_verified: true };
    const forged = await stranger.sign(claims, { issuer: 'https://accounts.google.com', audience: AUDIENCE });
    expect((await postGmailPush(forged, 'forged@gmail.test')).status).toBe(401);
    const wrongAudience = await google.signer.sign(claims, { issuer: 'https://accounts.google.com', audience: 'https://elsewhere.test/' });
    expect((await postGmailPush(wrongAudience, 'forged@gmail.test')).status).toBe(401);
    const wrongIssuer = await google.signer.sign(claims, { issuer: 'https://evil.test', audience: AUDIENCE });
    expect((await postGmailPush(wrongIssuer, 'forged@gmail.test')).status).toBe(401);
    const wrongAccount = await google.signer.sign({ email: 'someone@evil.test', email_verified: true }, { issuer: 'https://accounts.google.com', audience: AUDIENCE });
    expect((await postGmailPush(wrongAccount, 'forged@gmail.test')).status).toBe(403);
    expect((await postGmailPush(null, 'forged@gmail.test')).status).toBe(401);
    expect(due.length).toBe(dueBefore);
    const genuine = await google.signer.sign(claims, { issuer: 'https://accounts.google.com', audience: AUDIENCE });
    expect((await postGmailPush(genuine, 'forged@gmail.test')).status).toBe(204);
  });

  it('does not lose a message whose push came before it was readable, and takes duplicate pushes', async () => {
    const account = await connect('GMAIL', 'early-owner@applytrack.test', 'early@gmail.test');
    const ledger = new PageLedger();
    const since = new Date(Date.now() - 86_400_000);
    await ledger.drain(readerFor(server.database, server.config, account), since);

    const dueBefore = due.length;
    const early = google.addMessage('early@gmail.test', { from: 'x@lever.co', subject: 'Offer', text: 'Yes' }, { readable: false });
    await google.settlePushes();
    expect(due.slice(dueBefore)).toContain(account.id);
    await ledger.drain(readerFor(server.database, server.config, account), since);
    expect(ledger.applied.has(early.id)).toBe(false);

    early.reveal();
    // The push's recheck makes the account due once more; that sync reads the message.
    await eventually(() => due.slice(dueBefore).filter((id) => id === account.id).length >= 2);
    await ledger.drain(readerFor(server.database, server.config, account), since);
    expect(ledger.applied.has(early.id)).toBe(true);

    google.push.duplicate = true;
    try {
      google.addMessage('early@gmail.test', { from: 'x@lever.co', subject: 'Again', text: 'Yes' });
      await google.settlePushes();
    } finally {
      google.push.duplicate = false;
    }
    await ledger.drain(readerFor(server.database, server.config, account), since);
    expect([...ledger.deliveries.values()].every((n) => n === 1)).toBe(true);
  });
});

describe('Outlook change notifications', () => {
  it('subscribes at connect through the validation handshake, and a notification marks the account due', async () => {
    const account = await connect('OUTLOOK', 'ms-owner@applytrack.test', 'notified@outlook.test');
    const subscription = microsoft.subscriptions().find((s) => s.id === account.watchId)!;
    expect(subscription.notificationUrl).toBe(`${server.config.publicUrl}/webhooks/outlook`);
    expect(subscription.lifecycleNotificationUrl).toBe(subscription.notificationUrl);
    expect(subscription.resource).toBe("me/mailFolders('Inbox')/messages");
    expect(Date.parse(subscription.expirationDateTime)).toBeLessThanOrEqual(Date.now() + 4230 * 60_000);
    expect(microsoft.counters.validations).toBeGreaterThanOrEqual(1);

    const dueBefore = due.length;
    microsoft.addMessage('notified@outlook.test', { from: 'x@lever.co', subject: 'Interview', text: 'Hi' });
    await microsoft.settleNotifications();
    await eventually(() => due.slice(dueBefore).includes(account.id));
  });

  it('echoes validationToken as text/plain and refuses a wrong clientState', async () => {
    const account = await connect('OUTLOOK', 'ms-owner2@applytrack.test', 'checked@outlook.test');
    const echo = await fetch(`${server.config.publicUrl}/webhooks/outlook?validationToken=${encodeURIComponent('Validation: abc 123')}`, { method: 'POST' });
    expect(echo.status).toBe(200);
    expect(echo.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await echo.text()).toBe('Validation: abc 123');

    const dueBefore = due.length;
    const forged = await fetch(`${server.config.publicUrl}/webhooks/outlook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ value: [{ subscriptionId: account.watchId, clientState: 'guess', changeType: 'created', resource: 'x' }] }),
    });
    expect(forged.status).toBe(401);
    expect(due.length).toBe(dueBefore);
  });

  it('handles lifecycle events: missed → catch-up, subscriptionRemoved → recreate, reauthorizationRequired → renew', async () => {
    const account = await connect('OUTLOOK', 'ms-owner3@applytrack.test', 'lifecycle@outlook.test');
    let dueBefore = due.length;
    expect(await microsoft.sendLifecycle('lifecycle@outlook.test', 'missed')).toEqual([202]);
    await eventually(() => due.slice(dueBefore).includes(account.id));

    const patchesBefore = microsoft.counters.calls['subscriptions.update'] ?? 0;
    expect(await microsoft.sendLifecycle('lifecycle@outlook.test', 'reauthorizationRequired')).toEqual([202]);
    await eventually(() => (microsoft.counters.calls['subscriptions.update'] ?? 0) > patchesBefore);

    dueBefore = due.length;
    expect(await microsoft.sendLifecycle('lifecycle@outlook.test', 'subscriptionRemoved')).toEqual([202]);
    const recreated = await eventually(async () => {
      const row = await server.database.orm.em.fork().findOneOrFail(MailAccountSchema, { id: account.id });
      return row.watchId !== account.watchId && microsoft.subscriptions().some((s) => s.id === row.watchId) ? row : null;
    });
    expect(recreated.watchId).not.toBe(account.watchId);
    await eventually(() => due.slice(dueBefore).includes(account.id));
  });

  it('renewExpiringWatches renews what ends soon and recreates a subscription Graph no longer knows', async () => {
    const account = await connect('OUTLOOK', 'ms-owner4@applytrack.test', 'renewed@outlook.test');
    const em = server.database.orm.em.fork();
    const soon = new Date(Date.now() + 3600_000);
    await em.nativeUpdate(MailAccountSchema, {}, { watchExpiresAt: new Date(Date.now() + 10 * 86_400_000) });
    await em.nativeUpdate(MailAccountSchema, { id: account.id }, { watchExpiresAt: soon });
    const patches = microsoft.counters.calls['subscriptions.update'] ?? 0;
    expect(await renewExpiringWatches(server.database.orm, server.config, createLogger('silent'))).toBe(1);
    expect(microsoft.counters.calls['subscriptions.update']).toBe(patches + 1);
    const renewed = await server.database.orm.em.fork().findOneOrFail(MailAccountSchema, { id: account.id });
    expect(renewed.watchExpiresAt!.getTime()).toBeGreaterThan(soon.getTime());
    expect(renewed.watchId).toBe(account.watchId);

    await em.nativeUpdate(MailAccountSchema, { id: account.id }, { watchId: '00000000-0000-0000-0000-000000000000', watchExpiresAt: soon });
    await renewExpiringWatches(server.database.orm, server.config, createLogger('silent'));
    const recreated = await server.database.orm.em.fork().findOneOrFail(MailAccountSchema, { id: account.id });
    expect(microsoft.subscriptions().some((s) => s.id === recreated.watchId)).toBe(true);
  });
});
