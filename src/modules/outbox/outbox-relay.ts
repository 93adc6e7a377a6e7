import pg from 'pg';
import type { MikroORM } from '../../db/orm.ts';
import type { Logger } from '../../logger.ts';
import type { PubSub, PubSubTopics } from '../../schema/pubsub.ts';
import { OutboxEventSchema } from './outbox-event.entity.ts';

/** The channel the outbox table's insert trigger notifies (see its migration); delivered at commit. */
export const OUTBOX_CHANNEL = 'outbox_events';
const OUTBOX_TABLE = OutboxEventSchema.meta.tableName;

export interface OutboxRelayOptions {
  orm: MikroORM;
  pubsub: PubSub;
  log: Logger;
  /** How often to look without being notified: missed notifications, another instance's leftovers. */
  pollIntervalMs?: number;
  /** Events published per transaction. */
  batchSize?: number;
  /** Longest wait between attempts while publishing fails. */
  maxBackoffMs?: number;
}

interface OutboxRow {
  id: string;
  topic: string;
  user_id: string;
  payload: unknown;
  /** Read only where the row may have to be put back. */
  attempts?: number;
  last_error?: string | null;
  created_at?: Date;
}

export interface DrainResult {
  published: number;
  /** Why publishing (or reading the outbox) stopped early, if it did. */
  error: unknown;
  /** A full batch was published: there may be more waiting. */
  more: boolean;
}

/**
 * Publishes the outbox after commit. Woken by PostgreSQL's NOTIFY from the outbox insert trigger
 * (sent when the writing transaction commits) and by a timer. Events go out oldest first. Through
 * Redis each is deleted in the transaction that published it, so delivery is at least once; in-process
 * they are taken off the table and then delivered (see #takeAndDeliver). When publishing fails (Redis
 * down) the event stays, counting its attempts, and the relay tries again with a growing pause. Several
 * instances may run relays: `FOR UPDATE SKIP LOCKED` gives each event to one of them.
 */
export class OutboxRelay {
  readonly #orm: MikroORM;
  readonly #pubsub: PubSub;
  readonly #log: Logger;
  readonly #pollIntervalMs: number;
  readonly #batchSize: number;
  readonly #maxBackoffMs: number;
  #stopped = true;
  #running: Promise<void> | null = null;
  #again = false;
  #failures = 0;
  #retryAt = 0;
  #pollTimer: NodeJS.Timeout | null = null;
  #listenTimer: NodeJS.Timeout | null = null;
  #listener: pg.Client | null = null;

  constructor({ orm, pubsub, log, pollIntervalMs = 1_000, batchSize = 100, maxBackoffMs = 5_000 }: OutboxRelayOptions) {
    this.#orm = orm;
    this.#pubsub = pubsub;
    this.#log = log.child({ component: 'outbox' });
    this.#pollIntervalMs = pollIntervalMs;
    this.#batchSize = batchSize;
    this.#maxBackoffMs = maxBackoffMs;
  }

  async start(): Promise<void> {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#pollTimer = setInterval(() => this.wake(), this.#pollIntervalMs);
    this.#pollTimer.unref();
    await this.#listen();
    this.wake();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#pollTimer) clearInterval(this.#pollTimer);
    if (this.#listenTimer) clearTimeout(this.#listenTimer);
    const listener = this.#listener;
    this.#listener = null;
    await Promise.allSettled([this.#running, listener?.end()]);
  }

  /** Drains soon; calls while a drain runs coalesce into one more pass. */
  wake(): void {
    if (this.#stopped || Date.now() < this.#retryAt) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.#drainWhileAsked().finally(() => {
      this.#running = null;
    });
  }

  async #drainWhileAsked(): Promise<void> {
    do {
      this.#again = false;
      const { more } = await this.drain();
      if (more) this.#again = true;
    } while (this.#again && !this.#stopped && Date.now() >= this.#retryAt);
  }

  /**
   * One pass over up to a batch of events, oldest first; stops at the first failure to keep their order.
   * Plain statements, not entities: every event waits for this pass, and the ORM's query building,
   * hydration and change sets for rows that are deleted a moment later cost more CPU than the statements.
   */
  async drain(): Promise<DrainResult> {
    let result: DrainResult;
    try {
      result = this.#pubsub.local ? await this.#takeAndDeliver() : await this.#deliverAndDelete();
    } catch (error) {
      result = { published: 0, error, more: false };
    }
    this.#record(result);
    return result;
  }

  /**
   * Through Redis, for subscribers in every instance: each event is deleted in the transaction that
   * published it, so an instance that dies mid-pass leaves it to be published again (at least once).
   */
  #deliverAndDelete(): Promise<DrainResult> {
    return this.#orm.em.fork().transactional(async (tx) => {
      const events = await tx.execute<OutboxRow[]>(`select id, topic, user_id, payload from ${OUTBOX_TABLE} order by id asc limit ? for update skip locked`, [
        this.#batchSize,
      ]);
      const { published, failure } = await this.#deliverInOrder(events);
      if (published.length) await tx.execute(`delete from ${OUTBOX_TABLE} where id in (?)`, [published.map((event) => event.id)]);
      if (failure) {
        await tx.execute(`update ${OUTBOX_TABLE} set attempts = attempts + 1, last_error = ? where id = ?`, [lastErrorOf(failure.error), failure.event.id]);
        return { published: published.length, error: failure.error, more: false };
      }
      return { published: published.length, error: null, more: events.length === this.#batchSize };
    });
  }

