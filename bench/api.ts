/**
 * API throughput beside bare graphql-yoga, in one run on one PostgreSQL (issue: "Performance").
 * Three servers run as child processes — bare yoga `{ hello }`, bare yoga + pg serving the same page
 * of 50 applications, and the project (`src/main.ts`) — and autocannon (50 connections) loads each
 * in turn from this process, each operation right after its anchor. Prints rps, p50/p99, the ratio to
 * the anchor with the goal, the project's event-loop delay p99 and each server's CPU time per
 * request; asserts nothing.
 *
 *   DATABASE_URL=postgresql://… node bench/api.ts        (BENCH_SECONDS, default 10 per row)
 *
 * Profiling: BENCH_PROJECT_NODE_FLAGS="--cpu-prof --cpu-prof-dir=prof" starts the project with those
 * node flags (the profile is written when it stops), and BENCH_ONLY=viewer (a part of a row's name)
 * loads only the matching project rows, so that one profile shows one operation.
 * Before/after: BENCH_BASELINE_ROOT=<an older checkout with node_modules> adds its rows beside the project's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { signUserToken } from '../src/modules/users/auth.ts';
import { freePort } from '../src/db/free-port.ts';
import { createScratchDatabase } from './scratch-database.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const APPLICATIONS = 200;

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** The server's event-loop delay p99 over the measured seconds, when it exports one. */
  eventLoopP99Ms?: number;
  /** The server process's CPU time per answered request (Linux), steadier than rps on a shared machine. */
  cpuUsPerRequest?: number;
}

async function startChild(
  script: string,
  env: NodeJS.ProcessEnv,
  readyText: string,
  nodeFlags: string[] = [],
  cwd = root,
): Promise<{ child: ChildProcess; port: number; pid?: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, script], { cwd, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(readyText)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}:\n${output}`)));
  });
  child.stdout!.resume();
  return { child, port, pid: child.pid };
}

async function load(name: string, { port, pid }: { port: number; pid?: number }, body: unknown, token?: string): Promise<Row> {
  const options = {
    url: `http://127.0.0.1:${port}/graphql`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
    connections: CONNECTIONS,
  };
  await autocannon({ ...options, duration: Math.min(2, seconds) }); // warm-up: JIT, pools, caches
  const measuresLoop = !name.startsWith('before');
  // prom-client (and the anchors' bench/anchors/loop-delay.ts) reset its monitorEventLoopDelay histogram on every scrape: this one starts the window.
  if (measuresLoop) await eventLoopP99Ms(port);
  const cpuBefore = cpuSeconds(pid);
  const result = await autocannon({ ...options, duration: seconds });
  const cpuAfter = cpuSeconds(pid);
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    eventLoopP99Ms: measuresLoop ? await eventLoopP99Ms(port) : undefined,
    cpuUsPerRequest: cpuBefore !== null && cpuAfter !== null ? ((cpuAfter - cpuBefore) * 1e6) / result.requests.total : undefined,
  };
}

/** User + system CPU seconds of a process from /proc (Linux; null elsewhere). */
function cpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th, in clock ticks.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
const CLOCK_TICKS_PER_SECOND = 100;

/** The event-loop delay p99 since the previous scrape of /metrics, in milliseconds. */
async function eventLoopP99Ms(port: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const value = /^nodejs_eventloop_lag_p99_seconds (\S+)$/m.exec(text)?.[1];
  if (value === undefined) throw new Error('/metrics exports no nodejs_eventloop_lag_p99_seconds');
  return Number(value) * 1000;
}

async function seed(url: string, userId: string = randomUUID()): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('insert into users (id, email, name, created_at) values ($1, $2, $3, now())', [userId, `bench-${userId}@example.com`, 'Bench']);
  const statuses = ['APPLIED', 'INTERVIEWING', 'TECHNICAL_ROUND', 'OFFER_EXTENDED', 'REJECTED'];
  const values: unknown[] = [];
  const tuples: string[] = [];
  for (let i = 0; i < APPLICATIONS; i++) {
    const o = values.length;
    tuples.push(`($${o + 1}, $${o + 2}, $${o + 3}, $${o + 4}, $${o + 5}, 'MANUAL', now() - ($${o + 6} || ' minutes')::interval, now())`);
    values.push(randomUUID(), userId, `Company ${i}`, `Engineer ${i}`, statuses[i % statuses.length], String(i));
  }
  await client.query(`insert into applications (id, user_id, company, job_title, status, source, created_at, updated_at) values ${tuples.join(', ')}`, values);
  await client.end();
  return userId;
}

