/**
 * The applier: reads what changed in the local mirror (from the server, or written here),
 * resolves conflicts, and lays the current version of each record into Dexie in a transaction
 * marked as a server change, so nothing echoes back. A record with a local change still in the
 * outbox is left alone: the pusher sends it as a branch of the common revision and the next
 * round merges both. A deletion of an article that still has highlights here which the other
 * computer did not delete is refused: the article, its text and original are sent back
 * ("the edit survives") and the refusal is logged.
 */
import Dexie from 'dexie';
import type { GlossDB } from '../db/db';
import { ARTICLE_PARTS, type SyncedTable } from '../../../src-shared/sync/record-kinds';
import { maxHlc } from '../../../src-shared/sync/hlc';
import type { SyncKeys } from './sync-crypto';
import { isRecordDocId, type MirrorDb, type MirrorDoc } from './mirror';
import { localClock, markRemoteApply, outboxId } from './outbox';
import { localRecord } from './records';
import { resolveDocument } from './resolve';
import { decodeRecord, type DecodedRecord } from './sync-doc';
import { revStateId } from './sync-state';

export interface ApplyReport {
  /** Records written into (or deleted from) the library. */
  applied: number;
  /** Mirror changes read. */
  read: number;
  /** Notes whose edits overlapped and kept both versions. */
  conflicts: string[];
  /** Deletions refused because the record was edited elsewhere. */
  revived: string[];
  /** Tag renames that arrived. */
  renames: { from: string; to: string }[];
  /** Documents that could not be opened with this key. */
  unreadable: number;
  /** Records this library refused (an article whose file is already here under another id). */
  refused: string[];
}

const APPLY_ORDER: Record<SyncedTable, number> = {
  settings: 0,
  tags: 1,
  articles: 2,
  contents: 3,
  sources: 4,
  highlights: 5,
};

interface Pending {
  id: string;
  rev: string;
  record: DecodedRecord;
}

async function readSeq(db: GlossDB): Promise<number | string> {
  const row = await db.syncState.get('seq');
  return row?.seq ?? 0;
}

function rank(item: Pending): number {
  // Live records parent-first; deletions after, children (highlights) before their article.
  return item.record.deleted ? 10 + (5 - APPLY_ORDER[item.record.table]) : APPLY_ORDER[item.record.table];
}

/** Applies one batch of mirror changes; returns what it did (read 0: nothing left). */
export async function applyMirrorChanges(
  db: GlossDB,
  mirror: MirrorDb,
  keys: SyncKeys,
  batchSize = 500,
): Promise<ApplyReport> {
  const report: ApplyReport = {
    applied: 0,
    read: 0,
    conflicts: [],
    revived: [],
    renames: [],
    unreadable: 0,
    refused: [],
  };
  const since = await readSeq(db);
  const changes = (await mirror.changes({
    since,
    limit: batchSize,
    style: 'all_docs',
    include_docs: true,
    attachments: true,
  })) as unknown as {
    results: { id: string; changes: { rev: string }[]; doc?: MirrorDoc }[];
    last_seq: number | string;
  };
  report.read = changes.results.length;
  const latest = new Map<string, (typeof changes.results)[number]>();
  for (const change of changes.results) if (isRecordDocId(change.id)) latest.set(change.id, change);
  // Documents are independent: open (and, with several current versions, merge) them all at
  // once. One leaf is the common case and needs no more reading.
  const resolved = await Promise.all(
    [...latest.values()].map(({ id, changes: leaves, doc }) =>
      (leaves.length === 1 && doc
        ? decodeRecord(keys, doc).then((record) => ({ doc, record, conflicts: [], revived: false }))
        : resolveDocument(mirror, keys, id)
      ).then(
        (result) => ({ id, result }),
        () => ({ id, result: null }),
      ),
    ),
  );
  const pending: Pending[] = [];
  for (const { id, result } of resolved) {
    if (!result) {
      report.unreadable++;
      continue;
    }
    if (!result.doc || !result.record) continue;
    const { record } = result;
    const stamp = Object.values(record.clocks).reduce<string | undefined>(
      (a, b) => maxHlc(a, b),
      record.deletedClock,
    );
    if (stamp) localClock.receive(stamp);
    if (result.conflicts.length > 0) report.conflicts.push(`${record.table}:${record.key}`);
    pending.push({ id, rev: result.doc._rev, record });
  }
  pending.sort((a, b) => rank(a) - rank(b));
  const tables = [
    db.articles,
    db.contents,
    db.sources,
    db.highlights,
    db.tags,
    db.settings,
    db.syncOutbox,
    db.syncState,
  ];
  await db.transaction('rw', tables, async () => {
    markRemoteApply(Dexie.currentTransaction.idbtrans);
    for (const item of pending) await applyOne(db, item, report);
    await db.syncState.put({ id: 'seq', seq: changes.last_seq });
  });
  return report;
}

async function applyOne(db: GlossDB, item: Pending, report: ApplyReport): Promise<void> {
  const { record } = item;
  const key = outboxId(record.table, record.key);
  const state = await db.syncState.get(revStateId(key));
  if (state?.rev === item.rev) return;
  if (await db.syncOutbox.get(key)) return;
  const table = db.table(record.table);
  if (record.deleted) {
    if (record.table === 'articles' || ARTICLE_PARTS.includes(record.table)) {
      const kept = await db.highlights.where('articleId').equals(record.key).count();
      if (kept > 0) {
        await reviveArticle(db, record.key);
        report.revived.push(record.key);
        return;
      }
    }
    await table.delete(record.key);
  } else {
    const existing = (await table.get(record.key)) as object | undefined;
    try {
      // Caught inside the transaction, a refused write does not undo the rest of the batch.
      await table.put(localRecord(record.table, record.fields, existing));
    } catch (error) {
      if ((error as { name?: string }).name !== 'ConstraintError') throw error;
      report.refused.push(`${record.table}:${record.key}`);
      return;
    }
    if (record.table === 'settings' && record.key.startsWith('tagRename:')) {
      const to = (record.fields.value as { to?: unknown } | undefined)?.to;
      if (typeof to === 'string') report.renames.push({ from: record.key.slice('tagRename:'.length), to });
    }
  }
  await db.syncState.put({ id: revStateId(key), docId: item.id, rev: item.rev });
  report.applied++;
}

/** Sends an article, its text and its original back, every field counted as a new edit. */
async function reviveArticle(db: GlossDB, articleId: string): Promise<void> {
  const stamp = localClock.tick();
  for (const table of ['articles', ...ARTICLE_PARTS] as SyncedTable[]) {
    if (!(await db.table(table).get(articleId))) continue;
    await db.syncOutbox.put({ id: outboxId(table, articleId), table, key: articleId, stamp, revive: true });
  }
}
