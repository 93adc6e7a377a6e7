import type { ExecutionResult } from 'graphql';
import type { Context } from '../context.ts';
import { UnauthenticatedError } from '../schema/errors.ts';

/** setTimeout's longest delay; a token living longer (they may live 90 days) is waited for in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;
const EXPIRED = Symbol('token expired');

/**
 * An envelop plugin: a subscription over HTTP (server-sent events) lives only as long as the token it
 * was started with, as a WebSocket connection does (server/graphql-ws.ts closes it with 4401). When
 * the token's `exp` passes, the stream answers one last event, an UNAUTHENTICATED error, and ends.
 */
export function useSubscriptionEndsWithToken() {
  return {
    onSubscribe({ args }: { args: { contextValue: Context & { request?: Request } } }) {
      const { request, viewer, viewerExpiresAt } = args.contextValue;
      // Over graphql-ws the socket carries the expiry; without a viewer the schema refuses the operation.
      if (!request || !viewer || viewerExpiresAt === null) return undefined;
      return {
        onSubscribeResult({ result, setResult }: { result: ExecutionResult | AsyncIterable<ExecutionResult>; setResult(result: AsyncIterable<ExecutionResult>): void }) {
          if (Symbol.asyncIterator in result) setResult(endingAt(result, viewerExpiresAt));
        },
      };
    },
  };
}

/** The source's events until `expiresAt` (epoch ms); then one UNAUTHENTICATED error, the source is returned, and the stream ends. */
function endingAt(source: AsyncIterable<ExecutionResult>, expiresAt: number): AsyncIterableIterator<ExecutionResult> {
  const iterator = source[Symbol.asyncIterator]();
  let timer: NodeJS.Timeout | undefined;
  let finished = false;
  const expiry = new Promise<typeof EXPIRED>((resolve) => {
    const arm = () => {
      const left = expiresAt - Date.now();
      if (left <= 0) return resolve(EXPIRED);
      timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
      timer.unref();
    };
    arm();
  });
  const finish = async () => {
    finished = true;
    clearTimeout(timer);
    await iterator.return?.();
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      if (finished) return { done: true, value: undefined };
      const next = await Promise.race([iterator.next(), expiry]);
      if (next === EXPIRED) {
        await finish();
        return { done: false, value: { errors: [new UnauthenticatedError('Authentication expired: the token of this subscription has expired; subscribe again with a new one')] } };
      }
      if (next.done) {
        finished = true;
        clearTimeout(timer);
      }
      return next;
    },
    async return() {
      await finish();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      await finish();
      throw error;
    },
  };
}
