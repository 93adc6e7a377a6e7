import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub as YogaPubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';

/**
 * Typed topics, each scoped by the owning user's id so an event can only reach its owner.
 * Payloads are ids, not entities: they cross Redis as JSON and subscribers load fresh rows.
 */
export interface ApplicationStatusChangedEvent {
  applicationId: string;
  statusChangeId: string;
}

/**
 * Sent to every subscriber of an instance when its Redis subscription connection is lost: events may
 * arrive late (they wait in the outbox) until it is back. Subscription resolvers turn it into an error.
 */
export interface DeliveryInterrupted {
  deliveryInterrupted: string;
}

export function isDeliveryInterrupted(event: object): event is DeliveryInterrupted {
  return 'deliveryInterrupted' in event;
}

/** Something about the user's sync changed (state, progress, activeThreadCount): subscribers reload it. */
export interface SyncStatusChangedEvent {
  accountId: string | null;
}

export interface ThreadUpdatedEvent {
  threadId: string;
}

export type PubSubTopics = {
  applicationStatusChanged: [userId: string, payload: ApplicationStatusChangedEvent | DeliveryInterrupted];
  syncStatus: [userId: string, payload: SyncStatusChangedEvent | DeliveryInterrupted];
  threadUpdated: [userId: string, payload: ThreadUpdatedEvent | DeliveryInterrupted];
};

export type PubSubReadiness = { ok: true } | { ok: false; reason: string };

export interface PubSub extends YogaPubSub<PubSubTopics> {
  /** Publishes and resolves once the transport has taken the event; rejects when it cannot (Redis down). */
  deliver<K extends keyof PubSubTopics>(topic: K, ...args: PubSubTopics[K]): Promise<void>;
  /** Whether events can travel now: always in-process; through Redis, while both connections are up. */
  readiness(): PubSubReadiness;
}

export interface PubSubHandle {
  pubsub: PubSub;
  close(): Promise<void>;
}

type PubSubEventTarget = NonNullable<Parameters<typeof createPubSub>[0]>['eventTarget'] & object;

export interface PubSubOptions {
  log?: Logger;
  /** Wraps the event target (tests count listeners with it). */
  wrapEventTarget?: (eventTarget: PubSubEventTarget) => PubSubEventTarget;
}

/** How long one Redis command may take before it counts as failed (Redis hung rather than down). */
const REDIS_COMMAND_TIMEOUT_MS = 2_000;

/** In-process by default; through Redis when REDIS_URL is set, so several instances share events. */
export function createPubSubHandle(redisUrl: string | undefined, options: PubSubOptions = {}): PubSubHandle {
  const wrap = options.wrapEventTarget ?? ((eventTarget) => eventTarget);
  if (!redisUrl) {
    const pubsub = createPubSub<PubSubTopics>({ eventTarget: wrap(new EventTarget()) });
    return {
      pubsub: Object.assign(pubsub, {
        deliver: async <K extends keyof PubSubTopics>(topic: K, ...args: PubSubTopics[K]) => pubsub.publish(topic, ...args),
        readiness: (): PubSubReadiness => ({ ok: true }),
      }),
      close: async () => undefined,
    };
  }
  return createRedisPubSub(redisUrl, wrap, options.log);
}

