import { setMaxListeners } from 'node:events';
import { createPubSub, type PubSub as YogaPubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';
import { MAX_SUBSCRIPTIONS_PER_USER } from '../server/limits.ts';

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

/** Channels are `topic:userId`; an instance subscribes to each topic's pattern once, whatever its sockets. */
const TOPIC_PATTERNS: readonly `${keyof PubSubTopics}:*`[] = ['applicationStatusChanged:*', 'syncStatus:*', 'threadUpdated:*'];

export type PubSubReadiness = { ok: true } | { ok: false; reason: string };

export interface PubSub extends YogaPubSub<PubSubTopics> {
  /** Publishes and resolves once the transport has taken the event; rejects when it cannot (Redis down). */
  deliver<K extends keyof PubSubTopics>(topic: K, ...args: PubSubTopics[K]): Promise<void>;
  /** Whether events can travel now: always in-process; through Redis, while both connections are up. */
  readiness(): PubSubReadiness;
  /**
   * Every subscriber an event can reach listens in this process (the in-process pubsub). Then an
   * event this process has taken and not yet delivered when it dies had nobody left to reach, and the
   * outbox relay may take events off the table before delivering them (outbox-relay.ts).
   */
  readonly local: boolean;
}

export interface PubSubHandle {
  pubsub: PubSub;
  close(): Promise<void>;
}

type PubSubEventTarget = NonNullable<Parameters<typeof createPubSub>[0]>['eventTarget'] & object;

export interface PubSubOptions {
  log?: Logger;
  /** Names this instance's Redis connections in CLIENT LIST (`NAME-publish`, `NAME-subscribe`); default `applytrack`. */
  redisConnectionName?: string;
  /** Wraps the event target (tests count listeners with it). */
  wrapEventTarget?: (eventTarget: PubSubEventTarget) => PubSubEventTarget;
}

/** How long one Redis command may take before it counts as failed (Redis hung rather than down). */
const REDIS_COMMAND_TIMEOUT_MS = 2_000;

/** In-process by default; through Redis when REDIS_URL is set, so several instances share events. */
export function createPubSubHandle(redisUrl: string | undefined, options: PubSubOptions = {}): PubSubHandle {
  const wrap = options.wrapEventTarget ?? ((eventTarget) => eventTarget);
  if (!redisUrl) {
    const target = new EventTarget();
    // One user's tabs listen on one topic: Node would warn of a leak past 10 listeners of a type.
    setMaxListeners(MAX_SUBSCRIPTIONS_PER_USER, target);
    const pubsub = createPubSub<PubSubTopics>({ eventTarget: wrap(target) });
    return {
      pubsub: Object.assign(pubsub, {
        deliver: async <K extends keyof PubSubTopics>(topic: K, ...args: PubSubTopics[K]) => pubsub.publish(topic, ...args),
        readiness: (): PubSubReadiness => ({ ok: true }),
        local: true,
      }),
      close: async () => undefined,
    };
  }
  return createRedisPubSub(redisUrl, wrap, options.log, options.redisConnectionName);
}

function createRedisPubSub(redisUrl: string, wrap: (target: PubSubEventTarget) => PubSubEventTarget, log?: Logger, name = 'applytrack'): PubSubHandle {
  // The publisher fails fast while disconnected: the outbox keeps the event and retries later.
  const publishClient = new Redis(redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    connectionName: `${name}-publish`,
  });
  const subscribeClient = new Redis(redisUrl, { maxRetriesPerRequest: 3, connectionName: `${name}-subscribe` });
  // Local routing: channel (`topic:userId`) → the listeners of this instance. Redis sees none of it.
  const listeners = new Map<string, Set<EventListenerOrEventListenerObject>>();
  let closing = false;

  const warn = (message: string, error?: unknown) => log?.warn({ component: 'pubsub', err: error }, message);
  watchConnection(publishClient, 'publish', log);
  // True once the topic patterns are subscribed in Redis; until then this instance's own listeners
  // would miss events, so deliver() refuses and the outbox holds them.
  let subscriptionsInPlace = false;
  // Redis was reached and lost, or could not be reached: a subscription starting now is told so.
  let interrupted = false;
  subscribeClient.on('error', () => {
    if (!subscriptionsInPlace) interrupted = true;
  });
  watchConnection(subscribeClient, 'subscribe', log, {
    lost: () => {
      subscriptionsInPlace = false;
      interrupted = true;
      if (!closing) tellListeners('live updates are interrupted (Redis unavailable); changes are delivered once it is back');
    },
    // On every (re)connection: PSUBSCRIBE is idempotent, and covers one that failed during an outage.
    restored: () => {
      subscribeClient.psubscribe(...TOPIC_PATTERNS).then(
        () => {
          subscriptionsInPlace = subscribeClient.status === 'ready';
          if (subscriptionsInPlace) interrupted = false;
        },
        (error: unknown) => warn('subscribing to the topic patterns failed', error),
      );
    },
  });
  // Redis matches the pattern; this instance hands the event to the channel's own listeners, if any
  // (users with no socket here cost a map lookup, not a parse).
  subscribeClient.on('pmessage', (_pattern: string, channel: string, message: string) => {
    const own = listeners.get(channel);
    if (!own) return;
    let detail: unknown;
    try {
      detail = JSON.parse(message);
    } catch (error) {
      return warn(`an event on ${channel} is not JSON; dropped`, error);
    }
    // One payload object for every listener of the channel: subscription resolvers share its load.
    dispatchLocally(channel, own, detail);
  });

  // The event target createPubSub subscribes through. One pattern subscription per topic serves every
  // socket, so opening and closing sockets sends Redis nothing.
  const redisTarget: PubSubEventTarget = {
    addEventListener(channel, listener) {
      if (!listener) return;
      let own = listeners.get(channel);
      if (!own) listeners.set(channel, (own = new Set()));
      own.add(listener as EventListenerOrEventListenerObject);
      if (interrupted && !closing) {
        const notice: DeliveryInterrupted = { deliveryInterrupted: 'live updates could not start (Redis unavailable); they resume once it is back' };
        queueMicrotask(() => dispatchLocally(channel, new Set([listener as EventListenerOrEventListenerObject]), notice));
      }
    },
    removeEventListener(channel, listener) {
      const own = listeners.get(channel);
      if (!listener || !own) return;
      own.delete(listener as EventListenerOrEventListenerObject);
      if (own.size === 0) listeners.delete(channel);
    },
    dispatchEvent(event) {
      const { detail } = event as CustomEvent;
      publishClient.publish(event.type, JSON.stringify(detail ?? null)).catch((error: unknown) => warn('publish failed', error));
      return true;
    },
  };

  function dispatchLocally(channel: string, targets: Set<EventListenerOrEventListenerObject>, detail: unknown) {
    const event = new CustomEvent(channel, { detail });
    for (const listener of targets) {
      if (typeof listener === 'function') listener(event);
      else listener.handleEvent(event);
    }
  }

  function tellListeners(reason: string) {
    const notice: DeliveryInterrupted = { deliveryInterrupted: reason };
    for (const [channel, own] of listeners) dispatchLocally(channel, own, notice);
  }

  const pubsub = createPubSub<PubSubTopics>({ eventTarget: wrap(redisTarget) });
  return {
    pubsub: Object.assign(pubsub, {
      async deliver<K extends keyof PubSubTopics>(topic: K, ...[userId, payload]: PubSubTopics[K]) {
        if (!subscriptionsInPlace) throw new Error('Redis subscriptions of this instance are not in place yet');
        // Same channel and encoding as dispatchEvent, but awaited: the caller learns of failure.
        await publishClient.publish(`${topic}:${userId}`, JSON.stringify(payload));
      },
      readiness(): PubSubReadiness {
        const up = publishClient.status === 'ready' && subscribeClient.status === 'ready' && subscriptionsInPlace;
        return up ? { ok: true } : { ok: false, reason: 'pubsub (Redis) unavailable' };
      },
      local: false,
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
