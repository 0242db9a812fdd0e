/**
 * An index of every 4-character substring of a text, built once when many highlights are
 * re-anchored in the same text. Finding all occurrences of a quote, or of the pieces the
 * approximate search's filter looks for, then costs the hits of its rarest 4-gram instead of
 * a scan of the whole text per highlight.
 */

const GRAM = 4;

function gramHash(text: string, at: number, bits: number): number {
  let h =
    Math.imul(text.charCodeAt(at), 0x9e3779b1) ^
    Math.imul(text.charCodeAt(at + 1), 0x85ebca77) ^
    Math.imul(text.charCodeAt(at + 2), 0xc2b2ae3d) ^
    Math.imul(text.charCodeAt(at + 3), 0x27d4eb2f);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h >>> (32 - bits);
}

/** Finds every start of `pattern`, in order, or null when there are more than `limit`. */
export type OccurrenceFinder = (pattern: string, limit?: number) => number[] | null;

export class TextIndex {
  private bits = 0;
  /** After building, bucket h is positions[h === 0 ? 0 : ends[h - 1] .. ends[h]). */
  private ends: Int32Array | null = null;
  /** Every gram start, grouped by hash, ascending within a bucket. */
  private positions: Int32Array | null = null;

  /** Building is deferred to the first search: unchanged text never needs one. */
  constructor(readonly text: string) {}

  private build(): { ends: Int32Array; positions: Int32Array } {
    if (this.ends && this.positions) return { ends: this.ends, positions: this.positions };
    const text = this.text;
    const count = Math.max(0, text.length - GRAM + 1);
    // About four grams per bucket: a table small enough to stay in cache while it is filled.
    this.bits = Math.min(20, Math.max(8, Math.ceil(Math.log2(count + 1)) - 2));
    const hashes = new Int32Array(count);
    const ends = new Int32Array(1 << this.bits);
    for (let i = 0; i < count; i++) {
      const h = gramHash(text, i, this.bits);
      hashes[i] = h;
      ends[h]++;
    }
    // Turn counts into bucket starts, then fill: each start advances to its bucket's end.
    let sum = 0;
    for (let h = 0; h < ends.length; h++) {
      const size = ends[h];
      ends[h] = sum;
      sum += size;
    }
    const positions = new Int32Array(count);
    for (let i = 0; i < count; i++) positions[ends[hashes[i]]++] = i;
    this.ends = ends;
    this.positions = positions;
    return { ends, positions };
  }

  /** Every start of `pattern` in the text, ascending; null when there are more than `limit`. */
  readonly find: OccurrenceFinder = (pattern, limit = Infinity) => {
    if (pattern.length < GRAM) return findByScanning(this.text, pattern, limit);
    const { ends, positions } = this.build();
    const bucket = (h: number): [number, number] => [h === 0 ? 0 : ends[h - 1], ends[h]];
    // Look up the pattern's rarest gram: fewest places to verify.
    let gramAt = 0;
    let fewest = Infinity;
    for (let j = 0; j + GRAM <= pattern.length && fewest > 0; j++) {
      const [from, to] = bucket(gramHash(pattern, j, this.bits));
      if (to - from < fewest) {
        fewest = to - from;
        gramAt = j;
      }
    }
    const [from, to] = bucket(gramHash(pattern, gramAt, this.bits));
    const found: number[] = [];
    for (let k = from; k < to; k++) {
      const start = positions[k] - gramAt;
      if (start < 0 || !this.text.startsWith(pattern, start)) continue;
      if (found.length >= limit) return null;
      found.push(start);
    }
    return found;
  };
}

/** The same as `TextIndex.find`, by scanning the text. */
export function findByScanning(text: string, pattern: string, limit = Infinity): number[] | null {
  const found: number[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    if (found.length >= limit) return null;
    found.push(at);
  }
  return found;
}
