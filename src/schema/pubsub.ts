import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub as YogaPubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';

/**
 * Typed topics, each scoped by the owning user's id so an event can only reach its owner.
 * Payloads are ids, not entities: they cross Redis as JSON and subscribers load fresh rows.
 */
export interface ApplicationStatusChangedEvent {
  applicationId: string;
  statusChangeId: string;
}

/** Something about the user's sync changed (state, progress, activeThreadCount): subscribers reload it. */
export interface SyncStatusChangedEvent {
  accountId: string | null;
}

export interface ThreadUpdatedEvent {
  threadId: string;
}

export type PubSubTopics = {
  applicationStatusChanged: [userId: string, payload: ApplicationStatusChangedEvent];
  syncStatus: [userId: string, payload: SyncStatusChangedEvent];
  threadUpdated: [userId: string, payload: ThreadUpdatedEvent];
};

export type PubSub = YogaPubSub<PubSubTopics>;

export interface PubSubHandle {
  pubsub: PubSub;
  close(): Promise<void>;
}

type PubSubEventTarget = NonNullable<Parameters<typeof createPubSub>[0]>['eventTarget'] & object;

/** In-process by default; through Redis when REDIS_URL is set, so several instances share events. */
export function createPubSubHandle(
  redisUrl: string | undefined,
  wrap: (eventTarget: PubSubEventTarget) => PubSubEventTarget = (eventTarget) => eventTarget,
): PubSubHandle {
  if (!redisUrl) return { pubsub: createPubSub<PubSubTopics>({ eventTarget: wrap(new EventTarget()) }), close: async () => undefined };
  const publishClient = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    pubsub: createPubSub<PubSubTopics>({ eventTarget: wrap(eventTarget) }),
    async close() {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}
