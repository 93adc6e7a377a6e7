/** npm run token -- --email you@example.com [--name "Your Name"] [--expires 30d]: prints a bearer token. */
import { parseArgs } from 'node:util';
import { createLogger } from '../logger.ts';
import { connectDatabaseOrExit, loadConfigOrExit } from '../start-up-errors.ts';
import { signUserToken } from '../modules/users/auth.ts';
import { findOrCreateUser } from '../modules/users/user.service.ts';

const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' }, expires: { type: 'string', default: '30d' } },
});
if (!values.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) {
  console.error('usage: npm run token -- --email you@example.com [--name "Your Name"] [--expires 30d]');
  process.exit(2);
}

// A command-line tool is quiet unless LOG_LEVEL says otherwise.
const config = loadConfigOrExit({ LOG_LEVEL: 'warn', ...process.env });
const log = createLogger(config.logLevel, { stderr: true });
const database = await connectDatabaseOrExit(config, log);
try {
  const { user, created } = await findOrCreateUser(database.orm.em.fork(), values.email, values.name);
  console.error(created ? `created user ${user.email}` : `user ${user.email} exists`);
  console.log(await signUserToken(config.jwtSecret, user.id, values.expires));
} finally {
  await database.close();
}
