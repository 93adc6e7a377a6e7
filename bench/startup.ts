/**
 * `npm start` → ready, with the embedded PostgreSQL: cold (a new DATA_DIR: initdb, first
 * migrations) and warm (the same DATA_DIR again), DATA_DIR inside a private (0700) directory as a
 * home directory is. Run it as root and as a normal user to compare; it says which it was and
 * where the data went. Prints the figures; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../src/db/free-port.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

async function timeToReady(dataDir: string): Promise<{ ms: number; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: 'info' };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const started = performance.now();
  // What a person types: npm start (npm's own start-up included).
  const child = spawn('npm', ['start', '--silent'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready at')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  const ms = performance.now() - started;
  child.kill('SIGTERM');
  await once(child, 'exit');
  return { ms, output };
}

function removeDataDir(dataDir: string): void {
  try {
    // As root the cluster may live outside DATA_DIR, behind the DATA_DIR/postgres symlink.
    rmSync(dirname(readlinkSync(join(dataDir, 'postgres'))), { recursive: true, force: true });
  } catch {
    // not a symlink: the cluster is inside DATA_DIR
  }
  rmSync(dirname(dataDir), { recursive: true, force: true });
}

export async function runStartupBench(runs = Number(process.env.BENCH_STARTUP_RUNS ?? 3)): Promise<void> {
  const cold: number[] = [];
  const warm: number[] = [];
  let relocated = false;
  for (let i = 0; i < runs; i++) {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'applytrack-bench-start-')), 'data');
    try {
      const first = await timeToReady(dataDir);
      relocated ||= first.output.includes('embedded PostgreSQL data lives in');
      cold.push(first.ms);
      warm.push((await timeToReady(dataDir)).ms);
    } finally {
      removeDataDir(dataDir);
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const who = process.getuid?.() === 0 ? 'root' : `user ${userInfo().username}`;
  console.log(`\nnpm start → ready (embedded PostgreSQL, process spawn to "ready" log line), as ${who}, DATA_DIR in a 0700 directory`);
  console.log(`  cluster: ${relocated ? 'outside DATA_DIR (postgres cannot enter it), linked from DATA_DIR/postgres' : 'in DATA_DIR/postgres'}`);
  console.log(`  cold (new DATA_DIR: initdb + migrations): median ${median(cold).toFixed(0)} ms  runs ${cold.map((v) => v.toFixed(0)).join(', ')}`);
  console.log(`  warm (existing DATA_DIR):                 median ${median(warm).toFixed(0)} ms  runs ${warm.map((v) => v.toFixed(0)).join(', ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runStartupBench();
