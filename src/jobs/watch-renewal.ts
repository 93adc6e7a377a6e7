import cron, { type ScheduledTask } from 'node-cron';
import type { Config } from '../config.ts';
import type { MikroORM } from '../db/orm.ts';
import type { Logger } from '../logger.ts';
import { renewExpiringWatches } from '../modules/accounts/mail-account-push.ts';

export interface WatchRenewalRun {
  renewed: number;
  ms: number;
  ok: boolean;
}

export interface WatchRenewalJob {
  start(): void;
  /** One renewal run now (also what each tick does); resolves with its figures. */
  runOnce(): Promise<WatchRenewalRun>;
  stop(): Promise<void>;
}

/**
 * Hourly, at minute 7 (with seconds). Gmail watches last 7 days and renewExpiringWatches renews
 * those within 6 days of expiry (about daily, as Google advises); Graph subscriptions last at most
 * 4,230 minutes and are renewed well within their last day; a server that was down a while
 * catches up within the hour.
 */
export const DEFAULT_WATCH_RENEWAL_CRON = '0 7 * * * *';

/**
 * The push watch/subscription renewal schedule, on its own node-cron task beside the sync
 * scheduler. Each run works on its own EntityManager fork (renewExpiringWatches forks) and logs one
 * line with its figures. Renewing the same watch twice (two instances) is harmless: users.watch
 * and a subscription PATCH simply answer a new expiry.
 */
export function createWatchRenewalJob(
  deps: { orm: MikroORM; config: Config; log: Logger },
  options: { cronExpression?: string; onRun?: (run: WatchRenewalRun) => void } = {},
): WatchRenewalJob {
  let task: ScheduledTask | null = null;
  let running: Promise<WatchRenewalRun> | null = null;

  async function run(): Promise<WatchRenewalRun> {
    const started = performance.now();
    try {
      const renewed = await renewExpiringWatches(deps.orm, deps.config, deps.log);
      const result = { renewed, ms: Math.round(performance.now() - started), ok: true };
      deps.log.info({ job: 'watch-renewal', ...result }, `watch renewal: ${renewed} renewed in ${result.ms} ms`);
      return result;
    } catch (error) {
      const result = { renewed: 0, ms: Math.round(performance.now() - started), ok: false };
      deps.log.error({ job: 'watch-renewal', ...result, err: error }, `watch renewal failed after ${result.ms} ms`);
      return result;
    }
  }

  function runOnce(): Promise<WatchRenewalRun> {
    // One run at a time: a slow run is not overlapped by the next tick.
    running ??= run()
      .then((result) => {
        options.onRun?.(result);
        return result;
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  return {
    start() {
      // Without a push configuration there is nothing to renew; the schedule stays off.
      if (!(deps.config.google && deps.config.gmailPush.topic) && !(deps.config.microsoft && deps.config.microsoftNotifications)) {
        deps.log.info({ job: 'watch-renewal' }, 'watch renewal off: no Gmail watch (GOOGLE_PUBSUB_TOPIC) nor Graph notifications configured');
        return;
      }
      task = cron.schedule(options.cronExpression ?? DEFAULT_WATCH_RENEWAL_CRON, () => void runOnce(), { name: 'watch-renewal', noOverlap: true });
      void runOnce();
    },
    runOnce,
    async stop() {
      await task?.destroy();
      task = null;
      await running;
    },
  };
}
