import type { ExecutionResult } from 'graphql';

/** Collects a subscription's events in the background; `until` waits (bounded by the test timeout) for one that matches. */
export function collectEvents<T>(iterator: AsyncIterableIterator<ExecutionResult<T>>) {
  const items: T[] = [];
  const errors: unknown[] = [];
  let wake: (() => void) | null = null;
  void (async () => {
    for await (const result of iterator) {
      if (result.errors?.length) errors.push(...result.errors);
      else if (result.data) items.push(result.data);
      wake?.();
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
    stop: () => iterator.return?.(),
  };
}
