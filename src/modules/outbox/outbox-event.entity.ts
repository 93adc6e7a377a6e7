import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * An event waiting to reach subscribers. Written in the same transaction as the change it
 * announces, so a committed change always has its event; the relay publishes it after commit and
 * deletes it (or keeps it, counting the attempt, while the pubsub is down).
 */
export const OutboxEventSchema = defineEntity({
  name: 'OutboxEvent',
  tableName: 'outbox_events',
  properties: {
    // Increasing in insertion order: the relay publishes oldest first.
    id: p.bigint('number').primary().autoincrement(),
    topic: p.string().length(100),
    userId: p.uuid(),
    payload: p.json<Record<string, unknown>>(),
    attempts: p.integer().default(0),
    lastError: p.string().length(500).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  triggers: [
    {
      // Wakes the relays (LISTEN outbox_events) when a transaction that wrote events commits: NOTIFY
      // is delivered at commit and dropped with a rollback. One per statement, not per row.
      name: 'outbox_events_notify',
      timing: 'after',
      events: ['insert'],
      forEach: 'statement',
      body: "perform pg_notify('outbox_events', ''); return null;",
    },
  ],
});

export type OutboxEvent = InferEntity<typeof OutboxEventSchema>;
