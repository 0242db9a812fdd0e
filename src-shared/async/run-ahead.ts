/**
 * Work on a list taken in order but started ahead: `start(item)` runs for the next `ahead` items
 * before their turn, so slow steps (reading or hashing hundreds of files) overlap while their
 * results are still used one by one, in the list's order.
 */
export function runAhead<T, R>(
  items: readonly T[],
  ahead: number,
  start: (item: T) => Promise<R>,
): (index: number) => Promise<R> {
  const started = new Map<number, Promise<R>>();
  let next = 0;
  return (index) => {
    for (next = Math.max(next, index); next < Math.min(items.length, index + ahead); next++) {
      const result = start(items[next]);
      // Taken in its turn; a rejection waiting for it is not an unhandled one.
      result.catch(() => undefined);
      started.set(next, result);
    }
    const result = started.get(index) ?? start(items[index]);
    started.delete(index);
    return result;
  };
}
