/**
 * Opens a batch the replicator just wrote into the mirror (arrivals.ts) without reading it back:
 * each document is decrypted as it came. A document is taken as its record's one current
 * version only when that is certain: it came once in the batch, without an original attached,
 * and this computer either never had the record or had a version the new one descends from (and
 * no version left unmerged). Any other document is resolved from the mirror as the applier
 * always does (several current versions are merged there).
 */
import type { GlossDB } from '../db/db';
import type { Arrival, ArrivedDoc } from './arrivals';
import { isRecordDocId, type MirrorDb, type MirrorDoc } from './mirror';
import { outboxId } from './outbox';
import { bulkGetPresent } from './present-rows';
import { resolveDocument, type Resolved } from './resolve';
import { revsOf } from './revisions';
import type { SyncKeys } from './sync-crypto';
import { decodeRecord, type DecodedRecord } from './sync-doc';
import { revStateId, type SyncStateRow } from './sync-state';

export interface OpenedDoc {
  id: string;
  /** null: the document could not be opened with these keys. */
  result: Resolved | null;
}

/** The sync state of each record, by its row id. */
export async function statesOf(
  db: GlossDB,
  records: { table: string; key: string }[],
): Promise<Map<string, SyncStateRow>> {
  const ids = records.map(({ table, key }) => revStateId(outboxId(table, key)));
  const rows = await bulkGetPresent(db.syncState, ids);
  const states = new Map<string, SyncStateRow>();
  rows.forEach((row, i) => row && states.set(ids[i], row));
  return states;
}

function descendsFrom(doc: ArrivedDoc, rev: string): boolean {
  return doc._rev === rev || (doc._revisions ? revsOf(doc._revisions).includes(rev) : false);
}

/** The arrival's record documents, opened; `states` gets the sync state of every one opened. */
export async function openArrival(
  db: GlossDB,
  mirror: MirrorDb,
  keys: SyncKeys,
  arrival: Arrival,
  states: Map<string, SyncStateRow>,
): Promise<OpenedDoc[]> {
  const docs = arrival.docs.filter((doc) => isRecordDocId(doc._id));
  const times = new Map<string, number>();
  for (const doc of docs) times.set(doc._id, (times.get(doc._id) ?? 0) + 1);
  const decoded = await Promise.all(
    docs.map(async (doc) => {
      if (times.get(doc._id) !== 1 || doc.attached) return { doc, record: undefined };
      try {
        return { doc, record: await decodeRecord(keys, doc as MirrorDoc) };
      } catch {
        return { doc, record: null };
      }
    }),
  );
  const known = await statesOf(
    db,
    decoded.flatMap(({ record }) => (record ? [record] : [])),
  );
  const opened: OpenedDoc[] = [];
  const fromMirror = new Set<string>();
  for (const { doc, record } of decoded) {
    if (record === null) {
      opened.push({ id: doc._id, result: null });
      continue;
    }
    const state = record ? known.get(revStateId(outboxId(record.table, record.key))) : undefined;
    const sure = record && (!state?.rev || (!state.unmerged && descendsFrom(doc, state.rev)));
    if (sure) {
      opened.push({ id: doc._id, result: { doc: doc as MirrorDoc, record, conflicts: [], revived: false } });
      if (state) states.set(revStateId(outboxId(record.table, record.key)), state);
    } else fromMirror.add(doc._id);
  }
  const resolved = await Promise.all(
    [...fromMirror].map((id) =>
      resolveDocument(mirror, keys, id).then(
        (result) => ({ id, result }),
        () => ({ id, result: null }),
      ),
    ),
  );
  const records = resolved.flatMap(({ result }) => (result?.record ? [result.record as DecodedRecord] : []));
  for (const [id, row] of await statesOf(db, records)) states.set(id, row);
  return [...opened, ...resolved];
}
