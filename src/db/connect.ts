import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { EmbeddedDatabase } from './embedded.ts';
import { openOrm, type MikroORM } from './orm.ts';

export interface Database {
  orm: MikroORM;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/** DATABASE_URL when set, else the embedded PostgreSQL of DATA_DIR; migrations applied unless told otherwise. */
export async function connectDatabase(config: Config, log: Logger, options: { migrate?: boolean } = {}): Promise<Database> {
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (url) {
    log.info({ database: redact(url) }, 'using the PostgreSQL server at DATABASE_URL');
  } else {
    // Loaded only when used: nothing embedded is set up in a process that has DATABASE_URL.
    const { startEmbeddedPostgres } = await import('./embedded.ts');
    embedded = await startEmbeddedPostgres(config.dataDir, log);
    url = embedded.url;
    log.info({ database: redact(url), dataDir: config.dataDir }, 'using the embedded PostgreSQL (DATABASE_URL unset)');
  }
  try {
    const orm = await openOrm(url, log, options);
    return {
      orm,
      embedded,
      async close() {
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
