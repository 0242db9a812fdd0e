/**
 * A whole table kept in the window and followed by key: read once, then after each burst of
 * committed changes only the records whose keys changed are read again (Dexie's change notices
 * name them), and merged in. Reading all 5,000 articles of a library again for every chunk an
 * import saved cost more the larger the library, in the window and in the database alike.
 *
 * Anything the notices do not name key by key (a table cleared, a range deleted, a change from
 * another window without keys, too many keys at once) reads the whole table again. The rows come
 * out in key order, as a read of the whole table gives them.
 */
import { RangeSet, cmp, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { ChangesSinceLastRun } from './throttled-live-query';

export interface LiveRowsSource<T> {
  dbName: string;
  table: string;
  readAll(): Promise<T[]>;
  /** The records with these keys, undefined for the ones that are gone (as bulkGet answers). */
  readKeys(keys: string[]): Promise<(T | undefined)[]>;
  keyOf(row: T): string;
  /** More changed keys than this are read as a whole table. */
  maxKeys?: number;
}

const MAX_KEYS = 2000;

/**
 * The primary keys that changed in `table`, or null when the notices do not name them one by one
 * (read everything then).
 */
export function changedKeys(
  notices: readonly ObservabilitySet[],
  dbName: string,
  table: string,
  maxKeys = MAX_KEYS,
): string[] | null {
  const prefix = `idb://${dbName}/${table}/`;
  const keys = new Set<string>();
  for (const parts of notices) {
    if ('all' in parts) return null;
    const touched = Object.keys(parts).some((part) => part.startsWith(prefix));
    if (!touched) continue;
    const primary = parts[prefix] as IntervalTree | undefined;
    if (!primary) return null;
    for (const range of new RangeSet().add(primary)) {
      if (typeof range.from !== 'string' || cmp(range.from, range.to) !== 0) return null;
      keys.add(range.from);
      if (keys.size > maxKeys) return null;
    }
  }
  return [...keys];
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A query for watchTables: the table's rows, read whole at first, then by changed key. */
export function liveRows<T>(source: LiveRowsSource<T>): (changes: ChangesSinceLastRun) => Promise<T[]> {
  let rows: Map<string, T> | null = null;
  let shown: T[] = [];
  const readWhole = async () => {
    const all = await source.readAll();
    rows = new Map(all.map((row) => [source.keyOf(row), row]));
    shown = all;
    return all;
  };
  return async (changes) => {
    const keys = rows && changes ? changedKeys(changes, source.dbName, source.table, source.maxKeys) : null;
    if (!rows || !keys) return readWhole();
    if (keys.length === 0) return shown;
    const found = await source.readKeys(keys);
    const current: Map<string, T> = rows;
    let added = false;
    keys.forEach((key, i) => {
      const row = found[i];
      if (row === undefined) current.delete(key);
      else {
        added ||= !current.has(key);
        current.set(key, row);
      }
    });
    // Replaced rows keep their place; new keys are put in key order.
    if (added) rows = new Map([...current].sort((a, b) => byKey(a[0], b[0])));
    shown = [...rows.values()];
    return shown;
  };
}
