import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import type { Logger } from '../logger.ts';
import { locateCluster, sharedBaseDirectory, type ClusterLocation } from './cluster-location.ts';
import { EmbeddedPostgresError } from './embedded-postgres-error.ts';
import { freePort, isPortFree } from './free-port.ts';
import { packagedPostgresBinaries, sharedCopyOfBinaries, type PostgresBinaries } from './postgres-binaries.ts';
import {
  initCluster,
  isAlive,
  passwordFileOf,
  runningPostmaster,
  startPostmaster,
  stopChild,
  stopPostmasterByPid,
} from './postgres-process.ts';
import { postgresSystemUser, userCan, type SystemUser } from './postgres-user.ts';

/**
 * Connection details of the embedded server, kept in DATA_DIR/postgres.json (0600) so the CLIs can
 * reuse a running instance. Written before initdb, so an interrupted first start is retried with
 * the same password. `ownerPid` is the process that runs the server and will stop it.
 */
interface EmbeddedConnectionInfo {
  port: number;
  user: string;
  password: string;
  database: string;
  ownerPid?: number;
}

export interface EmbeddedDatabase {
  url: string;
  /** True when this process stops the server (it started it, or adopted an orphan). */
  owned: boolean;
  location: ClusterLocation;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'applytrack';
const SUPERUSER = 'postgres';

function connectionUrl(info: EmbeddedConnectionInfo, database = info.database): string {
  return `postgresql://${info.user}:${encodeURIComponent(info.password)}@127.0.0.1:${info.port}/${database}`;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function readInfo(file: string): Promise<EmbeddedConnectionInfo | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as EmbeddedConnectionInfo;
  } catch {
    return null;
  }
}

async function writeInfo(file: string, info: EmbeddedConnectionInfo): Promise<void> {
  // Written whole then renamed: a start killed mid-write never leaves half a file.
  const partial = `${file}.partial`;
  await writeFile(partial, JSON.stringify(info, null, 2), { mode: 0o600 });
  await chmod(partial, 0o600);
  await rename(partial, file);
}

/** As root the binaries must be reachable by `postgres`; when node_modules is private, a shared copy is used. */
async function binariesFor(user: SystemUser | null, log: Logger): Promise<PostgresBinaries> {
  const packaged = await packagedPostgresBinaries();
  if (!user || userCan(user, '-x', packaged.initdb)) return packaged;
  const copy = await sharedCopyOfBinaries(packaged, await sharedBaseDirectory(user));
  log.debug({ binaries: copy.root }, 'PostgreSQL binaries copied where the postgres user can run them');
  return copy;
}

/**
 * Starts (or reuses) the embedded PostgreSQL of `dataDir`, as our own child process. As root it
 * runs as the `postgres` system user (PostgreSQL refuses root). A server left running by a killed
 * process of ours is adopted and stopped with us; one whose owner still runs is reused as is.
 * When the postmaster dies under us it is restarted.
 */
export async function startEmbeddedPostgres(dataDir: string, log: Logger): Promise<EmbeddedDatabase> {
  try {
    return await start(dataDir, log);
  } catch (error) {
    if (error instanceof EmbeddedPostgresError) throw error;
    throw new EmbeddedPostgresError((error as Error).message, { cause: error });
  }
}

