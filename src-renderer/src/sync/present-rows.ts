/**
 * A bulk read by primary key in one request when it can be: the rows between the smallest and
 * the largest key wanted are read at once, and when there are no more of them than keys wanted
 * (a first sync reads a whole table in key order, or finds an empty one), the answer is picked
 * from them. A bulk read asks once per key; this asks once, and once per key only when the range
 * holds other rows too.
 */
import type { Table } from 'dexie';

export async function bulkGetPresent<T, I>(
  table: Table<T, string, I>,
  keys: string[],
): Promise<(T | undefined)[]> {
  if (keys.length === 0) return [];
  let low = keys[0];
  let high = keys[0];
  for (const key of keys) {
    if (key < low) low = key;
    if (key > high) high = key;
  }
  const keyPath = table.schema.primKey.keyPath;
  if (typeof keyPath !== 'string') return table.bulkGet(keys);
  const rows = await table
    .where(':id')
    .between(low, high, true, true)
    .limit(keys.length + 1)
    .toArray();
  if (rows.length > keys.length) return table.bulkGet(keys);
  const byKey = new Map(rows.map((row) => [(row as Record<string, unknown>)[keyPath], row]));
  return keys.map((key) => byKey.get(key));
}