export async function runApiBench(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.log('\nAPI bench skipped: it compares against bare yoga + pg on one PostgreSQL server, so it needs DATABASE_URL.');
    return;
  }
  const scratch = await createScratchDatabase(serverUrl);
  const url = scratch.url;
  const jwtSecret = randomBytes(32).toString('hex');
  const children: ChildProcess[] = [];
  // Before/after in one run: BENCH_BASELINE_ROOT names an older checkout (with its node_modules) whose
  // src/main.ts runs beside this one, on a database of its own seeded alike.
  const baselineRoot = process.env.BENCH_BASELINE_ROOT;
  const baselineScratch = baselineRoot ? await createScratchDatabase(serverUrl) : null;
  const projectEnv = (databaseUrl: string) => ({
    DATABASE_URL: databaseUrl,
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        JWT_SECRET: jwtSecret,
        TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        DATA_DIR: mkdtempSync(join(tmpdir(), 'applytrack-bench-api-')),
        REDIS_URL: '',
        // A load test is one user and one address far beyond a person's pace: measure the API, not the limiter.
        RATE_LIMIT_USER_PER_MINUTE: '100000000',
    RATE_LIMIT_ADDRESS_PER_MINUTE: '100000000',
  });
  try {
    const project = await startChild('src/main.ts', projectEnv(url), 'ready at', (process.env.BENCH_PROJECT_NODE_FLAGS ?? '').split(' ').filter(Boolean));
    children.push(project.child);
    const userId = await seed(url);
    const baseline = baselineRoot && baselineScratch ? await startChild('src/main.ts', projectEnv(baselineScratch.url), 'ready at', [], baselineRoot) : null;
    if (baseline && baselineScratch) {
      children.push(baseline.child);
      await seed(baselineScratch.url, userId);
    }
    const token = await signUserToken(jwtSecret, userId);
    const hello = await startChild('bench/anchors/bare-yoga-hello.ts', {}, 'listening');
    children.push(hello.child);
    const page = await startChild('bench/anchors/bare-yoga-page.ts', { DATABASE_URL: url, JWT_SECRET: jwtSecret }, 'listening');
    children.push(page.child);

    const pageQuery = 'query { applications(first: 50) { totalCount edges { node { id company jobTitle status } } } }';
    const classifyBody = {
      query: 'query ($input: ClassifyEmailInput!) { classifyEmail(input: $input) { category confidence company } }',
      variables: {
        input: {
          from: 'Acme Recruiting <no-reply@greenhouse.io>',
          subject: 'Your application to Acme',
          text: 'Hi Sam, thank you for applying to the Senior Backend Engineer role at Acme. Unfortunately we have decided not to move forward with your application at this time. Best, the Acme team',
        },
      },
    };
    const only = process.env.BENCH_ONLY;
    const operations: { kind: 'viewer' | 'page' | 'classify'; name: string; body: unknown }[] = [
      { kind: 'viewer', name: '{ viewer { id } }', body: { query: '{ viewer { id } }' } },
      { kind: 'page', name: 'applications(first: 50)', body: { query: pageQuery } },
      { kind: 'classify', name: 'classifyEmail (small)', body: classifyBody },
    ];
    // Each operation right after its anchor: on a shared machine the load drifts, and a ratio is only
    // as good as the two windows it compares are alike.
    const rows: Row[] = [];
    const ratio = new Map<Row, string>();
    const helloBody = { query: '{ hello }' };
    for (const operation of operations) {
      if (only && !operation.name.includes(only)) continue;
      const anchor =
        operation.kind === 'page'
          ? await load('bare yoga + pg: page of 50', page, { query: pageQuery }, token)
          : await load('bare yoga { hello }', hello, helloBody);
      rows.push(anchor);
      const measured: Row[] = [];
      // The older checkout first, so that neither side always runs on a machine warmed by the other.
      if (baseline) measured.push(await load(`before: ${operation.name}`, baseline, operation.body, token));
      measured.push(await load(`project ${operation.name}`, project, operation.body, token));
      rows.push(...measured);
      for (const row of measured) {
        const times = (row.rps / anchor.rps).toFixed(2);
        if (operation.kind === 'viewer') ratio.set(row, `${times} × hello (goal ≥ 0.6)`);
        if (operation.kind === 'classify') ratio.set(row, `${times} × hello (goal ≥ 0.5)`);
        if (operation.kind === 'page') ratio.set(row, `${times} × bare page (goal ≥ 0.7), p99 ${(row.p99 / anchor.p99).toFixed(2)} × (goal ≤ 2)`);
      }
    }
    console.log(`\nAPI throughput: autocannon, ${CONNECTIONS} connections, ${seconds} s per row after a warm-up, one PostgreSQL; ratios to the anchor row just above`);
    console.log(
      `${'operation'.padEnd(34)} ${'rps'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(7)} ${'loop p99'.padStart(9)} ${'CPU µs/req'.padStart(10)}  against the anchors`,
    );
    for (const row of rows) {
      const loop = row.eventLoopP99Ms === undefined ? '—' : `${row.eventLoopP99Ms.toFixed(1)} ms`;
      const cpu = row.cpuUsPerRequest === undefined ? '—' : row.cpuUsPerRequest.toFixed(0);
      console.log(
        `${row.name.padEnd(34)} ${row.rps.toFixed(0).padStart(7)} ${String(row.p50).padStart(7)} ${String(row.p99).padStart(7)} ${String(row.errors).padStart(7)} ${loop.padStart(9)} ${cpu.padStart(10)}  ${ratio.get(row) ?? '—'}`,
      );
    }
    console.log('loop p99: the server\'s event-loop delay p99 during the row (nodejs_eventloop_lag_p99_seconds on /metrics; goal < 50 ms for the project; the anchors show what the machine adds)');
    console.log('CPU µs/req: the server process\'s CPU time per request (from /proc): what a row costs, whatever else the machine runs');
  } finally {
    // Waits for each to exit: a --cpu-prof profile is written on the way out.
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    await scratch.drop();
    await baselineScratch?.drop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runApiBench();