async function start(dataDir: string, log: Logger): Promise<EmbeddedDatabase> {
  await mkdir(dataDir, { recursive: true });
  const user = process.getuid?.() === 0 ? postgresSystemUser() : null;
  const location = await locateCluster(dataDir, user);
  if (location.relocatedBecause) {
    log.info(
      { pgdata: location.pgdata, link: join(dataDir, 'postgres') },
      `embedded PostgreSQL data lives in ${location.pgdata} (DATA_DIR/postgres points there), because ${location.relocatedBecause}`,
    );
  }
  const infoFile = join(dataDir, 'postgres.json');
  let info = await readInfo(infoFile);

  const runningPid = await runningPostmaster(location.pgdata);
  if (runningPid !== null) {
    const ownerAlive = info?.ownerPid !== undefined && info.ownerPid !== process.pid && isAlive(info.ownerPid);
    if (info && (await answers(connectionUrl(info)))) {
      if (ownerAlive) {
        log.info({ port: info.port }, 'reusing the embedded PostgreSQL already running for this DATA_DIR');
        return { url: connectionUrl(info), owned: false, location, stop: async () => undefined };
      }
      log.warn({ pid: runningPid, port: info.port }, 'adopting the embedded PostgreSQL left running by a server that was killed');
      await writeInfo(infoFile, { ...info, ownerPid: process.pid });
      return adopted(info, runningPid, location);
    }
    if (ownerAlive) {
      throw new EmbeddedPostgresError(`the PostgreSQL of ${dataDir} (pid ${runningPid}) runs but does not answer with the details in ${infoFile}`);
    }
    log.warn({ pid: runningPid }, 'stopping an embedded PostgreSQL of this DATA_DIR that no server owns and that does not answer');
    await stopPostmasterByPid(runningPid);
  }

  info ??= { port: 0, user: SUPERUSER, password: randomBytes(18).toString('base64url'), database: DATABASE_NAME };
  info.port = info.port && (await isPortFree(info.port)) ? info.port : await freePort();
  info.ownerPid = process.pid;
  await writeInfo(infoFile, info);

  const binaries = await binariesFor(user, log);
  await rm(passwordFileOf(location), { force: true });
  if (!clusterIsComplete(location.pgdata)) {
    // Empty, or half-initialised by an interrupted first start (initdb writes PG_VERSION early): start over.
    for (const entry of await readdir(location.pgdata)) await rm(join(location.pgdata, entry), { recursive: true, force: true });
    log.info({ pgdata: location.pgdata }, 'initialising the embedded PostgreSQL cluster');
    await initCluster(binaries, location, { name: info.user, password: info.password }, user, log);
    await markClusterComplete(location.pgdata, user);
  }
  const child = await startPostmaster(binaries, location, info.port, user, log);
  await ensureDatabase(connectionUrl(info, 'postgres'), info.database);
  return supervised(child, () => startPostmaster(binaries, location, info.port, user, log), info, location, log);
}

/** Our child postmaster, restarted (after 1 s, doubling up to 30 s) when it dies while we still need it. */
function supervised(
  first: ChildProcess,
  restart: () => Promise<ChildProcess>,
  info: EmbeddedConnectionInfo,
  location: ClusterLocation,
  log: Logger,
): EmbeddedDatabase {
  let child: ChildProcess | null = first;
  let stopping = false;
  let delay = 1000;
  let timer: NodeJS.Timeout | null = null;
  const watch = (postmaster: ChildProcess) =>
    postmaster.once('exit', (code, signal) => {
      if (stopping) return;
      child = null;
      log.error({ code, signal }, `the embedded PostgreSQL stopped unexpectedly; restarting it in ${delay / 1000} s`);
      schedule();
    });
  const schedule = () => {
    timer = setTimeout(async () => {
      timer = null;
      if (stopping) return;
      try {
        const next = await restart();
        if (stopping) return void (await stopChild(next));
        child = next;
        delay = 1000;
        watch(next);
        log.info({ port: info.port }, 'the embedded PostgreSQL is running again');
      } catch (error) {
        delay = Math.min(delay * 2, 30_000);
        log.error({ err: error }, `the embedded PostgreSQL did not restart; trying again in ${delay / 1000} s`);
        schedule();
      }
    }, delay);
  };
  watch(first);
  return {
    url: connectionUrl(info),
    owned: true,
    location,
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      if (child) await stopChild(child);
      child = null;
    },
  };
}

/** A postmaster of this DATA_DIR that no living process owns: ours now, stopped with us. */
function adopted(info: EmbeddedConnectionInfo, pid: number, location: ClusterLocation): EmbeddedDatabase {
  let stopped = false;
  return {
    url: connectionUrl(info),
    owned: true,
    location,
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopPostmasterByPid(pid);
    },
  };
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/** Written after initdb succeeded: only then is the cluster whole (PostgreSQL ignores unknown files in its data directory). */
const CLUSTER_COMPLETE_MARK = 'applytrack-initdb-complete';

/** A cluster initdb finished, or (made before the mark existed) one a postmaster has run on. */
function clusterIsComplete(pgdata: string): boolean {
  return existsSync(join(pgdata, CLUSTER_COMPLETE_MARK)) || (existsSync(join(pgdata, 'PG_VERSION')) && existsSync(join(pgdata, 'postmaster.opts')));
}

async function markClusterComplete(pgdata: string, user: SystemUser | null): Promise<void> {
  const mark = join(pgdata, CLUSTER_COMPLETE_MARK);
  await writeFile(mark, 'initdb completed\n', { mode: 0o600 });
  if (user) await chown(mark, user.uid, user.gid);
}
