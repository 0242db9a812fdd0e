/**
 * Builds a compact posting segment (sorted keys, offsets, postings) from many folded texts in
 * two passes over typed arrays, with no per-document sort and no per-gram objects:
 *
 * 1. Every gram of every text gets a dense id (unigrams and Latin trigrams by direct lookup,
 *    bigrams through an open-addressing hash table); a gram is counted once per document (the
 *    id remembers the last document it was seen in), and each document's distinct ids are
 *    appended to one stream.
 * 2. The distinct keys are sorted once, offsets follow from the counts, and the stream is
 *    replayed to fill the postings. Documents are replayed in order, so every list is sorted.
 */
import { FIELD_SEPARATOR_CODE, TRIGRAM_BASE, type GramSegment } from './gram-keys';

/**
 * Dense ids for bigram keys: open addressing, linear probing. Keys are kept as signed 32-bit
 * values (`key | 0`, never 0 for a bigram), so the probe loop stays in small integers.
 */
class KeyTable {
  /** Key and id side by side (one cache line for both). */
  private slots: Int32Array;
  private mask: number;
  /** Multiplicative hashing: the slot is the product's top bits. */
  private shift: number;
  private used = 0;
  constructor(capacity: number) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
  }

  /** The id of the key; a new key is given `fresh` (so a result equal to `fresh` means new). */
  idOf(key: number, fresh: number): number {
    const k32 = key | 0;
    const slots = this.slots;
    let slot = Math.imul(k32, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = slots[slot * 2];
      if (k === k32) return slots[slot * 2 + 1];
      if (k === 0) break;
      slot = (slot + 1) & this.mask;
    }
    slots[slot * 2] = k32;
    slots[slot * 2 + 1] = fresh;
    if (++this.used * 2 > this.mask + 1) this.grow();
    return fresh;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    this.shift--;
    for (let i = 0; i < old.length; i += 2) {
      const key = old[i];
      if (key === 0) continue;
      let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = key;
      this.slots[slot * 2 + 1] = old[i + 1];
    }
  }
}

const NONE = -1;

/** Builds the segment for documents 0 … texts.length-1 (null = a removed document, no grams). */
export function buildSegmentFromTexts(texts: readonly (string | null)[]): GramSegment {
  let characters = 0;
  for (const text of texts) characters += text?.length ?? 0;
  // Per id: its key, how many documents have it, the last document that had it (locals, grown
  // by hand: this loop runs once per character of the library).
  let idKey = new Uint32Array(1 << 16);
  // The last document and the count of each id side by side: [2·id] and [2·id + 1].
  let idSeen = new Int32Array(1 << 17).fill(NONE);
  let distinct = 0;
  const unigramId = new Int32Array(65536).fill(NONE);
  const trigramId = new Int32Array(36 * 36 * 36).fill(NONE);
  const bigrams = new KeyTable(1 << 15);
  let stream = new Int32Array(Math.min(characters + 16, 1 << 26));
  let streamLength = 0;
  const docEnd = new Uint32Array(texts.length);
  const trigramBase = TRIGRAM_BASE;

  for (let doc = 0; doc < texts.length; doc++) {
    const text = texts[doc];
    const n = text ? text.length : 0;
    // Room for every gram of this document, so the loop below never checks.
    if (streamLength + n * 3 > stream.length) {
      const bigger = new Int32Array(Math.max(stream.length * 2, streamLength + n * 3));
      bigger.set(stream.subarray(0, streamLength));
      stream = bigger;
    }
    if (distinct + n * 3 > idKey.length) {
      const size = Math.max(idKey.length * 2, distinct + n * 3);
      const keys = new Uint32Array(size);
      keys.set(idKey.subarray(0, distinct));
      idKey = keys;
      const seen = new Int32Array(size * 2).fill(NONE);
      seen.set(idSeen.subarray(0, distinct * 2));
      idSeen = seen;
    }
    let previous = 0;
    let a1 = -1;
    let a2 = -1;
    for (let i = 0; i < n; i++) {
      const c = text!.charCodeAt(i);
      // Latin letter or digit number (folded text is lower case), else -1.
      const a = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : -1;
      if (c !== FIELD_SEPARATOR_CODE) {
        let id = unigramId[c];
        if (id === NONE) {
          id = unigramId[c] = distinct;
          idKey[distinct++] = c;
        }
        if (idSeen[id * 2] !== doc) {
          idSeen[id * 2] = doc;
          idSeen[id * 2 + 1]++;
          stream[streamLength++] = id;
        }
        if (previous !== 0) {
          const key = previous * 65536 + c;
          id = bigrams.idOf(key, distinct);
          if (id === distinct) idKey[distinct++] = key;
          if (idSeen[id * 2] !== doc) {
            idSeen[id * 2] = doc;
            idSeen[id * 2 + 1]++;
            stream[streamLength++] = id;
          }
        }
        if (a >= 0 && a1 >= 0 && a2 >= 0) {
          const t = a2 * 1296 + a1 * 36 + a;
          id = trigramId[t];
          if (id === NONE) {
            id = trigramId[t] = distinct;
            idKey[distinct++] = trigramBase + t;
          }
          if (idSeen[id * 2] !== doc) {
            idSeen[id * 2] = doc;
            idSeen[id * 2 + 1]++;
            stream[streamLength++] = id;
          }
        }
      }
      previous = c;
      a2 = a1;
      a1 = a;
    }
    docEnd[doc] = streamLength;
  }

  // Sort the distinct keys; each id's rank is its place in that order.
  const order = new Uint32Array(distinct);
  for (let id = 0; id < distinct; id++) order[id] = id;
  const keyOf = idKey;
  sortIdsByKey(order, keyOf);
  const keys = new Uint32Array(distinct);
  const offsets = new Uint32Array(distinct + 1);
  const cursor = new Uint32Array(distinct);
  for (let rank = 0; rank < distinct; rank++) {
    const id = order[rank];
    keys[rank] = keyOf[id];
    offsets[rank + 1] = offsets[rank] + idSeen[id * 2 + 1] + 1;
  }
  for (let rank = 0; rank < distinct; rank++) cursor[order[rank]] = offsets[rank];

  const postings = new Uint32Array(offsets[distinct]);
  const ids = stream;
  let at = 0;
  for (let doc = 0; doc < texts.length; doc++) {
    const end = docEnd[doc];
    for (; at < end; at++) postings[cursor[ids[at]]++] = doc;
  }
  return { keys, offsets, postings, docCount: texts.length };
}

/** Sorts ids by their (distinct) keys: a radix sort on the keys' two 16-bit halves. */
function sortIdsByKey(ids: Uint32Array, keyOf: Uint32Array): void {
  const buffer = new Uint32Array(ids.length);
  const counts = new Uint32Array(65537);
  for (const [from, to, shift] of [
    [ids, buffer, 0],
    [buffer, ids, 16],
  ] as const) {
    counts.fill(0);
    for (let i = 0; i < from.length; i++) counts[((keyOf[from[i]] >>> shift) & 0xffff) + 1]++;
    for (let d = 1; d <= 65536; d++) counts[d] += counts[d - 1];
    for (let i = 0; i < from.length; i++) to[counts[(keyOf[from[i]] >>> shift) & 0xffff]++] = from[i];
  }
}