  /**
   * In-process, every subscriber lives here, so one statement takes the events off the table and they
   * are delivered after it: one round trip per pass instead of four (BEGIN, select, delete, COMMIT), on
   * the path of every live event (issue 11). An instance that dies before delivering loses the events
   * together with the sockets they were for. A delivery that fails puts back what it did not deliver.
   */
  async #takeAndDeliver(): Promise<DrainResult> {
    const connection = this.#orm.em.getConnection();
    const taken = await connection.execute<OutboxRow[]>(
      `delete from ${OUTBOX_TABLE} where id in (select id from ${OUTBOX_TABLE} order by id asc limit ? for update skip locked) returning id, topic, user_id, payload, attempts, last_error, created_at`,
      [this.#batchSize],
    );
    // DELETE … RETURNING answers in no promised order.
    const events = taken.sort((a, b) => Number(a.id) - Number(b.id));
    const { published, failure } = await this.#deliverInOrder(events);
    if (!failure) return { published: published.length, error: null, more: events.length === this.#batchSize };
    const [failed, ...after] = events.slice(published.length) as [OutboxRow, ...OutboxRow[]];
    await connection.execute(
      `insert into ${OUTBOX_TABLE} (id, topic, user_id, payload, attempts, last_error, created_at) select * from jsonb_to_recordset(?::jsonb) as kept(id bigint, topic text, user_id uuid, payload jsonb, attempts int, last_error text, created_at timestamptz)`,
      [JSON.stringify([{ ...failed, attempts: (failed.attempts ?? 0) + 1, last_error: lastErrorOf(failure.error) }, ...after])],
    );
    return { published: published.length, error: failure.error, more: false };
  }

  /** Delivers events one after another, stopping at the first that fails so that none overtakes it. */
  async #deliverInOrder(events: OutboxRow[]): Promise<{ published: OutboxRow[]; failure: { event: OutboxRow; error: unknown } | null }> {
    const published: OutboxRow[] = [];
    for (const event of events) {
      try {
        // The topic and payload were typed when recorded (recordEvent); the row only carries them across the commit.
        await (this.#pubsub.deliver as (topic: string, userId: string, payload: unknown) => Promise<void>)(event.topic, event.user_id, event.payload);
      } catch (error) {
        return { published, failure: { event, error } };
      }
      published.push(event);
    }
    return { published, failure: null };
  }

  /** Backs off while failing; logs the first failure of an outage and the recovery, not every retry. */
  #record(result: DrainResult): void {
    if (result.error === null) {
      if (this.#failures > 0) this.#log.info({ failedAttempts: this.#failures, published: result.published }, 'outbox delivery restored');
      this.#failures = 0;
      this.#retryAt = 0;
      return;
    }
    this.#failures += 1;
    const pause = Math.min(this.#maxBackoffMs, 250 * 2 ** Math.min(this.#failures - 1, 10));
    this.#retryAt = Date.now() + pause;
    if (this.#failures === 1) {
      this.#log.warn({ err: { message: messageOf(result.error) } }, 'outbox delivery failed; events are kept and retried');
    }
  }

  /** A dedicated connection LISTENing for commits of outbox rows; reconnected after it fails. */
  async #listen(): Promise<void> {
    if (this.#stopped) return;
    const client = new pg.Client({ connectionString: this.#orm.config.get('clientUrl') });
    const retry = () => {
      if (this.#listener === client) this.#listener = null;
      client.end().catch(() => undefined);
      if (this.#stopped || this.#listenTimer) return;
      this.#listenTimer = setTimeout(() => {
        this.#listenTimer = null;
        void this.#listen();
      }, this.#maxBackoffMs);
      this.#listenTimer.unref();
    };
    client.on('error', (error) => {
      this.#log.warn({ err: { message: error.message } }, 'outbox listener connection failed; polling until it is back');
      retry();
    });
    client.on('end', () => {
      if (this.#listener === client) retry();
    });
    client.on('notification', () => this.wake());
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      if (this.#stopped) {
        await client.end();
        return;
      }
      this.#listener = client;
      // Anything committed while nobody listened.
      this.wake();
    } catch (error) {
      this.#log.warn({ err: { message: messageOf(error) } }, 'outbox listener could not connect; polling until it can');
      retry();
    }
  }
}

/** What an outbox row keeps of a failure (its `last_error` column holds 500 characters). */
function lastErrorOf(error: unknown): string {
  return messageOf(error).slice(0, 500);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
