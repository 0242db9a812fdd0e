/**
 * The conflict rules, as one pure function over two versions of a record and the version they
 * both started from. Every field carries the hybrid-logical-clock stamp of its last edit:
 * - a field both sides left alone, or set to the same value, is kept;
 * - notes merge three ways (both edits kept; overlapping edits keep both versions, marked);
 * - tag lists merge as sets: a tag either side added is there, one either side removed is gone;
 * - any other field takes the value of the later edit (then the larger value, so ties agree);
 * - a deletion against an edit made since the common version: the edit survives (a change of
 *   passive fields alone, like reading progress, is not such an edit).
 * merge(base, a, b) equals merge(base, b, a), so every replica reaches the same record.
 */
import { compareHlc, maxHlc, type HlcStamp } from './hlc';
import { mergeText } from './merge-text';
import type { FieldMergeKind } from './record-kinds';

export interface SyncRecord {
  fields: Record<string, unknown>;
  /** Stamp of each field's last edit. */
  clocks: Record<string, HlcStamp>;
  deleted: boolean;
  /** Stamp of the deletion (or of the revival that undid one). */
  deletedClock?: HlcStamp;
}

export interface MergeOutcome {
  record: SyncRecord;
  /** Fields whose edits overlapped and were both kept. */
  conflicts: string[];
  /** True when one side deleted the record and the other's edit kept it. */
  revived: boolean;
}

/** Deterministic JSON: object keys sorted, so equal values compare equal as text. */
export function stableJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value instanceof Uint8Array) return `"bytes:${Array.from(value).join('.')}"`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

export function sameRecord(a: SyncRecord, b: SyncRecord): boolean {
  return a.deleted === b.deleted && sameValue(a.fields, b.fields);
}

/** True when `record` changed some field since `base` (a new stamp on any field but passive ones). */
export function editedSince(
  record: SyncRecord,
  base: SyncRecord | null,
  kinds: Record<string, FieldMergeKind> = {},
): boolean {
  if (!base) return true;
  const names = new Set([...Object.keys(record.clocks), ...Object.keys(record.fields)]);
  for (const name of names)
    if (kinds[name] !== 'passive' && record.clocks[name] !== base.clocks[name]) return true;
  return false;
}

/** Orders two sides: the later edit first (then the larger value), whatever order they came in. */
function ordered<T>(
  aValue: T,
  aClock: HlcStamp | undefined,
  bValue: T,
  bClock: HlcStamp | undefined,
): [T, T] {
  const byClock = compareHlc(aClock ?? '', bClock ?? '');
  if (byClock > 0) return [aValue, bValue];
  if (byClock < 0) return [bValue, aValue];
  return stableJson(aValue) >= stableJson(bValue) ? [aValue, bValue] : [bValue, aValue];
}

function mergeSet(base: unknown, a: unknown, b: unknown, first: unknown): string[] {
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  const baseSet = new Set(list(base));
  const aSet = new Set(list(a));
  const bSet = new Set(list(b));
  const keep = (item: string) =>
    (aSet.has(item) && bSet.has(item)) ||
    (aSet.has(item) && !baseSet.has(item)) ||
    (bSet.has(item) && !baseSet.has(item));
  const other = first === a ? b : a;
  const result: string[] = [];
  for (const item of [...list(first), ...list(other)])
    if (keep(item) && !result.includes(item)) result.push(item);
  return result;
}

function mergeField(
  kind: FieldMergeKind,
  base: SyncRecord | null,
  name: string,
  a: SyncRecord,
  b: SyncRecord,
): { value: unknown; clock: HlcStamp | undefined; conflict: boolean } {
  const aValue = a.fields[name];
  const bValue = b.fields[name];
  const aClock = a.clocks[name];
  const bClock = b.clocks[name];
  const clock = maxHlc(aClock, bClock);
  if (sameValue(aValue, bValue)) return { value: aValue, clock, conflict: false };
  const baseValue = base?.fields[name];
  // One side left the field as it was: the other side's edit stands, whatever the stamps say.
  if (base && sameValue(aValue, baseValue) && aClock === base.clocks[name])
    return { value: bValue, clock, conflict: false };
  if (base && sameValue(bValue, baseValue) && bClock === base.clocks[name])
    return { value: aValue, clock, conflict: false };
  const [first, second] = ordered(aValue, aClock, bValue, bClock);
  if (kind === 'text' && typeof aValue === 'string' && typeof bValue === 'string') {
    const merged = mergeText(
      typeof baseValue === 'string' ? baseValue : '',
      first as string,
      second as string,
    );
    return { value: merged.text, clock, conflict: merged.conflict };
  }
  if (kind === 'set') return { value: mergeSet(baseValue, aValue, bValue, first), clock, conflict: false };
  return { value: first, clock, conflict: false };
}

/** Merges two versions of one record that both descend from `base` (null when unknown). */
export function mergeRecords(
  base: SyncRecord | null,
  a: SyncRecord,
  b: SyncRecord,
  kinds: Record<string, FieldMergeKind> = {},
): MergeOutcome {
  if (a.deleted !== b.deleted) {
    const [gone, live] = a.deleted ? [a, b] : [b, a];
    if (base && !editedSince(live, base, kinds)) return { record: gone, conflicts: [], revived: false };
    // The edit survives: the record comes back with the edited side's fields merged in.
    const merged = mergeRecords(base, { ...gone, deleted: false }, live, kinds);
    return { ...merged, record: { ...merged.record, deleted: false }, revived: true };
  }
  const names = [...new Set([...Object.keys(a.fields), ...Object.keys(b.fields)])].sort();
  const fields: Record<string, unknown> = {};
  const clocks: Record<string, HlcStamp> = {};
  const conflicts: string[] = [];
  for (const name of names) {
    const result = mergeField(kinds[name] ?? 'latest', base, name, a, b);
    if (result.value !== undefined) fields[name] = result.value;
    if (result.clock !== undefined) clocks[name] = result.clock;
    if (result.conflict) conflicts.push(name);
  }
  const deletedClock = maxHlc(a.deletedClock, b.deletedClock);
  const record: SyncRecord = { fields, clocks, deleted: a.deleted };
  if (deletedClock !== undefined) record.deletedClock = deletedClock;
  return { record, conflicts, revived: false };
}
