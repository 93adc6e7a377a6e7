import type { EntityManager } from '../../db/orm.ts';
import type { PubSubTopics } from '../../schema/pubsub.ts';
import { OutboxEventSchema } from './outbox-event.entity.ts';

/**
 * Queues an event for the user's subscribers, to be published once the surrounding transaction
 * commits (and never if it rolls back). Call it in the transaction that makes the change; the
 * OutboxRelay does the publishing, retrying while the pubsub (Redis) is down.
 */
export function recordEvent<K extends keyof PubSubTopics>(em: EntityManager, topic: K, userId: PubSubTopics[K][0], payload: PubSubTopics[K][1]): void {
  em.create(OutboxEventSchema, { topic, userId, payload: { ...payload } });
}
