import type { Config } from '../../config.ts';
import type { MikroORM } from '../../db/orm.ts';
import type { Logger } from '../../logger.ts';
import { AuthRevokedError, RateLimitedError, TransientProviderError, type MailboxReader, type SyncPage } from '../../providers/provider.ts';
import type { PubSub } from '../../schema/pubsub.ts';
import { EMPTY_SYNC_PROGRESS, type SyncProgress, type SyncState } from '../accounts/mail-account-state.ts';
import { MailAccountSchema, type MailAccount } from '../accounts/mail-account.entity.ts';
import { addToProgress, applyPage, preparePage, type PreparedPage, type SyncedAccount } from './apply-page.ts';
import { publishSyncEvents, recordSyncEvents, type SyncEvent } from './sync-events.ts';

export interface SyncDependencies {
  orm: MikroORM;
  pubsub: PubSub;
  log: Logger;
  config: Pick<Config, 'syncIntervalSeconds' | 'syncBackfillDays'>;
  /** The reader of one mailbox (Gmail, Outlook, mbox), injected so the pipeline is the same for all. */
  readerFor: (account: MailAccount) => MailboxReader;
  /** How long a lease holds without renewal; each committed page renews it. */
  leaseMs?: number;
}

export const DEFAULT_LEASE_MS = 5 * 60_000;
/** After a passing provider failure, try again this soon (bounded by the polling interval). */
export const TRANSIENT_RETRY_MS = 60_000;

export interface SyncRunSummary {
  accountId: string;
  outcome: 'SYNCED' | SyncState | 'LEASE_LOST';
  pages: number;
  scanned: number;
  jobRelated: number;
  skipped: number;
  duplicates: number;
  statusMoves: number;
  ms: number;
  error?: string;
}

/** This instance no longer holds the account's lease (it expired and another took over): stop, write nothing. */
export class LeaseLostError extends Error {
  override name = 'LeaseLostError';
}

/**
 * Runs one sync of an account this instance has leased: page by page, each page's messages,
 * status moves, skipped records, progress and cursor in ONE transaction that also renews the lease
 * (and fails if the lease was lost). Events are published after each commit. Provider errors map
 * to account states in one place (see `failureState`).
 */
export async function syncLeasedAccount(
  deps: SyncDependencies,
  accountId: string,
  leaseOwner: string,
  signal?: AbortSignal,
): Promise<SyncRunSummary> {
  const started = performance.now();
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const summary: SyncRunSummary = { accountId, outcome: 'SYNCED', pages: 0, scanned: 0, jobRelated: 0, skipped: 0, duplicates: 0, statusMoves: 0, ms: 0 };
  const em = deps.orm.em.fork();
  const account = await em.findOne(MailAccountSchema, { id: accountId });
  if (!account || account.leaseOwner !== leaseOwner) return { ...summary, outcome: 'LEASE_LOST', ms: performance.now() - started };
  const owner: SyncedAccount = { id: account.id, userId: account.user.id, emailAddress: account.emailAddress };

  // SYNCING with fresh progress; the start time tells a push that arrived during the run from older due times.
  const begun = await em.execute<{ started_at: Date }[]>(
    `update mail_accounts set state = 'SYNCING', progress = ?::jsonb, last_error = null, updated_at = clock_timestamp()
      where id = ? and lease_owner = ? returning clock_timestamp() as started_at`,
    [JSON.stringify({ ...EMPTY_SYNC_PROGRESS, total: null }), accountId, leaseOwner],
  );
  if (begun.length === 0) return { ...summary, outcome: 'LEASE_LOST', ms: performance.now() - started };
  const startedAt = new Date(begun[0]!.started_at);
  publishSyncEvents(deps.pubsub, [statusEvent(owner)]);

  let progress: SyncProgress = { ...EMPTY_SYNC_PROGRESS };
  // Stops the page read ahead when the run ends early (a failed page, a lost lease).
  const readAhead = new AbortController();
  let pages: AsyncIterator<SyncPage> | undefined;
  let nextPage: Promise<IteratorResult<PreparedPage>> | undefined;
  try {
    const reader = deps.readerFor(account);
    const since = new Date(Date.now() - deps.config.syncBackfillDays * 86_400_000);
    pages = reader.pages({ cursor: account.syncCursor ?? null, since, signal: signal ? AbortSignal.any([signal, readAhead.signal]) : readAhead.signal })[Symbol.asyncIterator]();
    const readNext = () => quietly(pages!.next().then((read) => (read.done ? read : { done: false as const, value: preparePage(read.value) })));
    nextPage = readNext();
    for (;;) {
      const read = await nextPage;
      if (read.done) break;
      const page = read.value;
      // Read ahead: the provider reads (and the reader normalizes) the next page, and its messages
      // are classified, while this one is written. At most one page ahead; its cursor is stored only
      // when it is applied in its own transaction, so a failure reading it surfaces after this page
      // has committed and the next run starts after this page.
      nextPage = readNext();
      await em.fork().transactional(async (tx) => {
        const outcome = await applyPage(tx, owner, page);
        progress = addToProgress(progress, outcome, page.total);
        const renewed = await tx.execute<{ id: string }[]>(
          `update mail_accounts set sync_cursor = ?, progress = ?::jsonb, lease_expires_at = clock_timestamp() + ? * interval '1 millisecond',
                  updated_at = clock_timestamp()
            where id = ? and lease_owner = ? returning id`,
          [page.cursor, JSON.stringify(progress), leaseMs, accountId, leaseOwner],
        );
        if (renewed.length === 0) throw new LeaseLostError(`lease of account ${accountId} lost`);
        summary.pages += 1;
        summary.scanned += outcome.scanned;
        summary.jobRelated += outcome.jobRelated;
        summary.skipped += outcome.skipped;
        summary.duplicates += outcome.duplicates;
        summary.statusMoves += outcome.statusMoves;
        recordSyncEvents(tx, [...outcome.events, statusEvent(owner)]);
      });
      signal?.throwIfAborted();
    }
    await finish(deps, accountId, leaseOwner, {
      state: 'IDLE',
      error: null,
      syncedSince: startedAt,
      // Due again at the poll interval, unless something marked it due while it ran; and no later than a
      // Gmail push's recheck still ahead of this sync's start.
      nextSyncSql: `least(case when next_sync_at >= ? then next_sync_at else clock_timestamp() + ? * interval '1 second' end,
                          case when recheck_at > ? then recheck_at end)`,
      nextSyncParams: [startedAt, deps.config.syncIntervalSeconds, startedAt],
    });
  } catch (error) {
    await stopReading(readAhead, pages, nextPage);
    if (error instanceof LeaseLostError) {
      summary.outcome = 'LEASE_LOST';
    } else {
      const failure = failureState(error, deps.config.syncIntervalSeconds);
      summary.outcome = failure.state;
      summary.error = failure.message;
      if (failure.unexpected) deps.log.error({ err: error, accountId }, 'sync failed unexpectedly');
      await finish(deps, accountId, leaseOwner, {
        state: failure.state,
        error: failure.message,
        nextSyncSql: failure.retryInMs === null ? 'null' : `clock_timestamp() + ? * interval '1 millisecond'`,
        nextSyncParams: failure.retryInMs === null ? [] : [failure.retryInMs],
      });
    }
  }
  if (summary.outcome !== 'LEASE_LOST') publishSyncEvents(deps.pubsub, [statusEvent(owner)]);
  summary.ms = Math.round(performance.now() - started);
  return summary;
}

