import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chown, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger.ts';
import { EmbeddedPostgresError } from './embedded-postgres-error.ts';
import type { PostgresBinaries } from './postgres-binaries.ts';
import type { ClusterLocation } from './cluster-location.ts';
import type { SystemUser } from './postgres-user.ts';

/** How the children run: as `user` when we are root, from `/` (the caller's directory may be private), messages in English. */
function spawnOptions(user: SystemUser | null) {
  return {
    cwd: '/',
    env: { ...process.env, LC_MESSAGES: 'C' },
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
  };
}

const PASSWORD_FILE = 'postgres.pwfile';

/** The file initdb reads the superuser's password from: only while initdb runs, 0600, next to the cluster. */
export function passwordFileOf(location: ClusterLocation): string {
  return join(location.home, PASSWORD_FILE);
}

/** Last lines of a process's output, for an error message. */
function tail(text: string, lines = 3): string {
  return text.trim().split('\n').slice(-lines).join(' | ');
}

/** initdb with scram-sha-256 authentication; a fresh, empty `pgdata` is expected. */
export async function initCluster(
  binaries: PostgresBinaries,
  location: ClusterLocation,
  superuser: { name: string; password: string },
  user: SystemUser | null,
  log: Logger,
): Promise<void> {
  const passwordFile = passwordFileOf(location);
  await rm(passwordFile, { force: true });
  await writeFile(passwordFile, `${superuser.password}\n`, { mode: 0o600, flag: 'wx' });
  if (user) await chown(passwordFile, user.uid, user.gid);
  try {
    const child = spawn(
      binaries.initdb,
      [
        `--pgdata=${location.pgdata}`,
        '--auth=scram-sha-256',
        `--username=${superuser.name}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        // The builtin provider: Unicode-aware case mapping (ILIKE, lower) without OS locales.
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--locale=C',
        '--no-instructions',
      ],
      { ...spawnOptions(user), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [code, signal] = await exitOf(child);
    log.debug({ component: 'initdb' }, output.trim());
    if (code !== 0) throw new EmbeddedPostgresError(`initdb failed (${signal ?? `exit ${code}`}): ${tail(output)}`);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

async function exitOf(child: ChildProcess): Promise<[number | null, NodeJS.Signals | null]> {
  const spawned = new Promise<never>((_, reject) => child.once('error', reject));
  try {
    return (await Promise.race([once(child, 'exit'), spawned])) as [number | null, NodeJS.Signals | null];
  } catch (error) {
    throw new EmbeddedPostgresError(`could not run ${child.spawnfile}: ${(error as Error).message}`);
  }
}

const READY = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 60_000;

/**
 * The postmaster as our child, in a process group of its own so that a Ctrl-C meant for the
 * server does not stop the database before the server has drained. Listens on loopback TCP only
 * (no unix socket that could collide with a system PostgreSQL).
 */
export async function startPostmaster(
  binaries: PostgresBinaries,
  location: ClusterLocation,
  port: number,
  user: SystemUser | null,
  log: Logger,
): Promise<ChildProcess> {
  const child = spawn(
    binaries.postgres,
    ['-D', location.pgdata, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    { ...spawnOptions(user), stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new EmbeddedPostgresError(`PostgreSQL was not ready within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      log.debug({ component: 'postgres' }, text.trim());
      if (output.length < 20_000) output += text;
      if (output.includes(READY)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new EmbeddedPostgresError(`could not run ${binaries.postgres}: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new EmbeddedPostgresError(`PostgreSQL stopped while starting (${signal ?? `exit ${code}`}): ${tail(output)}`));
    });
  });
  try {
    await ready;
  } catch (error) {
    if (child.exitCode === null && child.signalCode === null) await stopChild(child);
    throw error;
  }
  // Only the first lines are kept for errors; from here on the log goes to the logger alone.
  output = '';
  return child;
}

/** Fast shutdown (SIGINT: sessions end, data is safe), then SIGQUIT if it hangs. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGINT');
  const hung = setTimeout(() => child.kill('SIGQUIT'), 30_000);
  await exited;
  clearTimeout(hung);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid of the postmaster running on `pgdata`, from its postmaster.pid, when it is alive. */
export async function runningPostmaster(pgdata: string): Promise<number | null> {
  const text = await readFile(join(pgdata, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number(text.split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

/** Stops a postmaster that is not our child (one left running by a killed server). */
export async function stopPostmasterByPid(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited === 30_000) process.kill(pid, 'SIGQUIT');
    if (waited > 40_000) throw new Error(`PostgreSQL (pid ${pid}) did not stop`);
    await sleep(100);
  }
}
