import { buildApp } from './app.ts';
import { providerReaders, readerForAccount } from './jobs/reader-for.ts';
import { createSyncScheduler } from './jobs/sync-scheduler.ts';
import { createWatchRenewalJob } from './jobs/watch-renewal.ts';
import { createLogger } from './logger.ts';
import { createPubSubHandle } from './schema/pubsub.ts';
import { connectDatabaseOrExit, loadConfigOrExit } from './start-up-errors.ts';

/** Start-up only: config → database (embedded or URL) → migrations → server → jobs (sync, watch renewal); SIGINT/SIGTERM → clean stop. */
const startedAt = performance.now();
const config = loadConfigOrExit();
const log = createLogger(config.logLevel);
const database = await connectDatabaseOrExit(config, log);
const pubsubHandle = createPubSubHandle(config.redisUrl, { log });
const scheduler = createSyncScheduler({ orm: database.orm, pubsub: pubsubHandle.pubsub, log, config, readerFor: readerForAccount(providerReaders({ orm: database.orm, config, log })) });
const watchRenewal = createWatchRenewalJob({ orm: database.orm, config, log });
const app = buildApp({ config, orm: database.orm, pubsub: pubsubHandle.pubsub, log, onAccountDue: () => scheduler.wake() });
const { url } = await app.start(config.port);
scheduler.start();
watchRenewal.start();
log.info(
  { url, readyInMs: Math.round(performance.now() - startedAt), pubsub: config.redisUrl ? 'redis' : 'in-process' },
  `ApplyTrack Mail Sync ready at ${url}`,
);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  const timer = setTimeout(() => {
    log.error('shutdown took longer than 15 s; exiting');
    process.exit(1);
  }, 15_000);
  timer.unref();
  try {
    await Promise.all([scheduler.stop(), watchRenewal.stop()]);
    await app.stop();
    await pubsubHandle.close();
    await database.close();
    log.info('stopped cleanly');
    process.exit(0);
  } catch (error) {
    log.error({ err: error }, 'error during shutdown');
    process.exit(1);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
