import type { EntityManager } from '../../db/orm.ts';
import type { PubSub } from '../../schema/pubsub.ts';
import { recordEvent } from '../outbox/record-event.ts';

/** An event a sync produced, held until its transaction commits. */
export type SyncEvent =
  | { topic: 'applicationStatusChanged'; userId: string; payload: { applicationId: string; statusChangeId: string } }
  | { topic: 'syncStatus'; userId: string; payload: { accountId: string | null } }
  | { topic: 'threadUpdated'; userId: string; payload: { threadId: string } };

/**
 * Queues a page's events in the outbox, in the page's transaction: they reach subscribers once it
 * commits, and a crash or a Redis outage between commit and publish loses none of them.
 */
export function recordSyncEvents(tx: EntityManager, events: readonly SyncEvent[]): void {
  for (const event of events) {
    switch (event.topic) {
      case 'applicationStatusChanged':
        recordEvent(tx, 'applicationStatusChanged', event.userId, event.payload);
        break;
      case 'syncStatus':
        recordEvent(tx, 'syncStatus', event.userId, event.payload);
        break;
      case 'threadUpdated':
        recordEvent(tx, 'threadUpdated', event.userId, event.payload);
        break;
    }
  }
}

/**
 * Publishes at once, outside any transaction: only for hints that carry no change of their own
 * (a sync started or ended; subscribers reload the state, which is in the database either way).
 */
export function publishSyncEvents(pubsub: PubSub, events: readonly SyncEvent[]): void {
  for (const event of events) {
    switch (event.topic) {
      case 'applicationStatusChanged':
        pubsub.publish('applicationStatusChanged', event.userId, event.payload);
        break;
      case 'syncStatus':
        pubsub.publish('syncStatus', event.userId, event.payload);
        break;
      case 'threadUpdated':
        pubsub.publish('threadUpdated', event.userId, event.payload);
        break;
    }
  }
}
