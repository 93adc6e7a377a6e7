import { initContextCache } from '@pothos/core';
import type { Context } from '../context.ts';
import type { EntityManager } from '../db/orm.ts';
import { UserSchema, type UserRow } from '../modules/users/user.entity.ts';

/**
 * What the subscribers of one event share: a pubsub hands every listener of a channel (`topic:userId`)
 * the same payload object, so the payload identifies the event. The first subscriber to resolve it
 * forks an EntityManager and dataloader caches and starts the load; the user's other sockets (tabs)
 * reuse both, so an event costs one load per user and instance, not one per subscriber. Kept in a
 * WeakMap: it goes when the event does.
 */
interface SharedEvent {
  em: EntityManager;
  cache: ReturnType<typeof initContextCache>;
  load: Promise<unknown>;
}

const sharedByEvent = new WeakMap<object, Map<string, SharedEvent>>();

/**
 * Points the subscriber's context at the event's shared EntityManager, viewer and caches (fresh for
 * each event, so it shows the rows as they are now, not as first loaded) and answers the event's one
 * load. Keyed by viewer too: an event object only ever travels on its owner's channel, and this keeps it so.
 */
export function loadOncePerEvent<T>(event: object, ctx: Context, load: (ctx: Context) => Promise<T>): Promise<T> {
  const viewerId = (ctx.viewer as UserRow).id;
  let byViewer = sharedByEvent.get(event);
  if (!byViewer) sharedByEvent.set(event, (byViewer = new Map()));
  const shared = byViewer.get(viewerId);
  if (shared) {
    Object.assign(ctx, shared.cache, { em: shared.em, viewer: shared.em.getReference(UserSchema, viewerId) });
    return shared.load as Promise<T>;
  }
  const cache = initContextCache();
  const em = ctx.forkEm();
  Object.assign(ctx, cache, { em, viewer: em.getReference(UserSchema, viewerId) });
  const started: SharedEvent = { em, cache, load: load(ctx) };
  byViewer.set(viewerId, started);
  return started.load as Promise<T>;
}

/** Stands in for a subscription's EntityManager between events: nothing may load then. */
const NO_ENTITY_MANAGER = new Proxy({} as EntityManager, {
  get(_target, property) {
    throw new Error(`a subscription has no EntityManager between events (${String(property)}): resolve through loadOncePerEvent`);
  },
});

/**
 * Between events an idle subscription (thousands per instance, one per socket and tab) keeps its
 * viewer's id only: the EntityManager the context factory forked, the viewer entity in it, and the
 * last event's caches are let go. Each event brings its own through loadOncePerEvent. Called once the
 * subscription streams and after each of its events (server/subscription-bookkeeping.ts).
 */
export function releaseBetweenEvents(ctx: Context): void {
  if (!ctx.viewer) return;
  Object.assign(ctx, { [CONTEXT_CACHE]: undefined, em: NO_ENTITY_MANAGER, viewer: { id: ctx.viewer.id } as UserRow });
}

const CONTEXT_CACHE = Symbol.for('Pothos.contextCache');

/**
 * Before a subscription starts: what Pothos caches while it starts (scope-auth's per-request cache:
 * five Maps) is keyed by this fresh object, not by the context, so it goes at the first release.
 */
export function prepareSubscriptionContext(ctx: Context): void {
  Object.assign(ctx, initContextCache());
}
