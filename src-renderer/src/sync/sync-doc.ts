/**
 * A record as it travels: `SyncRecord` (fields with their clock stamps) ⇄ the encrypted CouchDB
 * document the server stores. Only the id (an HMAC), the revision data and the `_deleted` flag
 * are in the clear. The table, key, fields and stamps are one AES-GCM seal bound to the
 * document's id (one seal per document, not per field: see docs/sync.md); a kept original
 * travels as a second, an encrypted attachment. Every field keeps its own stamp (the merge is
 * per field); the stamps are written as the common one and the exceptions.
 */
import type { SyncRecord } from '../../../src-shared/sync/merge-record';
import type { SyncedTable } from '../../../src-shared/sync/record-kinds';
import {
  base64ToBytes,
  bytesToBase64,
  decryptBytes,
  decryptJson,
  encryptBytes,
  encryptJson,
  type SyncKeys,
} from './sync-crypto';

export const DOC_FORMAT = 2;
const ORIGINAL = 'o';

export interface EncryptedDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  v: number;
  /** The sealed record (`SealedRecord`). */
  s?: string;
  _attachments?: Record<string, { content_type: string; data: string } | { stub: true }>;
}

/** What the seal holds: the table and key, the fields, and their stamps written compactly. */
interface SealedRecord {
  t: SyncedTable;
  k: string;
  f: Record<string, unknown>;
  /** The stamp most fields carry. */
  c?: string;
  /** Stamps that differ from `c`, and fields with none (null). */
  o?: Record<string, string | null>;
  /** The deletion stamp. */
  x?: string;
}

export interface DecodedRecord extends SyncRecord {
  table: SyncedTable;
  key: string;
}

/** Fields that hold bytes and travel as an attachment. */
const BYTE_FIELDS: Partial<Record<SyncedTable, string>> = { sources: 'bytes' };

/** Every field's stamp, as the most common one and the exceptions. */
function packClocks(fields: Record<string, unknown>, clocks: Record<string, string>) {
  const counts = new Map<string, number>();
  for (const name of Object.keys(fields)) {
    const stamp = clocks[name];
    if (stamp !== undefined) counts.set(stamp, (counts.get(stamp) ?? 0) + 1);
  }
  let common: string | undefined;
  for (const [stamp, count] of counts)
    if (common === undefined || count > counts.get(common)!) common = stamp;
  const others: Record<string, string | null> = {};
  for (const name of Object.keys(fields)) if (clocks[name] !== common) others[name] = clocks[name] ?? null;
  for (const [name, stamp] of Object.entries(clocks)) if (!(name in fields)) others[name] = stamp;
  return { common, others: Object.keys(others).length > 0 ? others : undefined };
}

function unpackClocks(sealed: SealedRecord): Record<string, string> {
  const clocks: Record<string, string> = {};
  for (const name of Object.keys(sealed.f)) if (sealed.c !== undefined) clocks[name] = sealed.c;
  for (const [name, stamp] of Object.entries(sealed.o ?? {})) {
    if (stamp === null) delete clocks[name];
    else clocks[name] = stamp;
  }
  return clocks;
}

export async function encodeRecord(keys: SyncKeys, id: string, record: DecodedRecord): Promise<EncryptedDoc> {
  const byteField = BYTE_FIELDS[record.table];
  const fields: Record<string, unknown> = {};
  let attachment: Uint8Array | null = null;
  for (const [name, value] of Object.entries(record.fields)) {
    if (name === byteField && value instanceof Uint8Array) {
      attachment = value;
      fields[name] = null;
    } else fields[name] = value;
  }
  const { common, others } = packClocks(fields, record.clocks);
  const sealed: SealedRecord = { t: record.table, k: record.key, f: fields };
  if (common !== undefined) sealed.c = common;
  if (others) sealed.o = others;
  if (record.deletedClock) sealed.x = record.deletedClock;
  const doc: EncryptedDoc = { _id: id, v: DOC_FORMAT, s: await encryptJson(keys, sealed, id) };
  if (record.deleted) doc._deleted = true;
  if (attachment) {
    const bytes = await encryptBytes(keys, attachment, `${id}:${ORIGINAL}`);
    doc._attachments = {
      [ORIGINAL]: { content_type: 'application/octet-stream', data: bytesToBase64(bytes) },
    };
  }
  return doc;
}

/** Opens a document; throws when it was not sealed with these keys. */
export async function decodeRecord(keys: SyncKeys, doc: EncryptedDoc): Promise<DecodedRecord> {
  const id = doc._id;
  if (doc.v !== DOC_FORMAT || typeof doc.s !== 'string')
    throw new Error(`Document ${id} is not in a format this version of Gloss reads.`);
  const sealed = await decryptJson<SealedRecord>(keys, doc.s, id);
  const record: DecodedRecord = {
    table: sealed.t,
    key: sealed.k,
    fields: {},
    clocks: unpackClocks(sealed),
    deleted: doc._deleted === true,
  };
  if (sealed.x) record.deletedClock = sealed.x;
  const byteField = BYTE_FIELDS[sealed.t];
  for (const [name, value] of Object.entries(sealed.f)) {
    if (name === byteField) {
      const attachment = doc._attachments?.[ORIGINAL];
      if (attachment && 'data' in attachment)
        record.fields[name] = await decryptBytes(keys, base64ToBytes(attachment.data), `${id}:${ORIGINAL}`);
      continue;
    }
    record.fields[name] = value;
  }
  return record;
}
