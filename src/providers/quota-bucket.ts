import { sleep } from './retry-policy.ts';

/**
 * A token bucket that paces calls under a per-user quota (Gmail: units per second per user) so a
 * sync stays below the limit instead of running into 429s. Capacity is one second of units.
 */
export class QuotaBucket {
  private tokens: number;
  private last: number;
  private queue: Promise<void> = Promise.resolve();
  private readonly unitsPerSecond: number;
  private readonly now: () => number;

  constructor(unitsPerSecond: number, now: () => number = () => performance.now()) {
    this.unitsPerSecond = unitsPerSecond;
    this.now = now;
    this.tokens = unitsPerSecond;
    this.last = now();
  }

  /** Waits until `units` are available and takes them; callers are served in arrival order. */
  take(units: number, signal?: AbortSignal): Promise<void> {
    if (this.unitsPerSecond <= 0) return Promise.resolve();
    const turn = this.queue.then(async () => {
      this.refill();
      if (this.tokens < units) {
        await sleep(((units - this.tokens) / this.unitsPerSecond) * 1000, signal);
        this.refill();
      }
      this.tokens -= units;
    });
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.unitsPerSecond, this.tokens + ((now - this.last) / 1000) * this.unitsPerSecond);
    this.last = now;
  }
}

/** One bucket per mailbox in this process, shared by every reader of that mailbox. */
const buckets = new Map<string, QuotaBucket>();

export function quotaBucketFor(accountId: string, unitsPerSecond: number): QuotaBucket {
  let bucket = buckets.get(accountId);
  if (!bucket) {
    bucket = new QuotaBucket(unitsPerSecond);
    buckets.set(accountId, bucket);
  }
  return bucket;
}
