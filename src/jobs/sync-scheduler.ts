import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import cron, { type ScheduledTask } from 'node-cron';
import { leaseDueAccounts } from '../modules/sync/lease-accounts.ts';
import { DEFAULT_LEASE_MS, syncLeasedAccount, type SyncDependencies, type SyncRunSummary } from '../modules/sync/sync-account.ts';

export interface SyncSchedulerOptions {
  /** node-cron expression of the due-account check (with seconds); a push or syncMail wakes it sooner. */
  cronExpression?: string;
  /** Syncs this instance runs at once. */
  maxConcurrent?: number;
  /** Names this instance's leases (logs and the mail_accounts.lease_owner column). */
  instanceId?: string;
  onRun?: (summary: SyncRunSummary) => void;
}

export interface SyncScheduler {
  readonly instanceId: string;
  start(): void;
  /** An account was marked due (connected, push received, syncMail): check now instead of at the next tick. */
  wake(accountId?: string): void;
  /** Resolves when nothing is leased or running (tests and benchmarks). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export const DEFAULT_SYNC_CRON = '*/10 * * * * *';

/**
 * The due-account schedule: each tick leases due accounts (SKIP LOCKED, with expiry) and syncs
 * each on its own EntityManager fork. Any number of instances may run it against one database;
 * none syncs an account another holds, and a crashed instance's leases expire.
 */
export function createSyncScheduler(deps: SyncDependencies, options: SyncSchedulerOptions = {}): SyncScheduler {
  const instanceId = options.instanceId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const maxConcurrent = options.maxConcurrent ?? 4;
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const running = new Map<string, Promise<void>>();
  const abort = new AbortController();
  let task: ScheduledTask | null = null;
  let ticking: Promise<void> | null = null;
  let tickAgain = false;
  let stopped = false;
  let idleWaiters: (() => void)[] = [];

  async function tick(): Promise<void> {
    if (stopped) return;
    const leased = await leaseDueAccounts(deps.orm.em.fork(), instanceId, maxConcurrent - running.size, leaseMs);
    for (const accountId of leased) {
      const run = syncLeasedAccount(deps, accountId, instanceId, abort.signal)
        .then((summary) => {
          deps.log.info({ job: 'sync', instance: instanceId, ...summary }, `sync ${summary.outcome.toLowerCase()}: ${summary.scanned} scanned, ${summary.statusMoves} status moves in ${summary.ms} ms`);
          options.onRun?.(summary);
        })
        .catch((error: unknown) => deps.log.error({ err: error, accountId }, 'sync run failed'))
        .finally(() => {
          running.delete(accountId);
          // A finished run frees a slot, and the account may be due again (mail arrived meanwhile).
          wake();
        });
      running.set(accountId, run);
    }
    if (leased.length === 0 && running.size === 0) for (const resolve of idleWaiters.splice(0)) resolve();
  }

  function wake(): void {
    if (stopped) return;
    if (ticking) {
      tickAgain = true;
      return;
    }
    ticking = tick()
      .catch((error: unknown) => deps.log.error({ err: error }, 'sync schedule tick failed'))
      .finally(() => {
        ticking = null;
        if (tickAgain) {
          tickAgain = false;
          wake();
        }
      });
  }

  return {
    instanceId,
    start() {
      task = cron.schedule(options.cronExpression ?? DEFAULT_SYNC_CRON, () => wake(), { name: `sync-due-accounts:${instanceId}`, noOverlap: true });
      wake();
    },
    wake: () => wake(),
    idle() {
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        wake();
      });
    },
    async stop() {
      stopped = true;
      await task?.destroy();
      abort.abort();
      await ticking;
      await Promise.allSettled(running.values());
      for (const resolve of idleWaiters.splice(0)) resolve();
      idleWaiters = [];
    },
  };
}
