/**
 * Every write to the database is tracked until it has committed, so that closing the window or
 * quitting right after a change waits for it: the main process asks before the window closes.
 */
import type { DBCore, Middleware } from 'dexie';

const pending = new Set<Promise<unknown>>();

/** Dexie middleware: remembers each mutation until it settles. */
export const trackWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'gloss-pending-writes',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate(request) {
            const result = table.mutate(request);
            pending.add(result);
            void result.finally(() => pending.delete(result)).catch(() => undefined);
            return result;
          },
        };
      },
    };
  },
};

/**
 * Counts work that will write soon (a write deferred until after the next frame) as pending
 * from now on, so a close in between still waits for it.
 */
export function trackPendingWrite<T>(work: Promise<T>): Promise<T> {
  pending.add(work);
  void work.finally(() => pending.delete(work)).catch(() => undefined);
  return work;
}

/** Resolves when every write started so far has settled and its transaction committed. */
export async function settleWrites(commit: () => Promise<unknown>): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
  // A transaction that starts now waits for the read-write ones before it to commit.
  await commit();
}
