import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = new URL('../../../', import.meta.url).pathname;

/** `npm run import -- --email EMAIL PATH` as a user runs it, against the given database; resolves with its summary line. */
export async function runImport(databaseUrl: string, email: string, path: string): Promise<{ outcome: string; scanned: number }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: await mkdtemp(join(tmpdir(), 'applytrack-import-')), LOG_LEVEL: 'warn' };
  delete env.REDIS_URL;
  const { stdout } = await promisify(execFile)(process.execPath, ['--require', './scripts/require-node.cjs', 'src/cli/import.ts', '--email', email, path], {
    cwd: ROOT,
    env,
    timeout: 120_000,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!);
}