function createRedisPubSub(redisUrl: string, wrap: (target: PubSubEventTarget) => PubSubEventTarget, log?: Logger): PubSubHandle {
  // The publisher fails fast while disconnected: the outbox keeps the event and retries later.
  const publishClient = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: REDIS_COMMAND_TIMEOUT_MS });
  // The subscriber queues SUBSCRIBE while (re)connecting; ioredis re-subscribes after a reconnect.
  const subscribeClient = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const topics = new Map<string, Set<EventListenerOrEventListenerObject>>();
  let closing = false;

  const warn = (message: string, error?: unknown) => log?.warn({ component: 'pubsub', err: error }, message);
  watchConnection(publishClient, 'publish', log);
  // True once every topic listened to here is subscribed in Redis; until then this instance's own
  // listeners would miss events, so deliver() refuses and the outbox holds them.
  let subscriptionsInPlace = false;
  watchConnection(subscribeClient, 'subscribe', log, {
    lost: () => {
      subscriptionsInPlace = false;
      if (!closing) tellSubscribers('live updates are interrupted (Redis unavailable); changes are delivered once it is back');
    },
    // SUBSCRIBEs that failed during the outage are not among those ioredis restores: send them again.
    // Redis answers in order, so when this one is answered ioredis's own re-subscriptions are in place too.
    restored: () => {
      const pending = topics.size > 0 ? subscribeClient.subscribe(...topics.keys()) : Promise.resolve();
      pending.then(
        () => {
          subscriptionsInPlace = subscribeClient.status === 'ready';
        },
        (error: unknown) => warn('re-subscribing failed', error),
      );
    },
  });

  // The library publishes and subscribes without awaiting: its rejections would be unhandled and end
  // the process, so it gets clients whose failures are logged (and told to subscribers) instead.
  const quietPublisher = {
    publish: (channel: string, message: string) => publishClient.publish(channel, message).catch((error: unknown) => warn('publish failed', error)),
  };
  const quietSubscriber = {
    on: (event: string, listener: (...args: any[]) => void) => subscribeClient.on(event, listener),
    subscribe: (channel: string) =>
      subscribeClient.subscribe(channel).catch((error: unknown) => {
        warn('subscribe failed', error);
        tellSubscribers('live updates could not start (Redis unavailable); they resume once it is back', channel);
      }),
    unsubscribe: (channel: string) => subscribeClient.unsubscribe(channel).catch((error: unknown) => warn('unsubscribe failed', error)),
  };
  const redisTarget = createRedisEventTarget({
    publishClient: quietPublisher as unknown as Redis,
    subscribeClient: quietSubscriber as unknown as Redis,
  });

  // Remembers who listens to what, so they can be told when delivery is interrupted.
  const trackingTarget: PubSubEventTarget = {
    addEventListener(topic, listener) {
      if (listener) {
        if (!topics.has(topic)) topics.set(topic, new Set());
        topics.get(topic)!.add(listener as EventListenerOrEventListenerObject);
      }
      redisTarget.addEventListener(topic, listener);
    },
    removeEventListener(topic, listener) {
      const listeners = topics.get(topic);
      if (listener && listeners) {
        listeners.delete(listener as EventListenerOrEventListenerObject);
        if (listeners.size === 0) topics.delete(topic);
      }
      redisTarget.removeEventListener(topic, listener);
    },
    dispatchEvent: (event) => redisTarget.dispatchEvent(event),
  };

  function tellSubscribers(reason: string, onlyTopic?: string) {
    const notice: DeliveryInterrupted = { deliveryInterrupted: reason };
    for (const [topic, listeners] of topics) {
      if (onlyTopic && topic !== onlyTopic) continue;
      const event = new CustomEvent(topic, { detail: notice });
      for (const listener of listeners) {
        if (typeof listener === 'function') listener(event);
        else listener.handleEvent(event);
      }
    }
  }

  const pubsub = createPubSub<PubSubTopics>({ eventTarget: wrap(trackingTarget) });
  return {
    pubsub: Object.assign(pubsub, {
      async deliver<K extends keyof PubSubTopics>(topic: K, ...[userId, payload]: PubSubTopics[K]) {
        if (!subscriptionsInPlace) throw new Error('Redis subscriptions of this instance are not in place yet');
        // Same channel and encoding as the event target uses, but awaited: the caller learns of failure.
        await publishClient.publish(`${topic}:${userId}`, JSON.stringify(payload));
      },
      readiness(): PubSubReadiness {
        const up = publishClient.status === 'ready' && subscribeClient.status === 'ready' && subscriptionsInPlace;
        return up ? { ok: true } : { ok: false, reason: 'pubsub (Redis) unavailable' };
      },
    }),
    async close() {
      closing = true;
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}

/**
 * Logs a Redis connection's outage once (ioredis emits `error` on every reconnect attempt; an
 * unhandled `error` event would end the process) and its recovery, and reports both transitions.
 */
function watchConnection(client: Redis, role: string, log?: Logger, on: { lost?: () => void; restored?: () => void } = {}) {
  let wasReady = false;
  let outage = false;
  client.on('error', (error: Error) => {
    if (outage) return;
    outage = true;
    log?.warn({ component: 'pubsub', role, err: { message: error.message } }, 'Redis connection failed; retrying');
  });
  client.on('close', () => {
    if (!wasReady) return;
    wasReady = false;
    outage = true;
    log?.warn({ component: 'pubsub', role }, 'Redis connection lost; retrying');
    on.lost?.();
  });
  client.on('ready', () => {
    if (outage) log?.info({ component: 'pubsub', role }, 'Redis connection restored');
    wasReady = true;
    outage = false;
    on.restored?.();
  });
}
