import { randomUUID } from 'node:crypto';
import { chmod, chown, lstat, mkdir, readlink, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres-error.ts';
import { userCan, type SystemUser } from './postgres-user.ts';

/** Where one DATA_DIR's PostgreSQL cluster lives. */
export interface ClusterLocation {
  /** PostgreSQL's data directory (0700, owned by the user PostgreSQL runs as). */
  pgdata: string;
  /** The directory holding `pgdata`: initdb's password file is written here while it runs. */
  home: string;
  /** Set when the cluster lives outside DATA_DIR (DATA_DIR/postgres is a symlink to it): why. */
  relocatedBecause: string | null;
}

/**
 * Root-owned 0755 directories that may hold what the `postgres` user needs when DATA_DIR or the
 * checkout is private: the first that is safe (root-owned, writable by nobody else, reachable).
 */
const SHARED_BASES = ['/var/lib/applytrack', join(tmpdir(), 'applytrack-root')];

export async function sharedBaseDirectory(user: SystemUser): Promise<string> {
  const reasons: string[] = [];
  for (const base of SHARED_BASES) {
    try {
      await mkdir(base, { recursive: true, mode: 0o755 });
      const info = await lstat(base);
      // In a world-writable parent (the temp dir) someone else may have made it first.
      if (!info.isDirectory() || info.uid !== 0 || (info.mode & 0o022) !== 0) {
        reasons.push(`${base} is not a root-owned directory writable only by root`);
        continue;
      }
      if (!userCan(user, '-x', base)) {
        reasons.push(`${user.name} cannot enter ${base}`);
        continue;
      }
      return base;
    } catch (error) {
      reasons.push(`${base}: ${(error as Error).message}`);
    }
  }
  throw new EmbeddedPostgresError(`no directory outside the private tree can hold PostgreSQL (${reasons.join('; ')})`);
}

async function privateDirectory(path: string, user: SystemUser | null): Promise<void> {
  await mkdir(path, { recursive: true, mode: 0o700 });
  await chmod(path, 0o700);
  if (user) await chown(path, user.uid, user.gid);
}

/**
 * As a normal user the cluster is DATA_DIR/postgres. As root PostgreSQL runs as `user`; when that
 * user cannot enter DATA_DIR (under a 0700 home or temp dir) the cluster lives in a 0700 directory
 * of its own under a shared root-owned base, and DATA_DIR/postgres is a symlink to it so the same
 * DATA_DIR finds it again. No directory of the person's is loosened.
 */
export async function locateCluster(dataDir: string, user: SystemUser | null): Promise<ClusterLocation> {
  const inPlace = join(dataDir, 'postgres');
  const existing = await lstat(inPlace).catch(() => null);
  if (existing?.isSymbolicLink()) {
    const pgdata = resolve(dataDir, await readlink(inPlace));
    await privateDirectory(dirname(pgdata), user);
    await privateDirectory(pgdata, user);
    return { pgdata, home: dirname(pgdata), relocatedBecause: `the ${user?.name ?? 'postgres'} user cannot enter ${dataDir}` };
  }
  if (!user || userCan(user, '-x', dataDir)) {
    await privateDirectory(inPlace, user);
    return { pgdata: inPlace, home: dataDir, relocatedBecause: null };
  }
  if (existing) {
    throw new EmbeddedPostgresError(
      `${inPlace} holds a PostgreSQL cluster that the ${user.name} user cannot reach, because a directory above it is private`,
    );
  }
  const base = await sharedBaseDirectory(user);
  const clusters = join(base, 'clusters');
  await mkdir(clusters, { recursive: true, mode: 0o755 });
  await chmod(clusters, 0o755);
  const home = join(clusters, randomUUID());
  const pgdata = join(home, 'data');
  await privateDirectory(home, user);
  await privateDirectory(pgdata, user);
  await symlink(pgdata, inPlace);
  return { pgdata, home, relocatedBecause: `the ${user.name} user cannot enter ${dataDir}` };
}
