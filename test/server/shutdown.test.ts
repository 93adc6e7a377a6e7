import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startEmbeddedPostgres } from '../../src/db/embedded.ts';
import { createLogger } from '../../src/logger.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { READY_AT, removeDataDir, runNode, serverEnvironment, startServerProcess } from './server-process.ts';

/**
 * SIGTERM during a burst of mutations, with the embedded PostgreSQL and with DATABASE_URL: the server
 * drains and exits 0, every mutation it answered with success is stored, and a subscribed client
 * sees the WebSocket closed with 1001 (going away), not a reset (1006).
 */
const WORKERS = 4;
const MAX_REQUESTS_PER_WORKER = 300;
const SIGTERM_AFTER_ACKNOWLEDGED = 12;

const dataDirs: string[] = [];
const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const database of databases) await database.drop();
  for (const dataDir of dataDirs) await removeDataDir(dataDir);
});

function applicationId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;
}

async function sigtermDuringBurst(databaseUrl: string | null) {
  const dataDir = await mkdtemp(join(tmpdir(), 'applytrack-shutdown-'));
  dataDirs.push(dataDir);
  const env = serverEnvironment(dataDir, 0, databaseUrl ? { DATABASE_URL: databaseUrl } : {});
  const server = startServerProcess(env);
  const port = await server.ready;
  const token = await runNode(['src/cli/token.ts', '--email', 'burst@example.com'], env);
  expect(token.code).toBe(0);
  const authorization = `Bearer ${token.stdout.trim()}`;

  const subscriber = createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
  });
  const connected = new Promise<void>((resolve) => subscriber.on('connected', () => resolve()));
  const closed = new Promise<{ code: number }>((resolve) => subscriber.on('closed', (event) => resolve(event as { code: number })));
  subscriber.subscribe({ query: 'subscription { applicationStatusChanged { application { id } } }' }, { next() {}, error() {}, complete() {} });
  await connected;

  const acknowledged: string[] = [];
  // Answers that are not a success: a drain that closed the database before its requests finished shows here.
  const failedAnswers: unknown[] = [];
  let signalled = false;
  const worker = async (w: number) => {
    for (let i = 0; i < MAX_REQUESTS_PER_WORKER; i++) {
      let body: { data?: { createApplication?: { id: string } } };
      try {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body: JSON.stringify({ query: `mutation { createApplication(input: {company: "Burst ${w}-${i}", jobTitle: "Engineer"}) { id } }` }),
        });
        body = (await response.json()) as typeof body;
      } catch {
        return; // refused: the server stopped accepting
      }
      const id = body.data?.createApplication?.id;
      if (!id) {
        failedAnswers.push(body);
        return;
      }
      acknowledged.push(applicationId(id));
      if (!signalled && acknowledged.length >= SIGTERM_AFTER_ACKNOWLEDGED) {
        signalled = true;
        server.child.kill('SIGTERM');
      }
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
  expect(signalled).toBe(true);
  expect(failedAnswers).toEqual([]);
  expect(await server.exited).toBe(0);
  expect(server.output()).toContain('stopped cleanly');
  expect(server.output()).not.toContain('drain timed out');
  expect((await closed).code).toBe(1001);
  await subscriber.dispose();

  // Read back what was stored, from the same database the server used.
  let url = databaseUrl;
  const embedded = url ? null : await startEmbeddedPostgres(dataDir, createLogger('silent'));
  url ??= embedded!.url;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`select id from applications where company like 'Burst %'`);
    const stored = new Set(rows.map((row) => row.id));
    expect(acknowledged.length).toBeGreaterThanOrEqual(SIGTERM_AFTER_ACKNOWLEDGED);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  } finally {
    await client.end();
    await embedded?.stop();
  }
}

describe('SIGTERM during a burst of mutations', () => {
  it('with the embedded PostgreSQL: exits 0, keeps every acknowledged mutation, closes WebSockets with 1001', async () => {
    await sigtermDuringBurst(null);
  }, 120_000);

  it('with DATABASE_URL: exits 0, keeps every acknowledged mutation, closes WebSockets with 1001', async () => {
    const database = await createTestDatabase();
    databases.push(database);
    await sigtermDuringBurst(database.url);
  }, 120_000);

  it('sent to `npm start` (as a service manager does) reaches the server, which drains and exits 0', async () => {
    const database = await createTestDatabase();
    databases.push(database);
    const dataDir = await mkdtemp(join(tmpdir(), 'applytrack-npm-start-'));
    dataDirs.push(dataDir);
    const npm = spawn('npm', ['start', '--silent'], {
      env: serverEnvironment(dataDir, 0, { DATABASE_URL: database.url }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = once(npm, 'exit');
    for (let i = 0; i < 1200 && !output.includes('ready at'); i++) await sleep(100);
    expect(output).toContain('ready at');
    const port = Number(READY_AT.exec(output)?.[1]);
    npm.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    expect(output).toContain('stopped cleanly');
    expect(code).toBe(0);
    // Nothing is left listening: the server itself stopped, not only npm.
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  }, 120_000);
});
