/**
 * `npm start` → ready, with the embedded PostgreSQL: cold (a new DATA_DIR: initdb, first
 * migrations) and warm (the same DATA_DIR again). Prints the figures; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../src/db/free-port.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

async function timeToReady(dataDir: string): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: 'info' };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const started = performance.now();
  const child = spawn(process.execPath, ['src/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready at')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  const elapsed = performance.now() - started;
  child.kill('SIGTERM');
  await once(child, 'exit');
  return elapsed;
}

export async function runStartupBench(runs = 3): Promise<void> {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'applytrack-bench-start-'));
    try {
      cold.push(await timeToReady(dataDir));
      warm.push(await timeToReady(dataDir));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log('\nnpm start → ready (embedded PostgreSQL, process spawn to "ready" log line)');
  console.log(`  cold (new DATA_DIR: initdb + migrations): median ${median(cold).toFixed(0)} ms  runs ${cold.map((v) => v.toFixed(0)).join(', ')}`);
  console.log(`  warm (existing DATA_DIR):                 median ${median(warm).toFixed(0)} ms  runs ${warm.map((v) => v.toFixed(0)).join(', ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runStartupBench();
