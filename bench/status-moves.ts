/**
 * Status moves under concurrency, through a real server: N parallel updateApplication on ONE
 * application (they queue on its row lock) against N on N different applications (no contention),
 * and the time from a move's answer to its subscription event (outbox → relay → in-process pubsub).
 * Uses a database of its own: a new one on DATABASE_URL's server (dropped after), else an embedded
 * PostgreSQL in a temporary DATA_DIR. Prints the figures; asserts nothing beyond the chain being whole.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from 'graphql-ws';
import { createScratchDatabase } from './scratch-database.ts';
import WebSocket from 'ws';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { connectDatabase } from '../src/db/connect.ts';
import { createLogger } from '../src/logger.ts';
import { signUserToken } from '../src/modules/users/auth.ts';
import { findOrCreateUser } from '../src/modules/users/user.service.ts';
import { createPubSubHandle } from '../src/schema/pubsub.ts';

const STATUSES = ['INTERVIEWING', 'TECHNICAL_ROUND', 'OFFER_EXTENDED', 'REJECTED', 'APPLIED'];

async function withOwnDatabase<T>(run: (databaseUrl: string | undefined, dataDir: string) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'applytrack-bench-moves-'));
  const serverUrl = process.env.DATABASE_URL;
  const scratch = serverUrl ? await createScratchDatabase(serverUrl) : null;
  try {
    return await run(scratch?.url, dataDir);
  } finally {
    await scratch?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
const ms = (value: number) => `${value.toFixed(0)} ms`;

export async function runStatusMovesBench(parallel = 20, rounds = 5): Promise<void> {
  await withOwnDatabase(async (databaseUrl, dataDir) => {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      PORT: '0',
      JWT_SECRET: randomBytes(32).toString('hex'),
      TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    });
    const log = createLogger('warn');
    const database = await connectDatabase(config, log);
    const pubsub = createPubSubHandle(undefined, { log });
    const app = buildApp({ config, orm: database.orm, pubsub: pubsub.pubsub, log });
    const { port } = await app.start(0, '127.0.0.1');
    const url = `http://127.0.0.1:${port}/graphql`;
    try {
      const { user } = await findOrCreateUser(database.orm.em.fork(), 'bench@example.com');
      const token = await signUserToken(config.jwtSecret, user.id);
      const graphql = async (query: string, variables: Record<string, unknown> = {}) => {
        const started = performance.now();
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as { data?: any; errors?: unknown[] };
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        return { data: body.data, elapsed: performance.now() - started };
      };
      const create = async (company: string) =>
        (await graphql('mutation($c: String!) { createApplication(input: { company: $c, jobTitle: "Engineer" }) { id } }', { c: company })).data
          .createApplication.id as string;
      const update = (id: string, status: string) =>
        graphql('mutation($id: ID!, $s: ApplicationStatus!) { updateApplication(input: { id: $id, status: $s }) { status } }', { id, s: status });

      const oneWall: number[] = [];
      const oneEach: number[] = [];
      const manyWall: number[] = [];
      const manyEach: number[] = [];
      let chainsWhole = true;
      for (let round = 0; round < rounds; round++) {
        const one = await create(`One ${round}`);
        let started = performance.now();
        const contended = await Promise.all(Array.from({ length: parallel }, (_, i) => update(one, STATUSES[i % STATUSES.length]!)));
        oneWall.push(performance.now() - started);
        oneEach.push(...contended.map((r) => r.elapsed));
        const { data } = await graphql('query($id: ID!) { node(id: $id) { ... on Application { status statusHistory { from to } } } }', { id: one });
        const history = data.node.statusHistory as { from: string | null; to: string }[];
        chainsWhole &&= history.every((row, i) => i === 0 || row.from === history[i - 1]!.to) && history.at(-1)!.to === data.node.status;

        const many = await Promise.all(Array.from({ length: parallel }, (_, i) => create(`Many ${round}-${i}`)));
        started = performance.now();
        const spread = await Promise.all(many.map((id) => update(id, 'INTERVIEWING')));
        manyWall.push(performance.now() - started);
        manyEach.push(...spread.map((r) => r.elapsed));
      }

      // Answer of the mutation → event at a subscriber (outbox row committed, NOTIFY, relay, pubsub).
      const client = createClient({ url: url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` } });
      const events = client.iterate({ query: 'subscription { applicationStatusChanged { change { to } } }' });
      const target = await create('Latency');
      // Warm-up: the subscription is in place once an event reaches it (moves before that go unheard).
      const pending = events.next();
      for (let attempt = 0, arrived = false; !arrived && attempt < 20; attempt++) {
        await update(target, attempt % 2 ? 'APPLIED' : 'INTERVIEWING');
        arrived = await Promise.race([pending.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 500))]);
      }
      const latencies: number[] = [];
      for (let i = 0; i < parallel; i++) {
        const next = events.next();
        await update(target, STATUSES[(i + 1) % STATUSES.length]!);
        const answered = performance.now();
        await next;
        latencies.push(performance.now() - answered);
      }
      await events.return?.();
      await client.dispose();

      console.log(`\nstatus moves through the server (${databaseUrl ? 'PostgreSQL at DATABASE_URL' : 'embedded PostgreSQL'}), ${rounds} rounds of ${parallel} parallel updateApplication`);
      console.log(`  one application (row lock):   wall median ${ms(percentile(oneWall, 0.5))}; per request p50 ${ms(percentile(oneEach, 0.5))}, p95 ${ms(percentile(oneEach, 0.95))}; chain whole: ${chainsWhole ? 'yes' : 'NO'}`);
      console.log(`  ${parallel} applications (no contention): wall median ${ms(percentile(manyWall, 0.5))}; per request p50 ${ms(percentile(manyEach, 0.5))}, p95 ${ms(percentile(manyEach, 0.95))}`);
      console.log(`  mutation answered → subscription event (outbox relay, in-process pubsub): p50 ${ms(percentile(latencies, 0.5))}, max ${ms(Math.max(...latencies))} over ${latencies.length}`);
    } finally {
      await app.stop();
      await pubsub.close();
      await database.close();
    }
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runStatusMovesBench();
