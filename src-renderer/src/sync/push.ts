/**
 * The pusher: turns outbox entries into encrypted revisions in the local mirror. Each new
 * revision is a child of the revision this computer last synced for that record, so when the
 * other computer changed the record meanwhile, CouchDB sees a conflict and the merge rules get
 * both versions and their common one. A field keeps its old clock stamp unless its value
 * changed. The outbox entry is removed only once its revision is written; a crash in between
 * writes the same content again, which the resolver recognises as the same record. When a batch
 * is all the mirror received since the applier last read it, the applier's place moves past it
 * in the same transaction: its own revisions need no reading back.
 */
import type { Table } from 'dexie';
import type { GlossDB } from '../db/db';
import { bulkGetPresent } from './present-rows';
import { sameRecord, sameValue, type SyncRecord } from '../../../src-shared/sync/merge-record';
import { ARTICLE_PARTS, type SyncedTable } from '../../../src-shared/sync/record-kinds';
import { documentId, type SyncKeys } from './sync-crypto';
import { getRevision, mirrorSeq, writeRevisions, type MirrorDb } from './mirror';
import type { OutboxEntry } from './outbox';
import { syncedFields } from './records';
import { childRevision, randomRevisionHash } from './revisions';
import { decodeRecord, encodeRecord, type DecodedRecord } from './sync-doc';
import { timeSync, traceSync } from './sync-trace';
import { SEQ_STATE, revStateId, type SyncStateRow } from './sync-state';

export interface PushOptions {
  includeOriginals: boolean;
  /** Entries per batch. */
  batchSize?: number;
}

/** Originals are whole files, held in memory while a batch is sealed: fewer of them at once. */
const ORIGINALS_PER_BATCH = 50;

/**
 * The next batch: the first entries in id order, which keeps each table's entries together; a
 * batch holds either no originals or only originals, at most ORIGINALS_PER_BATCH of them.
 */
async function nextEntries(db: GlossDB, size: number): Promise<OutboxEntry[]> {
  const entries = await db.syncOutbox.limit(size).toArray();
  const firstOriginal = entries.findIndex((entry) => entry.table === 'sources');
  if (firstOriginal < 0) return entries;
  if (firstOriginal > 0) return entries.slice(0, firstOriginal);
  return entries.slice(0, ORIGINALS_PER_BATCH).filter((entry) => entry.table === 'sources');
}

/**
 * Removes a batch's entries from the outbox, except those changed again meanwhile (their stamp
 * moved on: they stay for the next round). The batch is a run of consecutive ids: when the run
 * holds just these entries, unchanged, it goes as one range instead of one request per entry.
 */
async function removeSent(db: GlossDB, entries: OutboxEntry[]): Promise<void> {
  const run = db.syncOutbox.where(':id').between(entries[0].id, entries[entries.length - 1].id, true, true);
  const now = new Map((await run.toArray()).map((entry) => [entry.id, entry.stamp]));
  const sent = entries.filter((entry) => now.get(entry.id) === entry.stamp);
  if (sent.length === now.size) await run.delete();
  else await db.syncOutbox.bulkDelete(sent.map((entry) => entry.id));
}

/** Deletions of parts go before the article's, so a receiver sees the highlights go first. */
const DELETE_ORDER: Record<SyncedTable, number> = {
  highlights: 0,
  sources: 1,
  contents: 2,
  articles: 3,
  tags: 4,
  settings: 5,
};

interface Prepared {
  entry: OutboxEntry;
  doc: object | null;
  rev: string | null;
  docId: string;
  deleted: boolean;
  table: SyncedTable;
  /** A deleted highlight: its article and the revision this computer knew when deleting it. */
  deletedFrom?: { articleId: string; rev: string };
}

/** Highlights deleted in this batch, by article: id → the revision known when deleting it. */
type DeletedWith = Map<string, Record<string, string>>;

async function prepare(
  mirror: MirrorDb,
  keys: SyncKeys,
  entry: OutboxEntry,
  current: object | undefined,
  state: SyncStateRow | undefined,
  deletedWith: DeletedWith = new Map(),
): Promise<Prepared> {
  const table = entry.table;
  const synced = state?.rev && state.docId ? { docId: state.docId, rev: state.rev } : null;
  const docId = synced?.docId ?? (await documentId(keys, table, entry.key));
  const skip = { entry, doc: null, rev: null, docId, deleted: !current, table };
  const previous = synced ? await getRevision(mirror, docId, synced.rev) : null;
  let base: DecodedRecord | null = null;
  if (previous) {
    try {
      base = await decodeRecord(keys, previous);
    } catch {
      base = null;
    }
  }
  let record: SyncRecord;
  if (!current) {
    if (!base || base.deleted) return skip;
    record = { fields: {}, clocks: {}, deleted: true, deletedClock: entry.stamp };
    const highlights = deletedWith.get(entry.key);
    if (highlights && (table === 'articles' || ARTICLE_PARTS.includes(table)))
      (record as DecodedRecord).deletedWith = highlights;
  } else {
    const fields = syncedFields(table, current);
    const clocks: Record<string, string> = {};
    const live = base && !base.deleted && !entry.revive ? base : null;
    for (const name of Object.keys(fields)) {
      clocks[name] =
        live && live.clocks[name] && sameValue(live.fields[name], fields[name])
          ? live.clocks[name]
          : entry.stamp;
    }
    record = { fields, clocks, deleted: false };
    if (base?.deletedClock) record.deletedClock = base.deletedClock;
    // Unchanged since the last sync: nothing to send, unless the mirror moved on meanwhile (the
    // applier left that version for this entry), which a revision here brings back to a merge.
    if (live && sameRecord(record, live) && (await currentRev(mirror, docId)) === synced?.rev) return skip;
  }
  const revision = childRevision(previous?._revisions ?? null, randomRevisionHash());
  const doc = await encodeRecord(keys, docId, { ...record, table, key: entry.key });
  const prepared: Prepared = {
    entry,
    doc: { ...doc, ...revision },
    rev: revision._rev,
    docId,
    deleted: record.deleted,
    table,
  };
  const articleId = base?.fields.articleId;
  if (table === 'highlights' && record.deleted && synced && typeof articleId === 'string')
    prepared.deletedFrom = { articleId, rev: synced.rev };
  return prepared;
}

