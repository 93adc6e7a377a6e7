import type { ExecutionResult } from 'graphql';
import type { Context } from '../context.ts';
import { TooManySubscriptionsError } from '../schema/errors.ts';
import { MAX_SUBSCRIPTIONS_PER_USER } from './limits.ts';

/**
 * An envelop plugin bounding the subscriptions one user runs at once, over every transport
 * (graphql-ws and server-sent events alike): each one costs a message per event (the load is shared per user).
 * A place is taken before the subscription starts (so a burst cannot overshoot) and given back
 * when it is refused, fails, or ends.
 */
export function useSubscriptionLimitPerUser(max = MAX_SUBSCRIPTIONS_PER_USER) {
  const running = new Map<string, number>();
  const release = (userId: string) => {
    const left = (running.get(userId) ?? 1) - 1;
    if (left > 0) running.set(userId, left);
    else running.delete(userId);
  };
  return {
    runningFor: (userId: string) => running.get(userId) ?? 0,
    onSubscribe({ args, setResultAndStopExecution, setSubscribeFn, subscribeFn }: SubscribeHook) {
      const userId = args.contextValue?.viewer?.id;
      if (!userId) return undefined; // refused as UNAUTHENTICATED by the schema
      const taken = running.get(userId) ?? 0;
      if (taken >= max) {
        setResultAndStopExecution({ errors: [new TooManySubscriptionsError('user', max)] });
        return undefined;
      }
      running.set(userId, taken + 1);
      let released = false;
      const releaseOnce = () => {
        if (!released) release(userId);
        released = true;
      };
      setSubscribeFn(async (subscribeArgs: unknown) => {
        try {
          return await subscribeFn(subscribeArgs);
        } catch (error) {
          releaseOnce();
          throw error;
        }
      });
      return {
        onSubscribeResult({ result }: { result: ExecutionResult | AsyncIterable<unknown> }) {
          if (!(Symbol.asyncIterator in result)) {
            releaseOnce();
            return undefined;
          }
          return { onEnd: releaseOnce };
        },
        onSubscribeError: releaseOnce,
      };
    },
  };
}

interface SubscribeHook {
  args: { contextValue?: Partial<Context> };
  subscribeFn: (args: unknown) => unknown;
  setSubscribeFn(fn: (args: unknown) => unknown): void;
  setResultAndStopExecution(result: { errors: Error[] }): void;
}
