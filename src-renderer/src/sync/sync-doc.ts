/**
 * A record as it travels: `SyncRecord` (fields with their clock stamps) ⇄ the encrypted CouchDB
 * document the server stores. Only the id (an HMAC), the revision data and the `_deleted` flag
 * are in the clear; the table, the key and every field are sealed one by one, each bound to its
 * document and field name. A kept original travels as an encrypted attachment.
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
  /** Sealed { v: value, c: clock } per field. */
  f: Record<string, string>;
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
  const doc: EncryptedDoc = {
    _id: id,
    v: DOC_FORMAT,
    k: await encryptJson(keys, { table: record.table, key: record.key }, `${id}:k`),
    f: {},
  };
  if (record.deleted) doc._deleted = true;
  if (record.deletedClock) doc.x = await encryptJson(keys, record.deletedClock, `${id}:x`);
  const byteField = BYTE_FIELDS[record.table];
  for (const [name, value] of Object.entries(record.fields)) {
    if (name === byteField && value instanceof Uint8Array) {
      const sealed = await encryptBytes(keys, value, `${id}:${ORIGINAL}`);
      doc._attachments = {
        [ORIGINAL]: { content_type: 'application/octet-stream', data: bytesToBase64(sealed) },
      };
      doc.f[name] = await encryptJson(keys, { v: null, c: record.clocks[name] }, `${id}:f:${name}`);
      continue;
    }
    doc.f[name] = await encryptJson(keys, { v: value, c: record.clocks[name] }, `${id}:f:${name}`);
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
  for (const [name, sealed] of Object.entries(doc.f ?? {})) {
    const { v, c } = await decryptJson<{ v: unknown; c?: string }>(keys, sealed, `${id}:f:${name}`);
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
