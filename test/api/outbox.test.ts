import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { OutboxEventSchema } from '../../src/modules/outbox/outbox-event.entity.ts';
import { OutboxRelay } from '../../src/modules/outbox/outbox-relay.ts';
import { recordEvent } from '../../src/modules/outbox/record-event.ts';
import { createPubSubHandle, type ApplicationStatusChangedEvent, type PubSubHandle } from '../../src/schema/pubsub.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

/** The outbox against the real database and the in-process pubsub, without a GraphQL server. */

let database: TestDatabase;
let handle: PubSubHandle;
let relay: OutboxRelay | null = null;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createPubSubHandle(undefined);
});
afterEach(async () => {
  await relay?.stop();
  relay = null;
});
afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

const event = (n: number): ApplicationStatusChangedEvent => ({ applicationId: `app-${n}`, statusChangeId: `change-${n}` });

/** Collects what one user's subscribers receive, until `count` events arrived. */
function receive(userId: string, count: number): Promise<unknown[]> {
  const iterator = handle.pubsub.subscribe('applicationStatusChanged', userId)[Symbol.asyncIterator]();
  return (async () => {
    const received: unknown[] = [];
    while (received.length < count) received.push((await iterator.next()).value);
    await iterator.return?.();
    return received;
  })();
}

describe('recordEvent + OutboxRelay', () => {
  it('publishes committed events oldest first, once, and empties the outbox', async () => {
    const userId = crypto.randomUUID();
    const received = receive(userId, 3);
    const em = database.orm.em.fork();
    for (const n of [1, 2, 3]) {
      await em.transactional(async (tx) => recordEvent(tx, 'applicationStatusChanged', userId, event(n)));
    }
    relay = new OutboxRelay({ orm: database.orm, pubsub: handle.pubsub, log: createLogger('silent') });
    await relay.start();
    expect(await received).toEqual([event(1), event(2), event(3)]);
    // The drain that published them also deleted them; one more pass finds nothing.
    await relay.stop();
    expect(await database.orm.em.fork().count(OutboxEventSchema, { userId })).toBe(0);
  });

  it('a rolled-back transaction leaves no event behind', async () => {
    const userId = crypto.randomUUID();
    const em = database.orm.em.fork();
    await expect(
      em.transactional(async (tx) => {
        recordEvent(tx, 'applicationStatusChanged', userId, event(9));
        await tx.flush();
        throw new Error('the change failed after its event was written');
      }),
    ).rejects.toThrow('the change failed');
    expect(await database.orm.em.fork().count(OutboxEventSchema, { userId })).toBe(0);
  });

  it('is woken by the commit itself (NOTIFY), not only by its poll', async () => {
    const userId = crypto.randomUUID();
    // A poll far longer than the test timeout: only the notification can deliver in time.
    relay = new OutboxRelay({ orm: database.orm, pubsub: handle.pubsub, log: createLogger('silent'), pollIntervalMs: 3_600_000 });
    await relay.start();
    const received = receive(userId, 1);
    await database.orm.em.fork().transactional(async (tx) => recordEvent(tx, 'applicationStatusChanged', userId, event(7)));
    expect(await received).toEqual([event(7)]);
  });

  it('in-process, a delivery that fails puts back what it did not deliver, counting the attempt, and the next pass sends it in order', async () => {
    const userId = crypto.randomUUID();
    const em = database.orm.em.fork();
    for (const n of [1, 2, 3]) await em.transactional(async (tx) => recordEvent(tx, 'applicationStatusChanged', userId, event(n)));
    const received = receive(userId, 3);
    let failOnce = true;
    const deliver = handle.pubsub.deliver as (topic: string, owner: string, payload: ApplicationStatusChangedEvent) => Promise<void>;
    const flaky = {
      ...handle.pubsub,
      deliver: (async (topic: string, owner: string, payload: ApplicationStatusChangedEvent) => {
        if (failOnce && payload.applicationId === 'app-2') {
          failOnce = false;
          throw new Error('the listener could not take it');
        }
        await deliver(topic, owner, payload);
      }) as typeof handle.pubsub.deliver,
    };
    expect(flaky.local).toBe(true);
    relay = new OutboxRelay({ orm: database.orm, pubsub: flaky, log: createLogger('silent'), pollIntervalMs: 3_600_000 });
    const first = await relay.drain();
    expect(first).toMatchObject({ published: 1, more: false });
    expect(String((first.error as Error).message)).toBe('the listener could not take it');
    const kept = await database.orm.em.fork().find(OutboxEventSchema, { userId }, { orderBy: { id: 'asc' } });
    expect(kept.map((row) => [row.payload['applicationId'], row.attempts, row.lastError])).toEqual([
      ['app-2', 1, 'the listener could not take it'],
      ['app-3', 0, null],
    ]);
    expect(await relay.drain()).toMatchObject({ published: 2, error: null });
    expect(await received).toEqual([event(1), event(2), event(3)]);
    expect(await database.orm.em.fork().count(OutboxEventSchema, { userId })).toBe(0);
  });
});