/**
 * The promise of a page read ahead, marked as handled: its failure is seen when the loop awaits it
 * (after the page before it has committed), not as an unhandled rejection meanwhile.
 */
function quietly<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** Ends a read ahead that will not be applied: abort it, let it settle, close the reader. */
async function stopReading(readAhead: AbortController, pages: AsyncIterator<SyncPage> | undefined, nextPage: Promise<unknown> | undefined): Promise<void> {
  readAhead.abort();
  await nextPage?.catch(() => undefined);
  await pages?.return?.().catch(() => undefined);
}

/** Provider errors → account state, retry time and the message the user sees (one table, not scattered checks). */
export function failureState(error: unknown, intervalSeconds: number): { state: SyncState; message: string; retryInMs: number | null; unexpected: boolean } {
  if (error instanceof AuthRevokedError) return { state: 'NEEDS_REAUTH', message: 'access was revoked: connect the mailbox again', retryInMs: null, unexpected: false };
  if (error instanceof RateLimitedError) {
    return { state: 'ERROR', message: `rate limited by the provider; retrying in ${Math.ceil(error.retryAfterMs / 1000)} s`, retryInMs: error.retryAfterMs, unexpected: false };
  }
  const retryInMs = Math.min(TRANSIENT_RETRY_MS, intervalSeconds * 1000);
  if (error instanceof TransientProviderError) return { state: 'ERROR', message: `the provider failed: ${error.message}`.slice(0, 500), retryInMs, unexpected: false };
  if (error instanceof Error && error.name === 'AbortError') return { state: 'IDLE', message: 'interrupted by shutdown', retryInMs: 0, unexpected: false };
  return { state: 'ERROR', message: 'the sync failed unexpectedly; it will be retried', retryInMs, unexpected: true };
}

async function finish(
  deps: SyncDependencies,
  accountId: string,
  leaseOwner: string,
  /** syncedSince: when the completed sync began (absent when it failed); a recheck due by then was served by it. */
  outcome: { state: SyncState; error: string | null; syncedSince?: Date; nextSyncSql: string; nextSyncParams: unknown[] },
): Promise<void> {
  const synced = outcome.syncedSince !== undefined;
  await deps.orm.em.fork().execute(
    `update mail_accounts set state = ?, last_error = ?,
            ${synced ? 'last_synced_at = clock_timestamp(), recheck_at = case when recheck_at > ? then recheck_at end,' : ''}
            next_sync_at = ${outcome.nextSyncSql}, lease_owner = null, lease_expires_at = null, updated_at = clock_timestamp()
      where id = ? and lease_owner = ?`,
    [outcome.state, outcome.error, ...(synced ? [outcome.syncedSince] : []), ...outcome.nextSyncParams, accountId, leaseOwner],
  );
}

function statusEvent(account: SyncedAccount): SyncEvent {
  return { topic: 'syncStatus', userId: account.userId, payload: { accountId: account.id } };
}
