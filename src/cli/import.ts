/**
 * npm run import -- --email you@example.com PATH: imports an mbox file or a folder of .eml through
 * the sync pipeline, as the user's MBOX mailbox. Works whether or not the server runs (the same
 * database as `npm run token`); with REDIS_URL set, a running server's subscribers see the changes.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { createLogger } from '../logger.ts';
import { connectDatabaseOrExit, loadConfigOrExit } from '../start-up-errors.ts';
import { MailAccountSchema } from '../modules/accounts/mail-account.entity.ts';
import { syncLeasedAccount } from '../modules/sync/sync-account.ts';
import { findOrCreateUser } from '../modules/users/user.service.ts';
import { createMboxReader } from '../providers/mbox/index.ts';
import { createPubSubHandle } from '../schema/pubsub.ts';

const IMPORT_LEASE_MS = 10 * 60_000;

const { values, positionals } = parseArgs({ options: { email: { type: 'string' } }, allowPositionals: true });
const path = positionals[0];
if (!values.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email) || !path || positionals.length !== 1) {
  console.error('usage: npm run import -- --email you@example.com PATH   (an mbox file or a folder of .eml files)');
  process.exit(2);
}
if (!existsSync(path)) {
  console.error(`no such file or folder: ${path}`);
  process.exit(2);
}

const config = loadConfigOrExit({ LOG_LEVEL: 'warn', ...process.env });
const log = createLogger(config.logLevel, { stderr: true });
const database = await connectDatabaseOrExit(config, log);
const pubsub = createPubSubHandle(config.redisUrl);
let exitCode = 0;
try {
  const em = database.orm.em.fork();
  const { user } = await findOrCreateUser(em, values.email);
  let account = await em.findOne(MailAccountSchema, { user: user.id, provider: 'MBOX', emailAddress: user.email });
  if (!account) {
    account = em.create(MailAccountSchema, { id: randomUUID(), user, provider: 'MBOX', emailAddress: user.email } as never);
    await em.flush();
  }
  // The same lease as the scheduler's: an import never runs beside another sync of this mailbox.
  const owner = `import:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leased = await em.execute<{ id: string }[]>(
    `update mail_accounts set lease_owner = ?, lease_expires_at = clock_timestamp() + ? * interval '1 millisecond'
      where id = ? and (lease_expires_at is null or lease_expires_at < clock_timestamp()) returning id`,
    [owner, IMPORT_LEASE_MS, account.id],
  );
  if (leased.length === 0) {
    console.error('this mailbox is being synced or imported right now; try again shortly');
    exitCode = 1;
  } else {
    const summary = await syncLeasedAccount(
      { orm: database.orm, pubsub: pubsub.pubsub, log, config, readerFor: () => createMboxReader(resolve(path)), leaseMs: IMPORT_LEASE_MS },
      account.id,
      owner,
    );
    console.log(JSON.stringify(summary));
    if (summary.outcome !== 'SYNCED') exitCode = 1;
  }
} finally {
  await pubsub.close();
  await database.close();
}
process.exit(exitCode);
