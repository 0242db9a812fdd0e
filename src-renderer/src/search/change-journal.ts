/**
 * The search index's change journal: a Dexie middleware that writes, in the same IndexedDB
 * transaction as every change to articles, their texts and highlights, one journal record naming
 * what changed. The search worker applies the journal and removes it only once a stored index
 * includes it, so a crash between a database write and an index write can never leave the index
 * behind: the next start replays what the journal still holds.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';

export const JOURNAL_TABLE = 'searchJournal';

/** The tables whose changes the search index follows. */
export const WATCHED_TABLES = ['articles', 'contents', 'highlights'] as const;
export type WatchedTable = (typeof WATCHED_TABLES)[number];

export interface JournalEntry {
  seq?: number;
  table: WatchedTable;
  /** The changed record's key; null when a whole range (a clear) was deleted. */
  key: string | null;
}

const listeners = new Set<() => void>();

/** Called after every committed transaction that wrote journal entries. */
export function onJournalWritten(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function isWatched(name: string): name is WatchedTable {
  return (WATCHED_TABLES as readonly string[]).includes(name);
}

function notifyAfterCommit(trans: DBCoreTransaction): void {
  const idb = trans as unknown as Partial<IDBTransaction>;
  const notify = () => listeners.forEach((listener) => listener());
  if (typeof idb.addEventListener === 'function') idb.addEventListener('complete', notify, { once: true });
  else setTimeout(notify, 0);
}

export const searchJournal: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'gloss-search-journal',
  create(down) {
    const journaled = new WeakSet<DBCoreTransaction>();
    return {
      ...down,
      transaction(stores, mode, options) {
        const watched = mode === 'readwrite' && stores.some(isWatched);
        const trans = down.transaction(
          watched && !stores.includes(JOURNAL_TABLE) ? [...stores, JOURNAL_TABLE] : stores,
          mode,
          options,
        );
        if (watched) journaled.add(trans);
        return trans;
      },
      table(name) {
        const table = down.table(name);
        if (!isWatched(name)) return table;
        const primaryKey = table.schema.primaryKey;
        return {
          ...table,
          async mutate(request: DBCoreMutateRequest) {
            const result = await table.mutate(request);
            if (!journaled.has(request.trans)) return result;
            let keys: (string | null)[];
            if (request.type === 'deleteRange') keys = [null];
            else if (request.type === 'delete') keys = request.keys as string[];
            else keys = request.keys ?? (request.values.map((v) => primaryKey.extractKey!(v)) as string[]);
            const values: JournalEntry[] = keys.map((key) => ({ table: name, key }));
            if (values.length > 0) {
              await down.table(JOURNAL_TABLE).mutate({ type: 'add', trans: request.trans, values });
              notifyAfterCommit(request.trans);
            }
            return result;
          },
        };
      },
    };
  },
};
