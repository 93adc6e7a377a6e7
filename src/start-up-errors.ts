import { ConfigError, loadConfig, type Config } from './config.ts';
import { connectDatabase, type Database } from './db/connect.ts';
import { EmbeddedPostgresError, embeddedPostgresFailureMessage } from './db/embedded-postgres-error.ts';
import type { Logger } from './logger.ts';

/**
 * The two start-up failures an operator can fix (a bad setting, a database that cannot start) end
 * every entry point (`npm start`, `npm run token`, `npm run import`) with one short message and
 * the ways out, not a stack trace. Anything else is a bug and keeps its stack.
 */
export function loadConfigOrExit(env?: NodeJS.ProcessEnv): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
}

export async function connectDatabaseOrExit(config: Config, log: Logger, options?: Parameters<typeof connectDatabase>[2]): Promise<Database> {
  try {
    return await connectDatabase(config, log, options);
  } catch (error) {
    if (error instanceof EmbeddedPostgresError) {
      console.error(embeddedPostgresFailureMessage(error, process.getuid?.() === 0));
      process.exit(1);
    }
    throw error;
  }
}
