import { execFileSync, spawnSync } from 'node:child_process';
import { EmbeddedPostgresError } from './embedded-postgres-error.ts';

/** The system user PostgreSQL runs as when the server runs as root (PostgreSQL refuses root). */
export interface SystemUser {
  name: string;
  uid: number;
  gid: number;
}

const NAME = 'postgres';

function lookUp(): SystemUser | null {
  try {
    const uid = Number(execFileSync('id', ['-u', NAME], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', NAME], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { name: NAME, uid, gid } : null;
  } catch {
    return null;
  }
}

/** The `postgres` system user, created (no home, no login) when missing. */
export function postgresSystemUser(): SystemUser {
  const existing = lookUp();
  if (existing) return existing;
  const created = spawnSync(
    'useradd',
    ['--system', '--user-group', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', NAME],
    { encoding: 'utf8' },
  );
  const user = lookUp();
  if (!user) {
    const why = created.error?.message ?? (created.stderr.trim() || `useradd exited with ${created.status}`);
    throw new EmbeddedPostgresError(`PostgreSQL refuses to run as root and the "${NAME}" system user could not be created (${why})`);
  }
  return user;
}

/**
 * Whether `user` can reach `path`: every parent searchable and the path itself usable with `test`'s
 * flag (-x: enter a directory or run a file, -r: read). Asked of the system as that user, so ACLs
 * and groups count exactly as they will for PostgreSQL.
 */
export function userCan(user: SystemUser, flag: '-x' | '-r' | '-w', path: string): boolean {
  const result = spawnSync('test', [flag, path], { uid: user.uid, gid: user.gid, cwd: '/', stdio: 'ignore' });
  return result.status === 0;
}
