/**
 * Work on a list taken in order but started ahead: `start(item)` runs for the items after the one
 * asked for before their turn, so slow steps (reading or hashing hundreds of files) overlap while
 * their results are still used one by one, in the list's order. How far ahead is a number of
 * items, or also a weight (bytes) that the items started and not yet taken may not pass together.
 */
export interface Ahead<T> {
  /** At most this many items started and not taken. */
  items: number;
  /** And at most this much weight, each item's from `weigh` (the item asked for always starts). */
  weight?: number;
  weigh?: (item: T) => number;
}

/** Items are asked for in order (index 0, 1, 2…). */
export function runAhead<T, R>(
  items: readonly T[],
  ahead: number | Ahead<T>,
  start: (item: T) => Promise<R>,
): (index: number) => Promise<R> {
  const {
    items: maxItems,
    weight: maxWeight = Infinity,
    weigh = () => 0,
  } = typeof ahead === 'number' ? { items: ahead } : ahead;
  const started = new Map<number, Promise<R>>();
  let next = 0;
  let weightStarted = 0;
  return (index) => {
    next = Math.max(next, index);
    while (next < Math.min(items.length, index + maxItems)) {
      const weight = weigh(items[next]);
      if (next > index && weightStarted + weight > maxWeight) break;
      const result = start(items[next]);
      // Taken in its turn; a rejection waiting for it is not an unhandled one.
      result.catch(() => undefined);
      started.set(next, result);
      weightStarted += weight;
      next++;
    }
    const result = started.get(index) ?? start(items[index]);
    forget(index);
    return result;
  };

  function forget(i: number): void {
    if (started.delete(i)) weightStarted -= weigh(items[i]);
  }
}
