/**
 * Writes a migration for the difference between the entities and the database at DATABASE_URL
 * (or the embedded one under DATA_DIR). Usage: npm run migration:create [-- --initial]
 */
import { loadConfig } from '../src/config.ts';
import { connectDatabase } from '../src/db/connect.ts';
import { createLogger } from '../src/logger.ts';

const config = loadConfig();
const log = createLogger(config.logLevel);
const database = await connectDatabase(config, log, { migrate: false });
try {
  await database.orm.migrator.up();
  const result = await database.orm.migrator.create(undefined, false, process.argv.includes('--initial'));
  console.log(result.fileName ? `created migrations/${result.fileName}` : 'no changes: entities and migrations agree');
} finally {
  await database.close();
}
