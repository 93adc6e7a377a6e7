/**
 * Idle subscribers and live events beside bare graphql-yoga + graphql-ws, in one run (issue 11).
 * The project (`src/main.ts` on a scratch database of DATABASE_URL's PostgreSQL) and the anchor
 * (bench/anchors/bare-yoga-ws.ts) each run as a child process; the clients run in another child
 * (bench/support/subscriber-clients.ts): real graphql-ws clients, one socket per user, each subscribed
 * to applicationStatusChanged. For N = 1,000 / 5,000 / 10,000 connected users (added in steps):
 *   - server memory per connection: RSS and heap (after a forced GC) above the idle server, / N;
 *   - owner event: a status move (updateApplication over HTTP) of one user until that user's client
 *     has the event, one after another over BENCH_EVENTS users (default 1,000: the p99 of 200 events is
 *     the second-worst one, and swung 11-43 ms between runs of the same build) while the others stay
 *     connected; p50 / p99;
 *   - 50 tabs: one user with 50 sockets, the time until all 50 have the event (BENCH_TAB_ROUNDS rounds).
 * Prints both servers side by side with ratios; asserts nothing.
 *
 *   DATABASE_URL=postgresql://… node bench/subscribers.ts
 *   BENCH_SUBSCRIBERS=1000,5000 BENCH_EVENTS=100 node bench/subscribers.ts
 *   BENCH_REDIS=1 …   the project with REDIS_URL (events through Redis)
 *   BENCH_MEMORY_DETAIL=1 …   prints each memory sample (rss, heapUsed, heapTotal, external)
 *   BENCH_HEAP_SNAPSHOT_DIR=dir …   writes a heap snapshot at each sample (idle, then each N)
 *   BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=dir' …   extra node flags for both servers (profiles, --trace-gc)
 *   BENCH_SERVER_STDOUT=dir …   copies each server's standard output to dir/NAME.log (what --trace-gc prints)
 * RSS per connection moves by a few KB from run to run (V8 grows into space it kept from start-up);
 * the heap after a forced GC is the steadier figure.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeGlobalID } from '@pothos/plugin-relay';
import pg from 'pg';
import { freePort } from '../src/db/free-port.ts';
import { signUserToken } from '../src/modules/users/auth.ts';
import { createScratchDatabase } from './scratch-database.ts';
import type { BenchUser, ClientCommand, ClientReply } from './support/subscriber-clients.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const STEPS = (process.env.BENCH_SUBSCRIBERS ?? '1000,5000,10000').split(',').map(Number);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1000);
const TABS = 50;
const TAB_ROUNDS = Number(process.env.BENCH_TAB_ROUNDS ?? 20);
const CONNECT_BATCH = 200;
const WARM_UP_USERS = 50;
const NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : Number.NaN;
};

interface Memory {
  rss: number;
  heapUsed: number;
}

interface ServerUnderTest {
  name: string;
  child: ChildProcess;
  url: string;
  /** Subscriptions the server runs now. */
  subscriptions(): Promise<number>;
  memory(): Promise<Memory>;
  stop(): Promise<void>;
}

interface StepFigures {
  n: number;
  connectPerSecond: number;
  failed: number;
  rssMb: number;
  rssKbPer: number;
  heapKbPer: number;
  eventP50: number;
  eventP99: number;
  mutationP50: number;
  mutationP99: number;
  afterAnswerP50: number;
  afterAnswerP99: number;
  missed: number;
  tabsP50: number;
  tabsMax: number;
}

