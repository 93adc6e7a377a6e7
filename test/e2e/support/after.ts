/** Waits for an event that arrives after a mark: `since(events)` now, then `.until(predicate)` (bounded by the test timeout). */
export function since<T>(events: { items: T[]; until(predicate: (item: T) => boolean): Promise<T> }) {
  const start = events.items.length;
  return { until: (predicate: (item: T) => boolean) => events.until((item) => events.items.indexOf(item) >= start && predicate(item)) };
}
