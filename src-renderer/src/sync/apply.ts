/**
 * The applier: reads what changed in the local mirror (from the server, or written here),
 * resolves conflicts, and lays the current version of each record into Dexie in a transaction
 * marked as a server change, so nothing echoes back. A record with a local change still in the
 * outbox is left alone: the pusher sends it as a branch of the common revision and the next
 * round merges both. A deletion of an article that still has highlights here which the other
 * computer did not delete is refused: the article, its text and original are sent back
 * ("the edit survives") and the refusal is logged.
 */
import Dexie, { type Table } from 'dexie';
import type { GlossDB } from '../db/db';
import { ARTICLE_PARTS, type SyncedTable } from '../../../src-shared/sync/record-kinds';
import { maxHlc } from '../../../src-shared/sync/hlc';
import type { SyncKeys } from './sync-crypto';
import { isRecordDocId, type MirrorDb, type MirrorDoc } from './mirror';
import { localClock, markRemoteApply, outboxId } from './outbox';
import { localRecord } from './records';
import { resolveDocument } from './resolve';
import { dropArrivals, takeArrival } from './arrivals';
import { openArrival, type OpenedDoc } from './open-arrival';
import { bulkGetPresent } from './present-rows';
import { decodeRecord, type DecodedRecord } from './sync-doc';
import { SEQ_STATE, revStateId, type SyncStateRow } from './sync-state';
import { timeSync } from './sync-trace';

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
  /**
   * Records deleted here (or deleted here by an earlier sync) that came back because another
   * computer changed them since: the edit survives, and the person may delete them again.
   */
  returned: { table: SyncedTable; key: string }[];
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
  const row = await db.syncState.get(SEQ_STATE);
  return row?.seq ?? 0;
}

function rank(item: Pending): number {
  // Live records parent-first; deletions after, children (highlights) before their article.
  return item.record.deleted ? 10 + (5 - APPLY_ORDER[item.record.table]) : APPLY_ORDER[item.record.table];
}

function emptyReport(): ApplyReport {
  return {
    applied: 0,
    read: 0,
    conflicts: [],
    revived: [],
    renames: [],
    unreadable: 0,
    refused: [],
    returned: [],
  };
}

/**
 * Applies one batch of mirror changes; returns what it did (read 0: nothing left). A batch the
 * replicator just wrote is taken as it came when it starts where the applier is (arrivals.ts);
 * otherwise the mirror's changes are read, up to the start of the next such batch.
 */