/** Starts a server script with the memory probe preloaded; resolves once /healthz (or `readyPath`) answers. */
async function startServer(name: string, script: string, env: NodeJS.ProcessEnv, readyPath: string, countSubscriptions: (url: string) => Promise<number>): Promise<ServerUnderTest> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--expose-gc', ...NODE_ARGS, '--import', './bench/support/memory-probe.ts', script], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const probes: ((memory: Memory) => void)[] = [];
  const copy = process.env.BENCH_SERVER_STDOUT ? createWriteStream(join(process.env.BENCH_SERVER_STDOUT, `${name}.log`)) : null;
  child.stdout!.on('data', (chunk: Buffer) => {
    copy?.write(chunk);
    output = (output + chunk.toString()).slice(-100_000);
    for (let match; (match = /memory-probe (\{.*\})\n/.exec(output)); ) {
      output = output.slice(match.index + match[0].length);
      const sample = JSON.parse(match[1]!) as Memory;
      if (process.env.BENCH_MEMORY_DETAIL) console.log(name, match[1]);
      probes.shift()?.(sample);
    }
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (await fetch(`${url}${readyPath}`).then((r) => r.ok, () => false)) break;
    if (child.exitCode !== null || i > 600) throw new Error(`${name} did not start (exit ${child.exitCode})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    name,
    child,
    url,
    subscriptions: () => countSubscriptions(url),
    memory: () =>
      new Promise((resolve) => {
        probes.push(resolve);
        child.kill('SIGUSR2');
      }),
    async stop() {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

async function projectSubscriptions(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/^graphql_subscriptions_active (\d+)/m.exec(text)?.[1] ?? 0);
}

async function anchorSubscriptions(url: string): Promise<number> {
  return ((await (await fetch(`${url}/count`)).json()) as { subscriptions: number }).subscriptions;
}

/** Users, one application each, inserted in bulk; tokens signed with the servers' secret. */
async function seedUsers(databaseUrl: string, count: number, jwtSecret: string): Promise<BenchUser[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const users: BenchUser[] = [];
  try {
    for (let from = 0; from < count; from += 1000) {
      const ids = Array.from({ length: Math.min(1000, count - from) }, () => [randomUUID(), randomUUID()] as const);
      await client.query(
        `insert into users (id, email, name, created_at) select id, 'bench-' || id || '@example.com', 'Bench', now() from unnest($1::uuid[]) as id`,
        [ids.map(([user]) => user)],
      );
      await client.query(
        `insert into applications (id, user_id, company, job_title, status, source, created_at, updated_at)
         select app, usr, 'Bench Co', 'Engineer', 'APPLIED', 'MANUAL', now(), now() from unnest($1::uuid[], $2::uuid[]) as t(app, usr)`,
        [ids.map(([, app]) => app), ids.map(([user]) => user)],
      );
      for (const [user, app] of ids) users.push({ token: await signUserToken(jwtSecret, user), applicationId: encodeGlobalID('Application', app) });
    }
  } finally {
    await client.end();
  }
  return users;
}

function startClients(url: string): { ask(command: ClientCommand): Promise<ClientReply>; stop(): void } {
  const child = fork(join(root, 'bench/support/subscriber-clients.ts'), [], {
    cwd: root,
    env: { ...process.env, BENCH_HTTP_URL: url },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  return {
    ask: (command) =>
      new Promise((resolve, reject) => {
        child.once('message', (reply: ClientReply) => (reply.cmd === 'error' ? reject(new Error(reply.message)) : resolve(reply)));
        child.send(command);
      }),
    stop: () => child.kill('SIGTERM'),
  };
}

async function waitForSubscriptions(server: ServerUnderTest, count: number): Promise<number> {
  let seen = 0;
  for (let i = 0; i < 600 && (seen = await server.subscriptions()) < count; i++) await new Promise((resolve) => setTimeout(resolve, 100));
  return seen;
}

async function measure(server: ServerUnderTest, users: BenchUser[], tabUser: BenchUser): Promise<StepFigures[]> {
  const clients = startClients(server.url);
  const figures: StepFigures[] = [];
  try {
    // Warm-up (JIT, pools, caches), then the idle server's memory.
    const warm = users.slice(0, WARM_UP_USERS);
    const warmConnect = (await clients.ask({ cmd: 'connect', users: warm, batch: CONNECT_BATCH })) as Extract<ClientReply, { cmd: 'connect' }>;
    if (warmConnect.failed) throw new Error(`${server.name}: warm-up connections failed, e.g. ${warmConnect.firstFailure}`);
    await waitForSubscriptions(server, warm.length);
    await clients.ask({ cmd: 'events', indexes: warm.map((_, i) => i) });
    await clients.ask({ cmd: 'close' });
    for (let i = 0; i < 100 && (await server.subscriptions()) > 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const idle = await server.memory();

    let connected = 0;
    for (const n of STEPS) {
      const adding = users.slice(connected, n);
      const connect = (await clients.ask({ cmd: 'connect', users: adding, batch: CONNECT_BATCH })) as Extract<ClientReply, { cmd: 'connect' }>;
      if (connect.failed) console.log(`  ${server.name}: ${connect.failed} of ${adding.length} connections failed, e.g. ${connect.firstFailure}`);
      connected = n;
      const running = await waitForSubscriptions(server, n - connect.failed);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const memory = await server.memory();
      const live = n - connect.failed;
      // Owner events spread over every connected user, one after another.
      const indexes = Array.from({ length: EVENTS }, (_, i) => Math.floor((i * live) / EVENTS));
      const events = (await clients.ask({ cmd: 'events', indexes })) as Extract<ClientReply, { cmd: 'events' }>;
      const tabs = (await clients.ask({ cmd: 'tabs', user: tabUser, tabs: TABS, rounds: TAB_ROUNDS })) as Extract<ClientReply, { cmd: 'tabs' }>;
      figures.push({
        n: running,
        connectPerSecond: adding.length / (connect.ms / 1000),
        failed: connect.failed,
        rssMb: memory.rss / 2 ** 20,
        rssKbPer: (memory.rss - idle.rss) / 1024 / live,
        heapKbPer: (memory.heapUsed - idle.heapUsed) / 1024 / live,
        eventP50: percentile(events.eventMs, 50),
        eventP99: percentile(events.eventMs, 99),
        mutationP50: percentile(events.mutationMs, 50),
        mutationP99: percentile(events.mutationMs, 99),
        afterAnswerP50: percentile(events.afterAnswerMs, 50),
        afterAnswerP99: percentile(events.afterAnswerMs, 99),
        missed: events.missed + tabs.missed,
        tabsP50: percentile(tabs.allMs, 50),
        tabsMax: Math.max(...tabs.allMs),
      });
    }
    await clients.ask({ cmd: 'close' });
  } finally {
    clients.stop();
  }
  return figures;
}

function printTable(project: StepFigures[], anchor: StepFigures[]) {
  const f = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
  const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '—');
  console.log(
    `${'server'.padEnd(8)} ${'N'.padStart(6)} ${'conn/s'.padStart(7)} ${'RSS MB'.padStart(7)} ${'KB/conn RSS'.padStart(11)} ${'KB/conn heap'.padStart(12)} ${'event p50'.padStart(9)} ${'p99 ms'.padStart(7)} ${'mutation p50'.padStart(12)} ${'p99'.padStart(5)} ${'after answer p50'.padStart(16)} ${'p99'.padStart(5)} ${'50 tabs p50'.padStart(11)} ${'max ms'.padStart(7)} ${'missed'.padStart(6)}`,
  );
  for (let i = 0; i < Math.max(project.length, anchor.length); i++) {
    for (const [name, row] of [
      ['project', project[i]],
      ['bare', anchor[i]],
    ] as const) {
      if (!row) continue;
      console.log(
        `${name.padEnd(8)} ${String(row.n).padStart(6)} ${f(row.connectPerSecond, 0).padStart(7)} ${f(row.rssMb, 0).padStart(7)} ${f(row.rssKbPer).padStart(11)} ${f(row.heapKbPer).padStart(12)} ${f(row.eventP50).padStart(9)} ${f(row.eventP99).padStart(7)} ${f(row.mutationP50).padStart(12)} ${f(row.mutationP99).padStart(5)} ${f(row.afterAnswerP50).padStart(16)} ${f(row.afterAnswerP99).padStart(5)} ${f(row.tabsP50).padStart(11)} ${f(row.tabsMax).padStart(7)} ${String(row.missed).padStart(6)}`,
      );
    }
    const p = project[i];
    const a = anchor[i];
    if (p && a) {
      console.log(
        `${'ratio'.padEnd(8)} ${''.padStart(6)} ${ratio(p.connectPerSecond, a.connectPerSecond).padStart(7)} ${''.padStart(7)} ${ratio(p.rssKbPer, a.rssKbPer).padStart(11)} ${ratio(p.heapKbPer, a.heapKbPer).padStart(12)} ${ratio(p.eventP50, a.eventP50).padStart(9)} ${ratio(p.eventP99, a.eventP99).padStart(7)} ${''.padStart(12)} ${''.padStart(5)} ${''.padStart(16)} ${''.padStart(5)} ${ratio(p.tabsP50, a.tabsP50).padStart(11)}`,
      );
    }
  }
}

export async function runSubscribersBench(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.log('\nSubscribers bench skipped: the project runs on a scratch database of DATABASE_URL.');
    return;
  }
  const scratch = await createScratchDatabase(serverUrl);
  const jwtSecret = randomBytes(32).toString('hex');
  const dataDir = mkdtempSync(join(tmpdir(), 'applytrack-bench-subscribers-'));
  const servers: ServerUnderTest[] = [];
  try {
    const project = await startServer(
      'project',
      'src/main.ts',
      {
        DATABASE_URL: scratch.url,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        JWT_SECRET: jwtSecret,
        TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        DATA_DIR: dataDir,
        REDIS_URL: process.env.BENCH_REDIS ? process.env.REDIS_URL : '',
        // Thousands of users connecting from a few loopback addresses within seconds: measure the live path, not the limiter.
        RATE_LIMIT_USER_PER_MINUTE: '100000000',
        RATE_LIMIT_ADDRESS_PER_MINUTE: '100000000',
      },
      '/readyz',
      projectSubscriptions,
    );
    servers.push(project);
    const max = Math.max(...STEPS);
    const seedStarted = performance.now();
    const users = await seedUsers(scratch.url, max + 1, jwtSecret);
    const tabUser = users.pop()!;
    console.log(`\nIdle subscribers and owner events (issue 11): ${max} users seeded and their tokens signed in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
    const projectFigures = await measure(project, users, tabUser);
    await project.stop();
    servers.pop();

    const anchor = await startServer('bare', 'bench/anchors/bare-yoga-ws.ts', { JWT_SECRET: jwtSecret }, '/count', anchorSubscriptions);
    servers.push(anchor);
    const anchorFigures = await measure(anchor, users, tabUser);

    console.log(
      `graphql-ws clients in another process, connects in batches of ${CONNECT_BATCH}; ${EVENTS} owner events one after another (updateApplication sent → event at the owner's client); ` +
        `the mutation's own answer time beside it, and the event's arrival after that answer (the live path alone); ${TABS} tabs of one user × ${TAB_ROUNDS} rounds (move sent → all ${TABS} have it); memory after a forced GC, above the idle server. ` +
        `Project pubsub: ${process.env.BENCH_REDIS ? 'Redis' : 'in-process'}.`,
    );
    printTable(projectFigures, anchorFigures);
    console.log('goals: ≤ 30 KB/connection, owner-event p99 ≤ 20 ms at 10,000, 50 tabs all within 50 ms');
  } finally {
    for (const server of servers) await server.stop();
    await scratch.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runSubscribersBench();
