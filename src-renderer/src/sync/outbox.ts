/**
 * The outbox: every change to a synced table is recorded in the same IndexedDB transaction as
 * the change itself (a Dexie DBCore middleware, so no write path can forget it). A crash can
 * therefore neither lose a change before it is sent nor send one that was never committed.
 * One entry per record (table + key), holding the clock stamp of its latest change; the pusher
 * turns entries into encrypted documents and removes them. Writes that apply changes from the
 * server run in transactions marked with `markRemoteApply`, and record nothing: no echo.
 */
import type {
  DBCore,
  DBCoreDeleteRangeRequest,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { HybridClock } from '../../../src-shared/sync/hlc';
import { isLibrarySetting, isSyncedTable, type SyncedTable } from '../../../src-shared/sync/record-kinds';

export const OUTBOX_TABLE = 'syncOutbox';

export interface OutboxEntry {
  /** `${table}\u0000${key}`. */
  id: string;
  table: SyncedTable;
  key: string;
  /** Clock stamp of the latest change. */
  stamp: string;
  /** Set when a deletion from another computer was refused: every field counts as edited. */
  revive?: boolean;
}

export function outboxId(table: string, key: string): string {
  return `${table}\u0000${key}`;
}

/** This window's clock; its node id is fresh per launch (stamps still only move forward). */
export const localClock = new HybridClock(
  Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => (b % 36).toString(36)).join(''),
);

const remoteApplies = new WeakSet<object>();

/** Marks a Dexie transaction (its idbtrans) as applying server changes: nothing is recorded. */
export function markRemoteApply(idbTransaction: object): void {
  remoteApplies.add(idbTransaction);
}

/** The keys a mutation touches. Sync for add/put/delete; a range is read first. */
function keysOf(table: DBCoreTable, request: DBCoreMutateRequest): unknown[] | null {
  switch (request.type) {
    case 'add':
    case 'put':
      return request.keys ?? request.values.map((value) => table.schema.primaryKey.extractKey!(value));
    case 'delete':
      return request.keys;
    case 'deleteRange':
      return null;
  }
}

function recordable(table: SyncedTable, key: unknown): key is string {
  if (typeof key !== 'string') return false;
  return table !== 'settings' || isLibrarySetting(key);
}

function record(outbox: DBCoreTable, trans: DBCoreTransaction, table: SyncedTable, keys: unknown[]) {
  const entries: OutboxEntry[] = [];
  for (const key of keys) {
    if (!recordable(table, key)) continue;
    entries.push({ id: outboxId(table, key), table, key, stamp: localClock.tick() });
  }
  return entries.length > 0 ? outbox.mutate({ type: 'put', trans, values: entries }) : null;
}

export const recordOutbox: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'gloss-sync-outbox',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.some(isSyncedTable) && !stores.includes(OUTBOX_TABLE)
            ? [...stores, OUTBOX_TABLE]
            : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!isSyncedTable(name)) return table;
        return {
          ...table,
          // Promise chains, not await: Dexie keeps its transaction zone through its own
          // promises' then(), and the layers below need it.
          mutate(request) {
            // Schema upgrades rewrite records on every computer alike (and may run before the
            // outbox exists): nothing to send.
            const mode = (request.trans as { mode?: string }).mode;
            if (remoteApplies.has(request.trans as object) || mode === 'versionchange')
              return table.mutate(request);
            const outbox = down.table(OUTBOX_TABLE);
            const write = (keys: unknown[]) =>
              table.mutate(request).then((result) => {
                const recorded = record(outbox, request.trans, name, keys);
                return recorded ? recorded.then(() => result) : result;
              });
            const keys = keysOf(table, request);
            if (keys) return write(keys);
            return table
              .query({
                trans: request.trans,
                values: false,
                query: { index: table.schema.primaryKey, range: (request as DBCoreDeleteRangeRequest).range },
              })
              .then((found) => write(found.result));
          },
        };
      },
    };
  },
};