export async function applyMirrorChanges(
  db: GlossDB,
  mirror: MirrorDb,
  keys: SyncKeys,
  batchSize = 500,
): Promise<ApplyReport> {
  const report = emptyReport();
  const since = await readSeq(db);
  const { arrival, until } = takeArrival(mirror, since);
  const knownStates = new Map<string, SyncStateRow>();
  let opened: OpenedDoc[];
  let lastSeq: number | string;
  if (arrival) {
    report.read = arrival.docs.length;
    lastSeq = arrival.after;
    opened = await timeSync('apply: open what arrived', () =>
      openArrival(db, mirror, keys, arrival, knownStates),
    );
  } else {
    const limit = until === null ? batchSize : Math.max(1, Math.min(batchSize, until - Number(since)));
    const read = await readMirror(db, mirror, keys, since, limit, knownStates);
    report.read = read.read;
    lastSeq = read.lastSeq;
    opened = read.opened;
  }
  const pending: Pending[] = [];
  for (const { id, result } of opened) {
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
  if (pending.length === 0) {
    // Nothing to lay into the library (nothing new, or only this computer's own revisions):
    // no transaction on the library's tables, which would wait for every reader and writer of
    // them (the views, the search index) before the next push could start.
    if (lastSeq !== since) await db.syncState.put({ id: SEQ_STATE, seq: lastSeq });
    return report;
  }
  // In transactions of at most `batchSize` records: a long one would hold the window (and the
  // replicator's requests, answered in it) while it is written. The applier's place moves with
  // the last; an interruption before it lays the first ones again, which changes nothing.
  for (let start = 0; start < pending.length; start += batchSize) {
    const part = pending.slice(start, start + batchSize);
    const last = start + batchSize >= pending.length;
    await timeSync('apply: write the library', () =>
      db.transaction('rw', tablesFor(db, part), async () => {
        markRemoteApply(Dexie.currentTransaction.idbtrans);
        // Runs of the same table and kind (live or deleted), in the order above, each read and
        // written with bulk requests: one round trip per run instead of several per record.
        for (let from = 0; from < part.length;) {
          let to = from + 1;
          while (to < part.length && sameRun(part[from], part[to])) to++;
          await applyRun(db, part.slice(from, to), knownStates, report);
          from = to;
        }
        if (last) await db.syncState.put({ id: SEQ_STATE, seq: lastSeq });
      }),
    );
  }
  return report;
}

/**
 * Reads up to `limit` changes from the mirror after `since` and opens them; `known` gets the
 * sync state of their documents.
 */
async function readMirror(
  db: GlossDB,
  mirror: MirrorDb,
  keys: SyncKeys,
  since: number | string,
  limit: number,
  known: Map<string, SyncStateRow>,
): Promise<{ read: number; lastSeq: number | string; opened: OpenedDoc[] }> {
  const changes = (await timeSync('apply: read the mirror', () =>
    mirror.changes({
      since,
      limit,
      style: 'all_docs',
      include_docs: true,
      attachments: true,
    }),
  )) as unknown as {
    results: { id: string; changes: { rev: string }[]; doc?: MirrorDoc }[];
    last_seq: number | string;
  };
  // The feed lists a document once, at its latest change: fewer changes than sequence numbers
  // read means a document changed again further on, maybe in a kept batch (dropArrivals).
  if (Number(changes.last_seq) - Number(since) !== changes.results.length) dropArrivals(mirror);
  const latest = new Map<string, (typeof changes.results)[number]>();
  for (const change of changes.results) if (isRecordDocId(change.id)) latest.set(change.id, change);
  // Revisions this computer wrote itself (or applied already) need no opening. Only the sync
  // engine writes these rows, one step at a time: the apply below uses them as read here.
  const rows = await db.syncState
    .where('docId')
    .anyOf([...latest.keys()])
    .toArray();
  for (const row of rows) {
    known.set(row.id, row);
    const leaves = latest.get(row.docId!)?.changes;
    if (leaves?.length === 1 && leaves[0].rev === row.rev) latest.delete(row.docId!);
  }
  // Documents are independent: open (and, with several current versions, merge) them all at
  // once. One leaf is the common case and needs no more reading.
  const opened = await timeSync('apply: open and resolve', () =>
    Promise.all(
      [...latest.values()].map(({ id, changes: leaves, doc }) =>
        (leaves.length === 1 && doc
          ? decodeRecord(keys, doc).then((record) => ({ doc, record, conflicts: [], revived: false }))
          : resolveDocument(mirror, keys, id)
        ).then(
          (result) => ({ id, result }),
          () => ({ id, result: null }),
        ),
      ),
    ),
  );
  return { read: changes.results.length, lastSeq: changes.last_seq, opened };
}

/**
 * The tables an apply writes: those of its records, and for a deleted article (or part of one)
 * the article, its parts and highlights, which a refused deletion reads and sends back. A
 * highlight arriving leaves the articles and their texts free for the views reading them.
 */
function tablesFor(db: GlossDB, pending: Pending[]): Table[] {
  const names = new Set<string>([db.syncOutbox.name, db.syncState.name]);
  for (const { record } of pending) {
    names.add(record.table);
    if (record.deleted && (record.table === 'articles' || ARTICLE_PARTS.includes(record.table)))
      for (const table of ['articles', ...ARTICLE_PARTS, 'highlights']) names.add(table);
  }
  return [...names].map((name) => db.table(name));
}

function sameRun(a: Pending, b: Pending): boolean {
  return a.record.table === b.record.table && a.record.deleted === b.record.deleted;
}

/**
 * Applies records of one table, all live or all deleted, inside the apply transaction. `known`:
 * the sync state of the batch's documents, found by document id (a row without one names no
 * revision, the same as no row).
 */
async function applyRun(
  db: GlossDB,
  run: Pending[],
  known: Map<string, SyncStateRow>,
  report: ApplyReport,
): Promise<void> {
  const keys = run.map((item) => outboxId(item.record.table, item.record.key));
  const states = keys.map((key) => known.get(revStateId(key)));
  // An empty outbox (a first sync, a computer that only receives) needs no look-up per record.
  const outboxEmpty = (await db.syncOutbox.limit(1).primaryKeys()).length === 0;
  const queued = outboxEmpty ? keys.map(() => undefined) : await db.syncOutbox.bulkGet(keys);
  // Already this version here, or a local change waiting to be sent (it merges next round).
  const due = run.filter((item, i) => states[i]?.rev !== item.rev && !queued[i]);
  const wasDeleted = new Map(run.map((item, i) => [item, states[i]?.deleted === true]));
  const done = new Set<Pending>();
  if (due.length > 0) await applyDue(db, due, wasDeleted, report, done);
  // Versions left here (a local change waiting, a refusal, a deletion refused): the next push
  // makes them a conflict the applier has to read (push.ts).
  const left = run.flatMap((item, i) =>
    states[i]?.rev !== item.rev && !done.has(item)
      ? [{ ...states[i], id: revStateId(keys[i]), unmerged: true }]
      : [],
  );
  if (left.length > 0) await db.syncState.bulkPut(left);
}

async function applyDue(
  db: GlossDB,
  due: Pending[],
  wasDeleted: Map<Pending, boolean>,
  report: ApplyReport,
  done: Set<Pending>,
): Promise<void> {
  const { table: tableName, deleted } = due[0].record;
  const table = db.table(tableName);
  if (deleted) {
    const gone: string[] = [];
    for (const item of due) {
      if (tableName === 'articles' || ARTICLE_PARTS.includes(tableName)) {
        const kept = await highlightsNotDeletedWith(db, item.record);
        if (kept > 0) {
          await reviveArticle(db, item.record.key);
          report.revived.push(item.record.key);
          continue;
        }
      }
      gone.push(item.record.key);
      done.add(item);
    }
    await table.bulkDelete(gone);
  } else {
    const existing = (await bulkGetPresent(
      table as Table<object, string>,
      due.map((item) => item.record.key),
    )) as (object | undefined)[];
    const refused = new Set<number>();
    try {
      await table.bulkPut(due.map((item, i) => localRecord(tableName, item.record.fields, existing[i])));
    } catch (error) {
      // Caught inside the transaction, a refused record does not undo the rest of the batch.
      if (!(error instanceof Dexie.BulkError)) throw error;
      for (const [position, failure] of Object.entries(error.failuresByPos)) {
        if ((failure as { name?: string }).name !== 'ConstraintError') throw failure;
        refused.add(Number(position));
      }
    }
    due.forEach((item, i) => {
      if (refused.has(i)) report.refused.push(`${tableName}:${item.record.key}`);
      else {
        done.add(item);
        if (!existing[i] && wasDeleted.get(item))
          report.returned.push({ table: tableName, key: item.record.key });
      }
    });
    for (const { record } of done) {
      if (record.table !== 'settings' || !record.key.startsWith('tagRename:')) continue;
      const to = (record.fields.value as { to?: unknown } | undefined)?.to;
      if (typeof to === 'string') report.renames.push({ from: record.key.slice('tagRename:'.length), to });
    }
  }
  await db.syncState.bulkPut(
    [...done].map((item) => ({
      id: revStateId(outboxId(item.record.table, item.record.key)),
      docId: item.id,
      rev: item.rev,
      deleted: item.record.deleted,
    })),
  );
  report.applied += done.size;
}

/**
 * How many of an article's highlights here the computer that deleted the article did not delete
 * with it: made here meanwhile, or changed here since the revision it knew. The others go now
 * (their own deletions may arrive after the article's).
 */
async function highlightsNotDeletedWith(db: GlossDB, record: DecodedRecord): Promise<number> {
  const local = await db.highlights.where('articleId').equals(record.key).toArray();
  const known = record.deletedWith ?? {};
  const keys = local.map((h) => outboxId('highlights', h.id));
  // An empty outbox (a first sync, a computer that only receives) needs no look-up per record.
  const outboxEmpty = (await db.syncOutbox.limit(1).primaryKeys()).length === 0;
  const [states, queued] = await Promise.all([
    db.syncState.bulkGet(keys.map(revStateId)),
    outboxEmpty ? keys.map(() => undefined) : db.syncOutbox.bulkGet(keys),
  ]);
  const going = local.filter(
    (h, i) => known[h.id] !== undefined && known[h.id] === states[i]?.rev && !queued[i],
  );
  await db.highlights.bulkDelete(going.map((h) => h.id));
  return local.length - going.length;
}

/** Sends an article, its text and its original back, every field counted as a new edit. */
async function reviveArticle(db: GlossDB, articleId: string): Promise<void> {
  const stamp = localClock.tick();
  for (const table of ['articles', ...ARTICLE_PARTS] as SyncedTable[]) {
    if (!(await db.table(table).get(articleId))) continue;
    await db.syncOutbox.put({ id: outboxId(table, articleId), table, key: articleId, stamp, revive: true });
  }
}
