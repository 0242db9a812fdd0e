/**
 * A character unigram + bigram inverted index over folded text: for every single UTF-16 code
 * unit and every pair of adjacent ones, the sorted list of documents containing it.
 *
 * One or two characters are answered exactly by one posting list; a longer string by
 * intersecting its bigrams' lists, which gives candidates that the caller verifies against the
 * folded text. This gives exact substring semantics (Chinese has no spaces to split words on)
 * in a size that grows with the text, not with its square.
 *
 * Documents are numbered in the order they are added. The bulk of the index is a compact,
 * immutable base (sorted keys, offsets, postings in typed arrays: cheap to store and load);
 * documents added later go to a small mutable delta, removed ones are marked, and `compact()`
 * folds both into a new base.
 */
import { FIELD_SEPARATOR, TRIGRAM_BASE, alnum, type GramSegment } from './gram-keys';
import { blockSignatures } from './block-filter';
import { buildSegmentFromTexts } from './segment-builder';

export { FIELD_SEPARATOR, type GramSegment };

const EMPTY = new Uint32Array(0);

/**
 * The grams of one text, distinct and sorted: every unigram and bigram, plus trigrams of Latin
 * letters and digits (English words share their bigrams with most of the library; trigrams make
 * their candidates nearly exact).
 */
export function distinctGrams(text: string): Uint32Array {
  const n = text.length;
  const grams = new Uint32Array(n * 3);
  let count = 0;
  let previous = 0;
  let a1 = -1;
  let a2 = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const a = alnum(c);
    if (c !== 0) {
      grams[count++] = c;
      if (previous !== 0) grams[count++] = previous * 65536 + c;
      if (a >= 0 && a1 >= 0 && a2 >= 0) grams[count++] = TRIGRAM_BASE + a2 * 1296 + a1 * 36 + a;
    }
    previous = c;
    a2 = a1;
    a1 = a;
  }
  const sorted = grams.subarray(0, count).sort();
  let unique = 0;
  for (let i = 0; i < count; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i];
  return sorted.slice(0, unique);
}

/** The keys to look up for a folded query string: its unigram, or its distinct bigrams and Latin trigrams. */
export function queryGrams(text: string): number[] {
  if (text.length === 1) return [text.charCodeAt(0)];
  const keys = new Set<number>();
  // A bigram inside a Latin trigram adds nothing: every document with the trigram has it.
  const covered = new Uint8Array(text.length);
  for (let i = 2; i < text.length; i++) {
    const x = alnum(text.charCodeAt(i - 2));
    const y = alnum(text.charCodeAt(i - 1));
    const z = alnum(text.charCodeAt(i));
    if (x >= 0 && y >= 0 && z >= 0) {
      keys.add(TRIGRAM_BASE + x * 1296 + y * 36 + z);
      covered[i - 1] = 1;
      covered[i] = 1;
    }
  }
  for (let i = 1; i < text.length; i++)
    if (!covered[i]) keys.add(text.charCodeAt(i - 1) * 65536 + text.charCodeAt(i));
  return [...keys];
}

function findKey(keys: Uint32Array, key: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid];
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Intersects two sorted lists. */
export function intersect(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}

export class GramIndex {
  private base: GramSegment = { keys: EMPTY, offsets: new Uint32Array(1), postings: EMPTY, docCount: 0 };
  private delta = new Map<number, number[]>();
  private alive: boolean[] = [];
  /** Folded texts; undefined = not folded yet (see `restore`). */
  private texts: (string | null | undefined)[] = [];
  /**
   * Block signatures of the folded texts (null for a short or removed one; undefined = not made
   * yet). A single addition gets them at once; a build or a restore leaves them to `prepare`, run
   * in the background, so that neither waits for them: until a text has its signatures, it is
   * verified by reading it (the same answers, read a little slower).
   */
  private signatures: (Uint32Array | null | undefined)[] = [];
  private unfolded: (string | null)[] = [];
  private foldText: (text: string) => string = (text) => text;
  private nextToPrepare = 0;

  /** Number of document slots (removed ones included). */
  get size(): number {
    return this.texts.length;
  }

  /** Folded text of a live document. */
  text(doc: number): string | null {
    const text = this.texts[doc];
    if (text !== undefined) return text;
    const original = this.unfolded[doc] ?? null;
    const folded = original === null ? null : this.foldText(original);
    this.texts[doc] = folded;
    return folded;
  }

  /**
   * A folded text whose first `length` code units are the document's (the whole folded text
   * when it is folded already): reading a title does not fold a whole restored article.
   */
  textStart(doc: number, length: number): string | null {
    const text = this.texts[doc];
    if (text !== undefined) return text;
    const original = this.unfolded[doc] ?? null;
    return original === null ? null : this.foldText(original.slice(0, length));
  }

  /** Block signatures of a live document's folded text, when made (see block-filter.ts). */
  signature(doc: number): Uint32Array | null {
    return this.signatures[doc] ?? null;
  }

  isAlive(doc: number): boolean {
    return this.alive[doc] === true;
  }

  /** Adds many documents and indexes them into a fresh base segment (the fast path for a full build). */
  static build(foldedTexts: readonly string[]): GramIndex {
    const index = new GramIndex();
    index.texts = [...foldedTexts];
    index.signatures = foldedTexts.map(() => undefined);
    index.alive = foldedTexts.map(() => true);
    index.base = buildSegmentFromTexts(foldedTexts);
    return index;
  }

