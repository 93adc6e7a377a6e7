import { KeyedCounter } from './keyed-counter.ts';
import { MAX_SUBSCRIPTIONS_PER_USER } from './limits.ts';

/**
 * The places of running subscriptions, per user, over every transport (graphql-ws and server-sent
 * events alike): each one costs a message per event (the load is shared per user). A place is taken
 * before the subscription starts, synchronously, so a burst cannot overshoot; whoever took it gives it
 * back exactly once, when the subscription is refused, fails, or ends (server/subscription-bookkeeping.ts).
 */
export class SubscriptionPlaces {
  readonly #running = new KeyedCounter();
  readonly max: number;

  constructor(max = MAX_SUBSCRIPTIONS_PER_USER) {
    this.max = max;
  }

  /** Takes one of the user's places; false when all are taken. */
  take(userId: string): boolean {
    if (this.#running.get(userId) >= this.max) return false;
    this.#running.add(userId);
    return true;
  }

  release(userId: string): void {
    this.#running.remove(userId);
  }

  runningFor(userId: string): number {
    return this.#running.get(userId);
  }
}
