/**
 * npm run demo: the server against an emulated Gmail (test/emulators/google.ts) with a demo user's
 * mailbox connected through the real OAuth flow, into which recruiter mail arrives every few
 * seconds. Embedded PostgreSQL under DATA_DIR (default .data-demo, its own) unless DATABASE_URL.
 * Each delivery reaches the server as a Gmail Pub/Sub push (/webhooks/gmail, signed like Google's);
 * should a push not go out (no watch yet), the demo presses "Sync Mail" (syncMail) instead.
 * Ctrl-C stops everything. DEMO_INTERVAL_SECONDS (default 6) paces the mail.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { connectDatabase } from '../src/db/connect.ts';
import { providerReaders, readerForAccount } from '../src/jobs/reader-for.ts';
import { createSyncScheduler } from '../src/jobs/sync-scheduler.ts';
import { createLogger } from '../src/logger.ts';
import { signUserToken } from '../src/modules/users/auth.ts';
import { findOrCreateUser } from '../src/modules/users/user.service.ts';
import { createPubSubHandle } from '../src/schema/pubsub.ts';
import { startGoogleEmulator } from '../test/emulators/google.ts';
import { fixtureMailbox } from '../test/e2e/support/eml-input.ts';
import { gmailMailbox } from '../test/e2e/support/gmail-mailbox.ts';

const SUBSCRIPTION = `subscription {
  applicationStatusChanged {
    application { company jobTitle status }
    change { from to cause evidence }
  }
}`;

const intervalMs = Number(process.env.DEMO_INTERVAL_SECONDS ?? 6) * 1000;
const port = process.env.PORT ?? '4000';
const google = await startGoogleEmulator();
const config = loadConfig({
  LOG_LEVEL: 'warn',
  DATA_DIR: '.data-demo',
  PUBLIC_URL: `http://localhost:${port}`,
  ...process.env,
  ...google.env(),
  PORT: port,
  APP_URL: `http://localhost:${port}/graphql`,
  // The emulator has no quota to respect.
  GMAIL_QUOTA_UNITS_PER_SECOND: '0',
  // Push: users.watch publishes to this topic; the emulator delivers it to /webhooks/gmail.
  GOOGLE_PUBSUB_TOPIC: 'projects/applytrack-demo/topics/gmail',
  GOOGLE_PUSH_SERVICE_ACCOUNT: google.push.serviceAccountEmail,
});
google.push.endpoint = `${config.publicUrl}/webhooks/gmail`;
google.push.audience = config.gmailPush.audience;
const log = createLogger(config.logLevel);
const database = await connectDatabase(config, log);
const pubsub = createPubSubHandle(config.redisUrl, { log });
const scheduler = createSyncScheduler({ orm: database.orm, pubsub: pubsub.pubsub, log, config, readerFor: readerForAccount(providerReaders({ orm: database.orm, config, log })) });
const app = buildApp({ config, orm: database.orm, pubsub: pubsub.pubsub, log, onAccountDue: () => scheduler.wake() });
const { url } = await app.start(config.port);
scheduler.start();
const graphqlUrl = `${config.publicUrl}/graphql`;

async function graphql<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors[0])}`);
  return body.data!;
}

// A new demo person each run, so a kept DATA_DIR never shows an earlier run's dashboard.
const email = `demo+${Date.now().toString(36)}@applytrack.test`;
const { user } = await findOrCreateUser(database.orm.em.fork(), email, 'Demo Candidate');
const token = await signUserToken(config.jwtSecret, user.id);
const mailbox = gmailMailbox(google, email);

// The real connect flow, as a browser would walk it: connectMailAccount → consent → our callback.
google.consent.email = email;
const { connectMailAccount } = await graphql<{ connectMailAccount: { authorizationUrl: string } }>(
  'mutation { connectMailAccount(provider: GMAIL) { authorizationUrl } }',
  {},
  token,
);
const consent = await fetch(connectMailAccount.authorizationUrl, { redirect: 'manual' });
const callback = await fetch(consent.headers.get('location')!, { redirect: 'manual' });
const accountId = new URL(callback.headers.get('location')!).searchParams.get('account');
if (!accountId) throw new Error(`connecting the demo mailbox failed: ${callback.headers.get('location')}`);

console.log(`
ApplyTrack Mail Sync demo — server ${url}, emulated Gmail ${google.baseUrl}

  GraphiQL:  ${graphqlUrl}
  Headers:   {"Authorization": "Bearer ${token}"}

Paste into GraphiQL (Headers tab as above) and watch statuses move:

${SUBSCRIPTION}

  or: query { applications { edges { node { company jobTitle status } } } syncStatus { activeThreadCount } }

Mail arrives in ${email}'s inbox every ${intervalMs / 1000} s. Ctrl-C stops.
`);

// The demo's own subscriber, so the terminal shows the moves too.
const ws = createClient({ url: graphqlUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` } });
ws.subscribe(
  { query: SUBSCRIPTION },
  {
    next: ({ data }) => {
      const event = (data as { applicationStatusChanged: { application: { company: string; jobTitle: string }; change: { from: string | null; to: string } } }).applicationStatusChanged;
      console.log(`  ✓ ${event.application.company} — ${event.application.jobTitle}: ${event.change.from ?? '(new)'} → ${event.change.to}`);
    },
    error: (error) => console.error('subscription error', error),
    complete: () => undefined,
  },
);

// The recruiter story of test/fixtures/mailboxes/history: confirmations, a job alert, a newsletter,
// an interview, the candidate's reply, dinner plans, a rejection, a technical round, an offer.
const story = await fixtureMailbox();
let next = 0;
let timer: NodeJS.Timeout | null = null;
async function deliverNext(): Promise<void> {
  const message = story[next++];
  if (!message) {
    console.log('All demo mail delivered; the server keeps running (Ctrl-C stops).');
    return;
  }
  const pushesBefore = google.counters.pushesSent;
  mailbox.deliver({ ...message.input, date: new Date() });
  await google.settlePushes();
  const pushed = google.counters.pushesSent > pushesBefore;
  console.log(`→ mail${pushed ? ' (push)' : ''}: "${message.input.subject}" from ${message.input.from}`);
  if (!pushed) await graphql('mutation($id: ID) { syncMail(accountId: $id) { state } }', { id: accountId }, token);
  timer = setTimeout(() => void deliverNext().catch((error: unknown) => console.error(error)), intervalMs);
}
timer = setTimeout(() => void deliverNext().catch((error: unknown) => console.error(error)), intervalMs);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the demo…`);
  if (timer) clearTimeout(timer);
  await ws.dispose();
  await scheduler.stop();
  await app.stop();
  await pubsub.close();
  await database.close();
  await google.close();
  console.log('demo stopped');
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
