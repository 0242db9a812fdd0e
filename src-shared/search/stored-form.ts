/**
 * A collection's documents packed for storage as a few large values instead of many small
 * ones: per part (a few million characters), all texts in one string with a Uint32Array of
 * their lengths, all field offsets in one Uint32Array, ids and metadata as JSON strings. Reading a handful of large strings and typed arrays back is a copy, where a hundred
 * thousand small objects and arrays each cost an allocation to clone.
 */
import type { StoredCollection } from './collection';

export interface PackedPart {
  /** Documents in this part. */
  count: number;
  /** The ids array as JSON. */
  ids: string;
  /** The metadata array as JSON. */
  metas: string;
  /** Every text, one after the other. */
  text: string;
  /** Length of each text; REMOVED for a removed document's slot. */
  lengths: Uint32Array;
  /** Each document's field offsets, `stride` numbers per document. */
  starts: Uint32Array;
  stride: number;
}

const REMOVED = 0xffffffff;
/** Characters of text per part. */
export const PART_CHARACTERS = 4_000_000;

export function packCollection(collection: StoredCollection<unknown>): PackedPart[] {
  const parts: PackedPart[] = [];
  const n = collection.ids.length;
  const stride = collection.starts.find((s) => s !== null)?.length ?? 0;
  let from = 0;
  while (from < n || parts.length === 0) {
    let to = from;
    let characters = 0;
    while (to < n && (to === from || characters < PART_CHARACTERS)) {
      characters += collection.texts[to]?.length ?? 0;
      to++;
    }
    const lengths = new Uint32Array(to - from);
    const starts = new Uint32Array((to - from) * stride);
    const texts: string[] = [];
    for (let doc = from; doc < to; doc++) {
      const text = collection.texts[doc];
      lengths[doc - from] = text === null ? REMOVED : text.length;
      if (text !== null) texts.push(text);
      const docStarts = collection.starts[doc];
      if (docStarts) starts.set(docStarts, (doc - from) * stride);
    }
    parts.push({
      count: to - from,
      ids: JSON.stringify(collection.ids.slice(from, to)),
      metas: JSON.stringify(collection.metas.slice(from, to)),
      text: texts.join(''),
      lengths,
      starts,
      stride,
    });
    from = to;
  }
  return parts;
}

export function unpackCollection<Meta>(
  segment: StoredCollection<Meta>['segment'],
  parts: readonly PackedPart[],
): StoredCollection<Meta> {
  const collection: StoredCollection<Meta> = { segment, ids: [], metas: [], texts: [], starts: [] };
  for (const part of parts) {
    if (part.count === 0) continue;
    const ids = JSON.parse(part.ids) as (string | null)[];
    const metas = JSON.parse(part.metas) as (Meta | null)[];
    if (ids.length !== part.count || metas.length !== part.count || part.lengths.length !== part.count)
      throw new Error('stored search index part is inconsistent');
    let at = 0;
    for (let i = 0; i < part.count; i++) {
      const length = part.lengths[i];
      const removed = length === REMOVED;
      collection.ids.push(removed ? null : ids[i]);
      collection.metas.push(removed ? null : metas[i]);
      collection.texts.push(removed ? null : part.text.slice(at, at + length));
      collection.starts.push(
        removed ? null : Array.from(part.starts.subarray(i * part.stride, (i + 1) * part.stride)),
      );
      if (!removed) at += length;
    }
    if (at !== part.text.length) throw new Error('stored search index texts are inconsistent');
  }
  return collection;
}
