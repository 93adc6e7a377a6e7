import type { ResultOf, TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type FormattedExecutionResult } from 'graphql';
import type { TestServer } from '../../support/server.ts';

/** A typed subscription over a real graphql-ws client, its events collected. */
export function subscribe<D extends TypedDocumentNode<any, any>>(server: TestServer, token: string, document: D) {
  return collectEvents<ResultOf<D>>(server.wsClient(token).iterate<ResultOf<D>>({ query: print(document) }) as AsyncIterableIterator<FormattedExecutionResult<ResultOf<D>>>);
}

/** Collects a subscription's events in the background; `until` waits (bounded by the test timeout) for one that matches. */
export function collectEvents<T>(iterator: AsyncIterableIterator<FormattedExecutionResult<T>>) {
  const items: T[] = [];
  const errors: unknown[] = [];
  let wake: () => void = () => undefined;
  void (async () => {
    for await (const result of iterator) {
      if (result.errors?.length) errors.push(...result.errors);
      else if (result.data) items.push(result.data);
      wake();
    }
  })();
  return {
    items,
    errors,
    async until(predicate: (item: T) => boolean): Promise<T> {
      for (;;) {
        if (errors.length) throw new Error(`subscription error: ${JSON.stringify(errors[0])}`);
        const found = items.find(predicate);
        if (found) return found;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    stop: async () => {
      await iterator.return?.();
    },
  };
}