  /**
   * Restores an index from a stored segment and its documents' texts (null = removed), folded
   * with `foldText` on first use or by `prepare` (so that a restored index answers at once
   * instead of after folding the whole library first).
   */
  static restore(
    segment: GramSegment,
    texts: readonly (string | null)[],
    foldText: (text: string) => string,
  ): GramIndex {
    const index = new GramIndex();
    index.base = segment;
    index.unfolded = [...texts];
    index.foldText = foldText;
    // Filled element by element (an array made with new Array(n) of a large n is a slow dictionary).
    index.texts = texts.map((t) => (t === null ? null : undefined));
    index.signatures = texts.map(() => undefined);
    index.alive = texts.map((t) => t !== null);
    for (let doc = segment.docCount; doc < texts.length; doc++) {
      const text = index.text(doc);
      if (text !== null) index.indexDelta(doc, text);
    }
    return index;
  }

  /** True while `prepare` has documents left. */
  hasPending(): boolean {
    return this.nextToPrepare < this.texts.length;
  }

  /**
   * Folds the texts not folded yet and makes the block signatures not made yet, document after
   * document, while `goOn()` says so (checked after each document); true while some remain.
   */
  prepare(goOn: () => boolean): boolean {
    for (; this.nextToPrepare < this.texts.length; this.nextToPrepare++) {
      const doc = this.nextToPrepare;
      if (this.signatures[doc] === undefined) {
        const folded = this.text(doc);
        this.signatures[doc] = folded === null ? null : blockSignatures(folded);
        if (!goOn()) {
          this.nextToPrepare++;
          break;
        }
      }
    }
    if (this.nextToPrepare < this.texts.length) return true;
    this.unfolded = [];
    return false;
  }

  add(folded: string): number {
    const doc = this.texts.length;
    this.texts.push(folded);
    this.signatures.push(blockSignatures(folded));
    this.alive.push(true);
    this.indexDelta(doc, folded);
    return doc;
  }

  remove(doc: number): void {
    if (!this.alive[doc]) return;
    this.alive[doc] = false;
    this.texts[doc] = null;
    this.signatures[doc] = null;
  }

  private indexDelta(doc: number, folded: string): void {
    for (const key of distinctGrams(folded)) {
      const list = this.delta.get(key);
      if (list) list.push(doc);
      else this.delta.set(key, [doc]);
    }
  }

  /** Documents (live or not) containing the gram, ascending. */
  private postings(key: number): ArrayLike<number> {
    const at = findKey(this.base.keys, key);
    const fromBase =
      at < 0 ? EMPTY : this.base.postings.subarray(this.base.offsets[at], this.base.offsets[at + 1]);
    const fromDelta = this.delta.get(key);
    if (!fromDelta) return fromBase;
    if (fromBase.length === 0) return fromDelta;
    const merged = new Array<number>(fromBase.length + fromDelta.length);
    for (let i = 0; i < fromBase.length; i++) merged[i] = fromBase[i];
    for (let i = 0; i < fromDelta.length; i++) merged[fromBase.length + i] = fromDelta[i];
    return merged;
  }

  /**
   * Live documents that may contain the folded string: exactly those that do when it is one or
   * two code units long; a superset for longer strings (verify against `text(doc)`).
   */
  candidates(folded: string): number[] {
    if (folded.length === 0 || folded.includes(FIELD_SEPARATOR)) return [];
    const lists = queryGrams(folded)
      .map((key) => this.postings(key))
      .sort((a, b) => a.length - b.length);
    let result: ArrayLike<number> = lists[0];
    for (let i = 1; i < lists.length && result.length > 0; i++) {
      // Past a handful of lists the candidates are few; verification is cheaper than more merges.
      if (i >= 4 && result.length < 64) break;
      result = intersect(result, lists[i]);
    }
    const live: number[] = [];
    for (let i = 0; i < result.length; i++) if (this.alive[result[i]]) live.push(result[i]);
    return live;
  }

  /** True when one posting list answers the string exactly (no verification needed). */
  static isExact(folded: string): boolean {
    return folded.length <= 2;
  }

  /** Every live document number. */
  liveDocs(): number[] {
    const docs: number[] = [];
    for (let doc = 0; doc < this.alive.length; doc++) if (this.alive[doc]) docs.push(doc);
    return docs;
  }

  /** True when the base segment covers every document and none was removed. */
  isCompact(): boolean {
    return this.delta.size === 0 && this.base.docCount === this.texts.length && this.alive.every(Boolean);
  }

  /** The base segment (after `build` or `compacted`, it covers every document). */
  segment(): GramSegment {
    return this.base;
  }

  /** Bytes held by postings (base and delta) and block signatures, for the size report. */
  postingBytes(): number {
    let delta = 0;
    for (const list of this.delta.values()) delta += list.length * 8 + 16;
    let signatures = 0;
    for (const sig of this.signatures) if (sig) signatures += sig.byteLength;
    return (
      this.base.keys.byteLength +
      this.base.offsets.byteLength +
      this.base.postings.byteLength +
      delta +
      signatures
    );
  }
}
