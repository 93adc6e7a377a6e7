import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/db/free-port.ts';
import { removeDataDir } from './server-process.ts';

/**
 * `npm start` as a user runs it: no DATABASE_URL, so an embedded PostgreSQL under DATA_DIR;
 * then `npm run token` reusing that running instance; SIGTERM stops everything and the data stays.
 */
const environment = (dataDir: string, port: number) => {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info' };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  delete env.NODE_ENV;
  return env;
};

function startServer(dataDir: string, port: number): { child: ChildProcess; output: () => string; ready: Promise<void> } {
  const child = spawn(process.execPath, ['src/main.ts'], { env: environment(dataDir, port), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready at')) resolve();
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before it was ready:\n${output}`)));
  });
  return { child, output: () => output, ready };
}

async function run(command: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, command, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

const dataDirs: string[] = [];
afterAll(async () => {
  for (const dataDir of dataDirs) await removeDataDir(dataDir);
});

describe('npm start with nothing but Node', () => {
  it('runs on an embedded PostgreSQL kept in DATA_DIR across restarts, and stops cleanly', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'applytrack-start-'));
    dataDirs.push(dataDir);
    const port = await freePort();
    const first = startServer(dataDir, port);
    await first.ready;
    expect(first.output()).toContain('using the embedded PostgreSQL');
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    const info = JSON.parse(readFileSync(join(dataDir, 'postgres.json'), 'utf8')) as { port: number };

    const token = await run(['src/cli/token.ts', '--email', 'cli@example.com'], environment(dataDir, port));
    expect(token.code).toBe(0);
    expect(token.stdout.trim()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const viewer = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token.stdout.trim()}` },
      body: JSON.stringify({ query: 'mutation { createApplication(input: {company: "Kept", jobTitle: "Engineer"}) { id } }' }),
    });
    expect(((await viewer.json()) as { data: unknown }).data).toMatchObject({ createApplication: { id: expect.any(String) } });

    first.child.kill('SIGTERM');
    const [code] = (await once(first.child, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(first.output()).toContain('stopped cleanly');
    // The embedded server is gone with it: its port answers nothing.
    await expect(fetch(`http://127.0.0.1:${info.port}`)).rejects.toThrow();

    const second = startServer(dataDir, port);
    await second.ready;
    const again = await run(['src/cli/token.ts', '--email', 'cli@example.com'], environment(dataDir, port));
    expect(again.stderr).toContain('exists');
    const list = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${again.stdout.trim()}` },
      body: JSON.stringify({ query: '{ applications { edges { node { company } } } }' }),
    });
    expect(JSON.stringify(await list.json())).toContain('Kept');
    second.child.kill('SIGINT');
    const [secondCode] = (await once(second.child, 'exit')) as [number | null];
    expect(secondCode).toBe(0);
  }, 300_000);

  it('refuses a bad setting, naming the variable', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'applytrack-start-'));
    dataDirs.push(dataDir);
    const result = await run(['src/main.ts'], { ...environment(dataDir, 4000), PORT: 'abc' });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('PORT');
  }, 120_000);
});
