/**
 * Writes a migration for the difference between the entities and the database at DATABASE_URL
 * (or the embedded one under DATA_DIR). Usage: npm run migration:create [-- --initial]
 */
import { createLogger } from '../src/logger.ts';
import { connectDatabaseOrExit, loadConfigOrExit } from '../src/start-up-errors.ts';

const config = loadConfigOrExit();
const log = createLogger(config.logLevel);
const database = await connectDatabaseOrExit(config, log, { migrate: false });
try {
  await database.orm.migrator.up();
  const result = await database.orm.migrator.create(undefined, false, process.argv.includes('--initial'));
  console.log(result.fileName ? `created migrations/${result.fileName}` : 'no changes: entities and migrations agree');
} finally {
  await database.close();
}
