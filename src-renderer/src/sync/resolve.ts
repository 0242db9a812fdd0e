/**
 * Conflict resolution in the mirror: when a record has more than one current version (edits on
 * two computers, or an edit against a deletion), the versions are decrypted, merged by the
 * rules in src-shared/sync/merge-record.ts from their common revision, and the result written
 * as the one current version. Losing branches are closed with a marked deletion ("r": resolved),
 * which is not a deletion of the record. Revision ids come from content, so two computers that
 * resolve the same conflict write the same revisions.
 */
import { mergeRecords, sameRecord, type SyncRecord } from '../../../src-shared/sync/merge-record';
import { FIELD_KINDS } from '../../../src-shared/sync/record-kinds';
import type { SyncKeys } from './sync-crypto';
import { getLeaves, getRevision, writeRevisions, type MirrorDb, type MirrorDoc } from './mirror';
import { childRevision, revisionHash, revsOf } from './revisions';
import { decodeRecord, DOC_FORMAT, encodeRecord, type DecodedRecord } from './sync-doc';

export interface Resolved {
  /** The current version after resolution (null when the document holds nothing readable). */
  doc: MirrorDoc | null;
  record: DecodedRecord | null;
  conflicts: string[];
  revived: boolean;
}

/** Leaves that take part: live ones and real deletions (not branches closed by a resolution). */
function contenders(leaves: MirrorDoc[]): MirrorDoc[] {
  return leaves.filter((leaf) => !(leaf._deleted && leaf.r === 1));
}

/** CouchDB's choice of current revision: live before deleted, longest history, then largest id. */
export function winningLeaf(leaves: MirrorDoc[]): MirrorDoc {
  return [...leaves].sort((a, b) => {
    if (Boolean(a._deleted) !== Boolean(b._deleted)) return a._deleted ? 1 : -1;
    const [ga, ha] = a._rev.split('-');
    const [gb, hb] = b._rev.split('-');
    if (Number(ga) !== Number(gb)) return Number(gb) - Number(ga);
    return ha < hb ? 1 : ha > hb ? -1 : 0;
  })[0];
}

async function commonBase(
  mirror: MirrorDb,
  keys: SyncKeys,
  id: string,
  leaves: MirrorDoc[],
): Promise<SyncRecord | null> {
  const histories = leaves.map((leaf) => (leaf._revisions ? revsOf(leaf._revisions) : [leaf._rev]));
  const shared = histories[0].find((rev) => histories.every((history) => history.includes(rev)));
  if (!shared) return null;
  const doc = await getRevision(mirror, id, shared);
  if (!doc) return null;
  try {
    return await decodeRecord(keys, doc);
  } catch {
    return null;
  }
}

/**
 * A merged record that equals neither side is a new version: its `updatedAt` moves past both
 * (by a millisecond, the same on every computer), so views that redraw on a new `updatedAt`
 * show it.
 */
function touchUpdatedAt(merged: SyncRecord, leaves: SyncRecord[]): SyncRecord {
  if (typeof merged.fields.updatedAt !== 'string') return merged;
  const latest = Math.max(...leaves.map((leaf) => Date.parse(String(leaf.fields.updatedAt)) || 0));
  if (!latest) return merged;
  return { ...merged, fields: { ...merged.fields, updatedAt: new Date(latest + 1).toISOString() } };
}

export async function resolveDocument(mirror: MirrorDb, keys: SyncKeys, id: string): Promise<Resolved> {
  const leaves = await getLeaves(mirror, id);
  const competing = contenders(leaves);
  if (competing.length === 0) return { doc: null, record: null, conflicts: [], revived: false };
  const keeper = winningLeaf(competing);
  const decoded: DecodedRecord[] = [];
  for (const leaf of competing) decoded.push(await decodeRecord(keys, leaf));
  const keeperRecord = decoded[competing.indexOf(keeper)];
  if (competing.length === 1) return { doc: keeper, record: keeperRecord, conflicts: [], revived: false };

  const base = await commonBase(mirror, keys, id, competing);
  const kinds = FIELD_KINDS[keeperRecord.table] ?? {};
  let merged: SyncRecord = decoded[0];
  const conflicts: string[] = [];
  let revived = false;
  for (const next of decoded.slice(1)) {
    const outcome = mergeRecords(base, merged, next, kinds);
    merged = outcome.record;
    conflicts.push(...outcome.conflicts);
    revived ||= outcome.revived;
  }
  if (!decoded.some((leaf) => sameRecord(leaf, merged))) merged = touchUpdatedAt(merged, decoded);
  const writes: object[] = [];
  for (const leaf of competing) {
    if (leaf === keeper) continue;
    const closing = childRevision(leaf._revisions ?? null, await revisionHash(leaf._rev, 'resolved'));
    writes.push({ _id: id, ...closing, _deleted: true, v: DOC_FORMAT, r: 1 });
  }
  let current = keeper;
  let record = keeperRecord;
  if (!sameRecord(merged, keeperRecord)) {
    const revision = childRevision(keeper._revisions ?? null, await revisionHash(keeper._rev, merged));
    const full: DecodedRecord = { ...merged, table: keeperRecord.table, key: keeperRecord.key };
    current = { ...(await encodeRecord(keys, id, full)), ...revision } as MirrorDoc;
    record = full;
    writes.push(current);
  }
  await writeRevisions(mirror, writes);
  return { doc: current, record, conflicts, revived };
}
