/**
 * A record as it travels: `SyncRecord` (fields with their clock stamps) ⇄ the encrypted CouchDB
 * document the server stores. Only the id (an HMAC), the revision data and the `_deleted` flag
 * are in the clear. The table and key are sealed as one value, the fields with their stamps as
 * another (one AES-GCM seal per document, not per field: see docs/sync.md), each bound to its
 * document; a kept original travels as a third, an encrypted attachment.
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

export const DOC_FORMAT = 1;
const ORIGINAL = 'o';

export interface EncryptedDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  v: number;
  /** Sealed { table, key }. */
  k: string;
  /** Sealed { name: { v: value, c: clock } } of every field. */
  f: string;
  /** Sealed deletion stamp. */
  x?: string;
  _attachments?: Record<string, { content_type: string; data: string } | { stub: true }>;
}

export interface DecodedRecord extends SyncRecord {
  table: SyncedTable;
  key: string;
}

/** Fields that hold bytes and travel as an attachment. */
const BYTE_FIELDS: Partial<Record<SyncedTable, string>> = { sources: 'bytes' };

export async function encodeRecord(keys: SyncKeys, id: string, record: DecodedRecord): Promise<EncryptedDoc> {
  const byteField = BYTE_FIELDS[record.table];
  const sealedFields: Record<string, { v: unknown; c?: string }> = {};
  let attachment: Uint8Array | null = null;
  for (const [name, value] of Object.entries(record.fields)) {
    if (name === byteField && value instanceof Uint8Array) {
      attachment = value;
      sealedFields[name] = { v: null, c: record.clocks[name] };
    } else sealedFields[name] = { v: value, c: record.clocks[name] };
  }
  const doc: EncryptedDoc = {
    _id: id,
    v: DOC_FORMAT,
    k: await encryptJson(keys, { table: record.table, key: record.key }, `${id}:k`),
    f: await encryptJson(keys, sealedFields, `${id}:f`),
  };
  if (record.deleted) doc._deleted = true;
  if (record.deletedClock) doc.x = await encryptJson(keys, record.deletedClock, `${id}:x`);
  if (attachment) {
    const sealed = await encryptBytes(keys, attachment, `${id}:${ORIGINAL}`);
    doc._attachments = {
      [ORIGINAL]: { content_type: 'application/octet-stream', data: bytesToBase64(sealed) },
    };
  }
  return doc;
}

/** Opens a document; throws when it was not sealed with these keys. */
export async function decodeRecord(keys: SyncKeys, doc: EncryptedDoc): Promise<DecodedRecord> {
  const id = doc._id;
  const { table, key } = await decryptJson<{ table: SyncedTable; key: string }>(keys, doc.k, `${id}:k`);
  const record: DecodedRecord = { table, key, fields: {}, clocks: {}, deleted: doc._deleted === true };
  if (doc.x) record.deletedClock = await decryptJson<string>(keys, doc.x, `${id}:x`);
  const byteField = BYTE_FIELDS[table];
  const fields = doc.f
    ? await decryptJson<Record<string, { v: unknown; c?: string }>>(keys, doc.f, `${id}:f`)
    : {};
  for (const [name, { v, c }] of Object.entries(fields)) {
    if (c) record.clocks[name] = c;
    if (name === byteField) {
      const attachment = doc._attachments?.[ORIGINAL];
      if (attachment && 'data' in attachment)
        record.fields[name] = await decryptBytes(keys, base64ToBytes(attachment.data), `${id}:${ORIGINAL}`);
      continue;
    }
    record.fields[name] = v;
  }
  return record;
}
