import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { DashboardQuery } from './operations.ts';
import { HISTORY, mailboxCopy } from './support/mailbox.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Starting Node and the ORM in a child on a busy machine takes a while; nothing here is timed.
// One child only: re-imports and idempotence are the pipeline's, tested in process (pipeline.test.ts).
const CLI_TIMEOUT_MS = 180_000;

async function runImport(databaseUrl: string, email: string, path: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['src/cli/import.ts', '--email', email, path], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: await mkdtemp(join(tmpdir(), 'applytrack-import-')), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, stdout, stderr };
}

describe('npm run import', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('imports a folder of .eml through the pipeline into the running server\'s database', async () => {
    const folder = await mailboxCopy(HISTORY);
    const first = await runImport(server.database.url, 'sam.rivera@example.com', folder);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ outcome: 'SYNCED', scanned: 11, jobRelated: 9, skipped: 0 });

    const token = await server.tokenFor('sam.rivera@example.com');
    const { data } = await server.request(DashboardQuery, {}, token);
    expect(data!.applications.edges.map((e) => [e.node.company, e.node.jobTitle, e.node.status]).sort()).toEqual([
      ['Globex', 'Backend Engineer', 'REJECTED'],
      ['Northwind Traders', 'Senior Software Engineer', 'OFFER_EXTENDED'],
      ['Northwind Traders', 'Staff Software Engineer', 'APPLIED'],
    ]);
    expect(data!.active.totalCount).toBe(3);
  }, CLI_TIMEOUT_MS);
});
