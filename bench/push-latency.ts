/**
 * Push → subscriber latency: a Gmail push arrives at /webhooks/gmail, the server syncs the mailbox,
 * and a graphql-ws client sees the applicationStatusChanged it caused. Measured from the moment the
 * server receives the webhook request (an observer on its HTTP server) to the event at the client,
 * over BENCH_PUSHES (default 200) messages delivered one after another, each a confirmation from a
 * new employer. The server, the Google emulator and the client share this process.
 *
 *   DATABASE_URL=postgresql://… node bench/push-latency.ts
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { freePort } from '../src/db/free-port.ts';
import { openOrm } from '../src/db/orm.ts';
import { providerReaders, readerForAccount } from '../src/jobs/reader-for.ts';
import { createSyncScheduler } from '../src/jobs/sync-scheduler.ts';
import { createLogger } from '../src/logger.ts';
import { signUserToken } from '../src/modules/users/auth.ts';
import { findOrCreateUser } from '../src/modules/users/user.service.ts';
import { createPubSubHandle } from '../src/schema/pubsub.ts';
import { startGoogleEmulator } from '../test/emulators/google.ts';
import { createScratchDatabase } from './scratch-database.ts';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export async function runPushLatencyBench(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.log('\nPush latency bench skipped: it needs DATABASE_URL.');
    return;
  }
  const count = Number(process.env.BENCH_PUSHES ?? 200);
  const scratch = await createScratchDatabase(serverUrl);
  const google = await startGoogleEmulator();
  const orm = await openOrm(scratch.url);
  const port = await freePort();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'applytrack-bench-push-')),
    JWT_SECRET: randomBytes(32).toString('hex'),
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ...google.env(),
    GMAIL_QUOTA_UNITS_PER_SECOND: '0',
    GOOGLE_PUBSUB_TOPIC: 'projects/applytrack-bench/topics/gmail',
    GOOGLE_PUSH_SERVICE_ACCOUNT: google.push.serviceAccountEmail,
  });
  const log = createLogger('silent');
  const pubsub = createPubSubHandle(undefined);
  const scheduler = createSyncScheduler({ orm, pubsub: pubsub.pubsub, log, config, readerFor: readerForAccount(providerReaders({ orm, config, log })) });
  const app = buildApp({ config, orm, pubsub: pubsub.pubsub, log, onAccountDue: () => scheduler.wake() });
  await app.start(port, '127.0.0.1');
  scheduler.start();
  google.push.endpoint = `${config.publicUrl}/webhooks/gmail`;
  google.push.audience = config.gmailPush.audience;
  // An observer beside the app's own handler: when each webhook request reaches the server.
  const received: number[] = [];
  app.server.on('request', (req) => {
    if (req.method === 'POST' && req.url?.startsWith('/webhooks/gmail')) received.push(performance.now());
  });
  try {
    const email = 'push-bench@gmail.test';
    const { user } = await findOrCreateUser(orm.em.fork(), email);
    const token = await signUserToken(config.jwtSecret, user.id);
    google.addMailbox(email);
    google.consent.email = email;
    const connect = await fetch(`${config.publicUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation { connectMailAccount(provider: GMAIL) { authorizationUrl } }' }),
    });
    const { data } = (await connect.json()) as { data: { connectMailAccount: { authorizationUrl: string } } };
    const consent = await fetch(data.connectMailAccount.authorizationUrl, { redirect: 'manual' });
    await fetch(consent.headers.get('location')!, { redirect: 'manual' });
    for (let i = 0; i < 100 && (await orm.em.fork().execute<{ n: number }[]>(`select count(*)::int as n from mail_accounts where watch_expires_at is not null`))[0]!.n === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await scheduler.idle();

    const seen = new Map<string, number>();
    let wake: () => void = () => undefined;
    const client = createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    client.subscribe(
      { query: 'subscription { applicationStatusChanged { application { company } change { to } } }' },
      {
        next: ({ data: event }) => {
          seen.set((event as { applicationStatusChanged: { application: { company: string } } }).applicationStatusChanged.application.company, performance.now());
          wake();
        },
        error: (error) => console.error('subscription error', error),
        complete: () => undefined,
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 500));

    const latencies: number[] = [];
    const started = performance.now();
    for (let i = 0; i < count; i++) {
      const company = `Pushbench ${i.toString(36).padStart(3, '0')} Labs`;
      const before = received.length;
      google.addMessage(email, {
        from: `"${company} Recruiting" <no-reply@us.greenhouse-mail.io>`,
        subject: `Thank you for applying to ${company}`,
        text: `Hi,\n\nThank you for applying to the Backend Engineer position at ${company}. We have received your application and our team will review it.\n\n${company} Recruiting`,
      });
      // Bounded wait (30 s) for the event of this message.
      for (let waited = 0; !seen.has(company) && waited < 300; waited++) await new Promise<void>((resolve) => ((wake = resolve), setTimeout(resolve, 100)));
      if (!seen.has(company) || received.length === before) throw new Error(`no event for message ${i}`);
      latencies.push(seen.get(company)! - received[before]!);
    }
    const wallMs = performance.now() - started;
    const sorted = [...latencies].sort((a, b) => a - b);
    console.log(`\nPush → subscriber latency (webhook received → applicationStatusChanged at a graphql-ws client), ${count} messages one after another`);
    console.log(`  p50 ${percentile(sorted, 50).toFixed(0)} ms, p90 ${percentile(sorted, 90).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms; ${(wallMs / 1000).toFixed(1)} s in all`);
    await client.dispose();
  } finally {
    await scheduler.stop();
    await app.stop();
    await pubsub.close();
    await orm.close(true);
    await google.close();
    await scratch.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runPushLatencyBench();
