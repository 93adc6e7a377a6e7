import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDataDir, runNode as run, serverEnvironment, startServerProcess } from './server-process.ts';

/**
 * `npm start` as a user runs it: no DATABASE_URL, so an embedded PostgreSQL under DATA_DIR;
 * then `npm run token` reusing that running instance; SIGTERM stops everything and the data stays.
 */
const dataDirs: string[] = [];
afterAll(async () => {
  for (const dataDir of dataDirs) await removeDataDir(dataDir);
});

describe('npm start with nothing but Node', () => {
  it('runs on an embedded PostgreSQL kept in DATA_DIR across restarts, and stops cleanly', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'applytrack-start-'));
    dataDirs.push(dataDir);
    const env = serverEnvironment(dataDir);
    const first = startServerProcess(env);
    const port = await first.ready;
    expect(first.output()).toContain('using the embedded PostgreSQL');
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    const info = JSON.parse(readFileSync(join(dataDir, 'postgres.json'), 'utf8')) as { port: number };

    const token = await run(['src/cli/token.ts', '--email', 'cli@example.com'], env);
    expect(token.code).toBe(0);
    expect(token.stdout.trim()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const viewer = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token.stdout.trim()}` },
      body: JSON.stringify({ query: 'mutation { createApplication(input: {company: "Kept", jobTitle: "Engineer"}) { id } }' }),
    });
    expect(((await viewer.json()) as { data: unknown }).data).toMatchObject({ createApplication: { id: expect.any(String) } });

    first.child.kill('SIGTERM');
    const code = await first.exited;
    expect(code).toBe(0);
    expect(first.output()).toContain('stopped cleanly');
    // The embedded server is gone with it: its port answers nothing.
    await expect(fetch(`http://127.0.0.1:${info.port}`)).rejects.toThrow();

    const second = startServerProcess(env);
    const secondPort = await second.ready;
    const again = await run(['src/cli/token.ts', '--email', 'cli@example.com'], env);
    expect(again.stderr).toContain('exists');
    const list = await fetch(`http://127.0.0.1:${secondPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${again.stdout.trim()}` },
      body: JSON.stringify({ query: '{ applications { edges { node { company } } } }' }),
    });
    expect(JSON.stringify(await list.json())).toContain('Kept');
    second.child.kill('SIGINT');
    const secondCode = await second.exited;
    expect(secondCode).toBe(0);
  }, 300_000);

  it('refuses a bad setting, naming the variable', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'applytrack-start-'));
    dataDirs.push(dataDir);
    const result = await run(['src/main.ts'], { ...serverEnvironment(dataDir), PORT: 'abc' });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('PORT');
  }, 120_000);
});
