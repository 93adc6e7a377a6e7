import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { EmbeddedDatabase } from '../../src/db/embedded.ts';
import { createLogger } from '../../src/logger.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    redisUrl: string | null;
  }
}

let embedded: EmbeddedDatabase | null = null;
let dataDir: string | null = null;

/** One PostgreSQL server for the run: DATABASE_URL when set, else an embedded one in a temporary folder. */
export async function setup(project: TestProject) {
  let url = process.env.DATABASE_URL;
  if (!url) {
    dataDir = await mkdtemp(join(tmpdir(), 'applytrack-test-'));
    // Imported only here: a run against DATABASE_URL loads nothing of the embedded server.
    const { startEmbeddedPostgres } = await import('../../src/db/embedded.ts');
    embedded = await startEmbeddedPostgres(dataDir, createLogger('warn', { stderr: true }));
    url = embedded.url;
    console.log('tests use an embedded PostgreSQL (DATABASE_URL unset)');
  } else {
    console.log('tests use the PostgreSQL server at DATABASE_URL');
  }
  project.provide('postgresUrl', url);
  project.provide('redisUrl', process.env.REDIS_URL || null);
}

export async function teardown() {
  await embedded?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  // As root the cluster may live outside the temporary DATA_DIR (see src/db/cluster-location.ts).
  if (embedded?.location.relocatedBecause) await rm(embedded.location.home, { recursive: true, force: true });
}
