import type { PubSub } from '../../schema/pubsub.ts';

/** An event a sync produced, held until its transaction commits. */
export type SyncEvent =
  | { topic: 'applicationStatusChanged'; userId: string; payload: { applicationId: string; statusChangeId: string } }
  | { topic: 'syncStatus'; userId: string; payload: { accountId: string | null } }
  | { topic: 'threadUpdated'; userId: string; payload: { threadId: string } };

/**
 * The one place a sync's events leave the process, always after their transaction committed.
 * (The transactional outbox can replace this body without any caller changing.)
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
