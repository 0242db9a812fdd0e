/**
 * A live query for lists that a burst of writes keeps changing (an import saves a chunk of
 * articles every few hundred milliseconds): the query runs at once, and again after a committed
 * change to one of the tables it reads — at once after a quiet spell, at most once per interval
 * in a burst, the last change always.
 *
 * Dexie's liveQuery re-runs its query on every commit, however often its results are shown:
 * reading a whole table of 5,000 articles on every saved chunk made imports into a large library
 * slower than into an empty one. Here the query itself is held back, not just its results.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import { useObservable } from 'dexie-react-hooks';
import { db } from '../db/db';

export interface Subscribable<T> {
  subscribe(next: (value: T) => void, error?: (error: unknown) => void): { unsubscribe(): void };
}

/** Where committed changes are announced: Dexie's `storagemutated` event by default. */
export interface ChangeEvents {
  subscribe(listener: (parts: ObservabilitySet) => void): void;
  unsubscribe(listener: (parts: ObservabilitySet) => void): void;
}

const dexieChanges: ChangeEvents = {
  subscribe: (listener) => Dexie.on('storagemutated', listener),
  unsubscribe: (listener) => Dexie.on('storagemutated').unsubscribe(listener),
};

/** True when a change touches one of `tables` of database `dbName` (or everything). */
export function touchesTables(parts: ObservabilitySet, dbName: string, tables: readonly string[]): boolean {
  if ('all' in parts) return true;
  const prefixes = tables.map((table) => `idb://${dbName}/${table}/`);
  return Object.keys(parts).some((key) => prefixes.some((prefix) => key.startsWith(prefix)));
}

/**
 * Runs `querier` now and after each committed change to `tables` of `dbName`, never more often
 * than once per `ms` and never two at a time; a change during a run brings one more run.
 */
export function watchTables<T>(
  dbName: string,
  tables: readonly string[],
  querier: () => Promise<T>,
  ms: number,
  changes: ChangeEvents = dexieChanges,
): Subscribable<T> {
  return {
    subscribe(next, error) {
      let closed = false;
      let running = false;
      let dirty = true;
      let lastRun = -Infinity;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const schedule = () => {
        if (closed || running || timer !== undefined || !dirty) return;
        timer = setTimeout(run, Math.max(0, lastRun + ms - Date.now()));
      };
      const run = async () => {
        timer = undefined;
        dirty = false;
        running = true;
        lastRun = Date.now();
        try {
          const value = await querier();
          if (!closed) next(value);
        } catch (reason) {
          if (!closed) error?.(reason);
        } finally {
          running = false;
          schedule();
        }
      };
      const onChange = (parts: ObservabilitySet) => {
        if (!touchesTables(parts, dbName, tables)) return;
        dirty = true;
        schedule();
      };
      changes.subscribe(onChange);
      schedule();
      return {
        unsubscribe() {
          closed = true;
          clearTimeout(timer);
          changes.unsubscribe(onChange);
        },
      };
    },
  };
}

/** The hook, on the app's database: `querier` reads only `tables`. */
export function useThrottledLiveQuery<T>(
  querier: () => Promise<T>,
  deps: unknown[],
  ms: number,
  tables: readonly string[],
): T | undefined {
  return useObservable<T | undefined>(() => watchTables(db.name, tables, querier, ms), deps);
}