/** The current record and the sync state of every entry, read in one transaction with bulk reads. */
async function readEntries(
  db: GlossDB,
  entries: OutboxEntry[],
): Promise<{ records: (object | undefined)[]; states: (SyncStateRow | undefined)[] }> {
  const tables = [...new Set(entries.map((entry) => entry.table))];
  return db.transaction('r', [db.syncState, ...tables.map((name) => db.table(name))], async () => {
    const records: (object | undefined)[] = new Array(entries.length);
    for (const name of tables) {
      const positions = entries.flatMap((entry, i) => (entry.table === name ? [i] : []));
      // A batch's entries of one table are a run of keys in order: often read as one range.
      const found = (await bulkGetPresent(
        db.table(name) as Table<object, string>,
        positions.map((i) => entries[i].key),
      )) as (object | undefined)[];
      positions.forEach((position, j) => (records[position] = found[j]));
    }
    // The batch is a run of consecutive ids: when no state lies in its range (none of these
    // records was synced yet, as in a first sync), one look replaces a read per entry.
    const range = db.syncState
      .where(':id')
      .between(revStateId(entries[0].id), revStateId(entries[entries.length - 1].id), true, true);
    const states =
      (await range.limit(1).primaryKeys()).length === 0
        ? entries.map(() => undefined)
        : await db.syncState.bulkGet(entries.map((entry) => revStateId(entry.id)));
    return { records, states };
  });
}

async function currentRev(mirror: MirrorDb, id: string): Promise<string | null> {
  try {
    return ((await mirror.get(id)) as { _rev: string })._rev;
  } catch {
    return null;
  }
}

/** Sends up to `batchSize` outbox entries into the mirror; returns how many it handled. */
export async function pushOutbox(
  db: GlossDB,
  mirror: MirrorDb,
  keys: SyncKeys,
  options: PushOptions,
): Promise<number> {
  const entries = await nextEntries(db, options.batchSize ?? 500);
  if (entries.length === 0) return 0;
  const { records, states } = await timeSync('push: read the library', () => readEntries(db, entries));
  // Entries are independent: prepare (encrypt) them all at once; WebCrypto and the mirror
  // overlap their waits.
  const prepareAll = (which: (entry: OutboxEntry) => boolean, deletedWith?: DeletedWith) =>
    Promise.all(
      entries.flatMap((entry, i): Promise<Prepared>[] => {
        if (!which(entry)) return [];
        if (entry.table === 'sources' && !options.includeOriginals)
          return [
            Promise.resolve({ entry, doc: null, rev: null, docId: '', deleted: false, table: entry.table }),
          ];
        return [prepare(mirror, keys, entry, records[i], states[i], deletedWith)];
      }),
    );
  // Highlights first: an article deleted with its highlights names them (and the revisions it
  // knew), so the other computer can tell them from highlights made there meanwhile whatever
  // order the deletions arrive in.
  const prepared = await timeSync('push: read previous revisions and seal', async () => {
    const highlights = await prepareAll((entry) => entry.table === 'highlights');
    const deletedWith: DeletedWith = new Map();
    for (const { entry, deletedFrom } of highlights) {
      if (!deletedFrom) continue;
      const known = deletedWith.get(deletedFrom.articleId) ?? {};
      known[entry.key] = deletedFrom.rev;
      deletedWith.set(deletedFrom.articleId, known);
    }
    return [...highlights, ...(await prepareAll((entry) => entry.table !== 'highlights', deletedWith))];
  });
  const rank = (p: Prepared) => (p.deleted ? 10 + DELETE_ORDER[p.table] : 0);
  const docs = prepared
    .filter((p) => p.doc)
    .sort((a, b) => rank(a) - rank(b))
    .map((p) => p.doc!);
  const before = docs.length > 0 ? await mirrorSeq(mirror) : 0;
  traceSync(() => `push sealed ${docs.length}`);
  await timeSync('push: write the mirror', () => writeRevisions(mirror, docs));
  traceSync('push written to mirror');
  const after = docs.length > 0 ? await mirrorSeq(mirror) : 0;
  // Nothing but this batch was written meanwhile (one sequence number per revision), the
  // applier had read everything before it, and no record here has a version the applier left
  // to be merged with this push: the applier need not read these revisions back.
  const onlyThisBatch =
    docs.length > 0 && after - before === docs.length && !states.some((state) => state?.unmerged);
  await timeSync('push: outbox and sync state', () =>
    db.transaction('rw', db.syncOutbox, db.syncState, async () => {
      if (onlyThisBatch && Number((await db.syncState.get(SEQ_STATE))?.seq ?? 0) === before)
        await db.syncState.put({ id: SEQ_STATE, seq: after });
      await db.syncState.bulkPut(
        prepared.flatMap((p) =>
          p.rev ? [{ id: revStateId(p.entry.id), docId: p.docId, rev: p.rev, deleted: p.deleted }] : [],
        ),
      );
      await removeSent(db, entries);
    }),
  );
  return entries.length;
}
