import type { ExecutionResult } from 'graphql';
import type { Context } from '../context.ts';
import { operationLabels, type Metrics, type OperationArgs } from '../metrics.ts';
import { TooManySubscriptionsError } from '../schema/errors.ts';
import { prepareSubscriptionContext, releaseBetweenEvents } from '../schema/subscription-event.ts';
import type { SubscriptionPlaces } from './subscription-limits.ts';

type Subscribe = (args: unknown) => unknown;
type SubscribeResult = ExecutionResult | AsyncIterable<ExecutionResult>;

/**
 * An envelop plugin keeping a subscription's accounts over every transport (graphql-ws and
 * server-sent events alike): the user's place (SubscriptionPlaces), the subscription gauge and
 * per-event metrics, and the lean context between events (schema/subscription-event.ts).
 *
 * An idle subscription lives as long as its socket, thousands per instance, so it is accounted in
 * one iterator layer of its own (TrackedSubscription) and shared hook functions. One plugin each
 * with `onEnd`/`onNext` hooks cost an envelop iterator layer and closures per plugin and
 * subscription (1.2-1.7 KB of heap per idle subscription at 10,000; docs/decisions.md).
 */
export function useSubscriptionBookkeeping({ places, metrics }: { places: SubscriptionPlaces; metrics: Pick<Metrics, 'subscriptionStarted' | 'subscriptionEnded' | 'subscriptionEvent'> }) {
  /** What an ending subscription gives back: its user's place, and its count in the gauge. */
  const ended = (userId: string) => {
    places.release(userId);
    metrics.subscriptionEnded();
  };

  /** One layer over the subscription's events; ends once, whichever way it ends. */
  class TrackedSubscription implements AsyncIterableIterator<ExecutionResult> {
    readonly #source: AsyncIterator<ExecutionResult>;
    readonly #userId: string;
    readonly #ctx: Context;
    readonly #field: string;
    #ended = false;

    constructor(source: AsyncIterable<ExecutionResult>, userId: string, ctx: Context, field: string) {
      this.#source = source[Symbol.asyncIterator]();
      this.#userId = userId;
      this.#ctx = ctx;
      this.#field = field;
    }

    [Symbol.asyncIterator]() {
      return this;
    }

    async next(): Promise<IteratorResult<ExecutionResult>> {
      if (this.#ended) return { done: true, value: undefined };
      let step: IteratorResult<ExecutionResult>;
      try {
        step = await this.#source.next();
      } catch (error) {
        this.#end();
        throw error;
      }
      if (step.done) this.#end();
      else {
        metrics.subscriptionEvent(this.#field, step.value);
        releaseBetweenEvents(this.#ctx);
      }
      return step;
    }

    async return(value?: unknown): Promise<IteratorResult<ExecutionResult>> {
      // Ended first: a next() waiting on the source resolves as done after this and must not end it again.
      this.#end();
      return (await this.#source.return?.(value)) ?? { done: true, value: undefined };
    }

    async throw(error?: unknown): Promise<IteratorResult<ExecutionResult>> {
      this.#end();
      if (this.#source.throw) return this.#source.throw(error);
      throw error;
    }

    #end() {
      if (this.#ended) return;
      this.#ended = true;
      ended(this.#userId);
    }
  }

  /**
   * The subscribe function giving the place back when it throws (a refusal or an error result is seen
   * by onSubscribeResult). One per subscribe function envelop hands in, not one per subscription.
   */
  const releasingOnThrow = new WeakMap<Subscribe, Subscribe>();
  const guarded = (subscribe: Subscribe): Subscribe => {
    let wrapped = releasingOnThrow.get(subscribe);
    if (!wrapped) {
      wrapped = async (args) => {
        try {
          return await subscribe(args);
        } catch (error) {
          places.release(userOf(args as SubscribeArgs)!);
          throw error;
        }
      };
      releasingOnThrow.set(subscribe, wrapped);
    }
    return wrapped;
  };

  /** The same hooks object for every subscription: everything it needs comes in its arguments. */
  const afterSubscribe = {
    onSubscribeResult({ args, result, setResult }: { args: SubscribeArgs; result: SubscribeResult; setResult(result: AsyncIterable<ExecutionResult>): void }) {
      const userId = userOf(args)!;
      if (!(Symbol.asyncIterator in result)) {
        // Refused (rate limit, scope) or failed before streaming: the place goes back, the gauge never moved.
        places.release(userId);
        return;
      }
      metrics.subscriptionStarted();
      releaseBetweenEvents(args.contextValue as Context);
      setResult(new TrackedSubscription(result, userId, args.contextValue as Context, operationLabels(args).field));
    },
  };

  return {
    onSubscribe({ args, subscribeFn, setSubscribeFn, setResultAndStopExecution }: SubscribeHook) {
      const userId = userOf(args);
      if (!userId) return undefined; // refused as UNAUTHENTICATED by the schema
      // Taken before the subscription starts (synchronously, so a burst cannot overshoot).
      if (!places.take(userId)) {
        setResultAndStopExecution({ errors: [new TooManySubscriptionsError('user', places.max)] });
        return undefined;
      }
      prepareSubscriptionContext(args.contextValue as Context);
      setSubscribeFn(guarded(subscribeFn));
      return afterSubscribe;
    },
  };
}

interface SubscribeArgs extends OperationArgs {
  contextValue?: Partial<Context>;
}

const userOf = (args: SubscribeArgs): string | undefined => args.contextValue?.viewer?.id;

interface SubscribeHook {
  args: SubscribeArgs;
  subscribeFn: Subscribe;
  setSubscribeFn(fn: Subscribe): void;
  setResultAndStopExecution(result: { errors: Error[] }): void;
}
