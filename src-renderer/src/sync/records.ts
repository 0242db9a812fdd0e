/**
 * Dexie records ⇄ the fields that sync: what leaves the device (everything but the fields that
 * belong to this computer, like the reading position) and how a synced version is laid back
 * over the local record without losing those local fields.
 */
import { LOCAL_FIELDS, type SyncedTable } from '../../../src-shared/sync/record-kinds';

export function syncedFields(table: SyncedTable, record: object): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(record)) {
    if (value === undefined || LOCAL_FIELDS[table].includes(name)) continue;
    fields[name] = value;
  }
  return fields;
}

export function localRecord(
  table: SyncedTable,
  fields: Record<string, unknown>,
  existing: object | undefined,
): Record<string, unknown> {
  const record: Record<string, unknown> = { ...fields };
  for (const name of LOCAL_FIELDS[table]) {
    const value = (existing as Record<string, unknown> | undefined)?.[name];
    record[name] = value ?? (table === 'articles' && name === 'readingPosition' ? null : value);
  }
  return record;
}

/** Primary key field of each synced table. */
export const KEY_FIELD: Record<SyncedTable, string> = {
  articles: 'id',
  contents: 'articleId',
  sources: 'articleId',
  highlights: 'id',
  tags: 'name',
  settings: 'key',
};
