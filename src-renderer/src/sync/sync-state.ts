/**
 * What this computer remembers about sync, in its own table (never synced, never in backups):
 * for each record the revision it last wrote or applied (the common version the next merge
 * starts from), how far it has read the local mirror's changes, and the log of recent errors.
 */
import type { GlossDB } from '../db/db';

/**
 * One row per id: `rev:<table>\u0000<key>` (docId, rev), `seq` (seq), `log` (entries),
 * `options` (includeOriginals, enabled).
 */
export interface SyncStateRow {
  id: string;
  docId?: string;
  rev?: string;
  /** That revision is a deletion (a record missing here that comes back live was deleted). */
  deleted?: boolean;
  /**
   * The mirror has a version of this record the applier did not lay into the library (a local
   * change was waiting, or the library refused it): the next push makes a conflict of it, which
   * the applier must read to merge.
   */
  unmerged?: boolean;
  seq?: number | string;
  entries?: SyncLogEntry[];
  includeOriginals?: boolean;
  enabled?: boolean;
}

export interface SyncLogEntry {
  at: string;
  message: string;
}

const LOG_KEPT = 50;

/** The row holding how far the applier has read the mirror's changes. */
export const SEQ_STATE = 'seq';

export function revStateId(outboxKey: string): `rev:${string}` {
  return `rev:${outboxKey}`;
}

export async function readOptions(db: GlossDB): Promise<{ includeOriginals: boolean; enabled: boolean }> {
  const row = await db.syncState.get('options');
  return { includeOriginals: row?.includeOriginals ?? true, enabled: row?.enabled ?? false };
}

export async function writeOptions(db: GlossDB, options: { includeOriginals: boolean; enabled: boolean }) {
  await db.syncState.put({ id: 'options', ...options });
}

export async function appendLog(db: GlossDB, message: string): Promise<void> {
  await db.transaction('rw', db.syncState, async () => {
    const row = await db.syncState.get('log');
    const entries = row?.entries ?? [];
    const last = entries[entries.length - 1];
    if (last?.message === message) return;
    entries.push({ at: new Date().toISOString(), message });
    await db.syncState.put({ id: 'log', entries: entries.slice(-LOG_KEPT) });
  });
}

export async function readLog(db: GlossDB): Promise<SyncLogEntry[]> {
  const row = await db.syncState.get('log');
  return row?.entries ?? [];
}
