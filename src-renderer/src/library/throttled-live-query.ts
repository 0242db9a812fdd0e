/**
 * A live query for lists that a burst of writes keeps changing (an import saves a chunk of
 * articles every few hundred milliseconds): the query runs at once, and again after a committed
 * change to one of the tables it reads — at once after a quiet spell, at most once per interval
 * in a burst, the last change always.
 *
 * Dexie's liveQuery re-runs its query on every commit, however often its results are shown:
 * reading a whole table of 5,000 articles on every saved chunk made imports into a large library
 * slower than into an empty one. Here the query itself is held back, not just its results.
 *
 * A value the caller marks as waiting for nothing (an empty list) lets the next change run at
 * once: the library never says it is empty for a second after the first article was saved.
 *
 * The query is told what changed since its last run (null: read everything), so it may read only
 * the records that changed (live-rows.ts).
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
 * What a run is told: the change notices since the previous run began, or null when it must read
 * everything (its first run, or after a failed one).
 */
export type ChangesSinceLastRun = readonly ObservabilitySet[] | null;

export interface WatchOptions<T> {
  /** True when, with this value shown, the next change must run at once (e.g. an empty list). */
  urgentAfter?(shown: T): boolean;
}

/**
 * Runs `querier` now and after each committed change to `tables` of `dbName`, never more often
 * than once per `ms` (unless the value shown is urgent to replace) and never two at a time; a
 * change during a run brings one more run.
 */
export function watchTables<T>(
  dbName: string,
  tables: readonly string[],
  querier: (changes: ChangesSinceLastRun) => Promise<T>,
  ms: number,
  changes: ChangeEvents = dexieChanges,
  options: WatchOptions<T> = {},
): Subscribable<T> {
  return {
    subscribe(next, error) {
      let closed = false;
      let running = false;
      let dirty = true;
      let lastRun = -Infinity;
      let shown: { value: T } | null = null;
      let changed: ObservabilitySet[] | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const schedule = () => {
        if (closed || running || !dirty) return;
        const urgent = shown !== null && options.urgentAfter?.(shown.value) === true;
        if (urgent) clearTimeout(timer);
        else if (timer !== undefined) return;
        timer = setTimeout(run, urgent ? 0 : Math.max(0, lastRun + ms - Date.now()));
      };
      const run = async () => {
        timer = undefined;
        dirty = false;
        running = true;
        lastRun = Date.now();
        const given = changed;
        changed = [];
        try {
          const value = await querier(given);
          shown = { value };
          if (!closed) next(value);
        } catch (reason) {
          // What this run was to apply is lost with it: the next run reads everything.
          changed = null;
          if (!closed) error?.(reason);
        } finally {
          running = false;
          schedule();
        }
      };
      const onChange = (parts: ObservabilitySet) => {
        if (!touchesTables(parts, dbName, tables)) return;
        changed?.push(parts);
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

/** A source that never emits: the query is not wanted yet. */
const NOTHING: Subscribable<never> = { subscribe: () => ({ unsubscribe: () => undefined }) };

/** The hook, on the app's database: `querier` reads only `tables`; nothing runs until `enabled`. */
export function useThrottledLiveQuery<T>(
  querier: (changes: ChangesSinceLastRun) => Promise<T>,
  deps: unknown[],
  ms: number,
  tables: readonly string[],
  options: WatchOptions<T> & { enabled?: boolean } = {},
): T | undefined {
  const enabled = options.enabled ?? true;
  return useObservable<T | undefined>(
    () => (enabled ? watchTables(db.name, tables, querier, ms, dexieChanges, options) : NOTHING),
    [...deps, enabled],
  );
}
