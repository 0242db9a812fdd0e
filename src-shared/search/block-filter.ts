/**
 * Block signatures: where in a long folded text a string may start, so that verifying a
 * candidate document reads a few short stretches of its text instead of all of it.
 *
 * The text is cut into blocks of BLOCK code units. Each block has a 512-bit signature with one
 * bit set per bigram that starts in the block or in the OVERLAP code units after it (a hashed
 * Bloom filter with one hash). A string of up to OVERLAP + 1 code units that starts in a block
 * has all its bigrams in that block's signature; a longer one has its first OVERLAP + 1 code
 * units' bigrams there. So a block whose signature lacks one of those bits cannot hold a match,
 * and only the blocks that pass are read, each with a bounded loop. A bit can be set by another
 * bigram (a false pass) or the bigrams can all be in a block without being adjacent: a pass is
 * only a "maybe", and every match is still checked against the text: no match is ever invented,
 * and none is missed (the signature has every bigram of the block).
 *
 * English bigrams are in nearly every block, so for a word prefix ("real" must start a word, not
 * sit inside "already") a block's signature also has two bits for the first four characters of
 * every word that starts in it.
 */

export const BLOCK = 128;
/** Bigrams starting this far into the next block are in a block's signature too. */
const OVERLAP = 31;
/** 512 bits per block. */
const WORDS = 16;
const HASH_SHIFT = 23;
/** Texts shorter than this are read whole (a signature would not save anything). */
const MIN_LENGTH = BLOCK * 2;

function bigramBit(a: number, b: number): number {
  return Math.imul((a << 16) | b, 0x9e3779b1) >>> HASH_SHIFT;
}

/** Two bits for a word's first four code units. */
function wordStartBits(text: string, at: number): [number, number] {
  const h =
    Math.imul(
      Math.imul(text.charCodeAt(at), 31) + Math.imul(text.charCodeAt(at + 1), 961) + text.charCodeAt(at + 2),
      0x85ebca6b,
    ) ^ Math.imul(text.charCodeAt(at + 3), 0xc2b2ae35);
  return [Math.imul(h, 0x9e3779b1) >>> HASH_SHIFT, Math.imul(h ^ 0x5bd1e995, 0x27d4eb2f) >>> HASH_SHIFT];
}

/** Letters and digits of a word (folded text is lower case); the same rule as the word-prefix match. */
export function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

function setBit(sig: Uint32Array, block: number, bit: number): void {
  sig[block * WORDS + (bit >>> 5)] |= 1 << (bit & 31);
}

/** The signatures of a folded text (WORDS 32-bit words per block), or null for a short text. */
export function blockSignatures(folded: string): Uint32Array | null {
  const n = folded.length;
  if (n < MIN_LENGTH) return null;
  const blocks = Math.ceil(n / BLOCK);
  const sig = new Uint32Array(blocks * WORDS);
  let a = folded.charCodeAt(0);
  let previousIsWord = false;
  for (let i = 0; i + 1 < n; i++) {
    const b = folded.charCodeAt(i + 1);
    const block = (i / BLOCK) | 0;
    if (a !== 0 && b !== 0) {
      const bit = bigramBit(a, b);
      setBit(sig, block, bit);
      if (block > 0 && i - block * BLOCK < OVERLAP) setBit(sig, block - 1, bit);
    }
    const isWord = isWordChar(a);
    if (isWord && !previousIsWord && i + 3 < n) {
      const [first, second] = wordStartBits(folded, i);
      setBit(sig, block, first);
      setBit(sig, block, second);
    }
    previousIsWord = isWord;
    a = b;
  }
  return sig;
}

/** What a block's signature must have for a string to start in it: masks by word. */
export interface Probe {
  words: Int32Array;
  masks: Int32Array;
}

/**
 * The probe of a folded string of three or more code units (a shorter one is answered by its
 * posting list, or read whole); `wordStart` when it must start a word.
 */
export function probeFor(needle: string, wordStart: boolean): Probe | null {
  const n = Math.min(needle.length, OVERLAP + 1);
  if (n < 3) return null;
  const byWord = new Int32Array(WORDS);
  const add = (bit: number) => (byWord[bit >>> 5] |= 1 << (bit & 31));
  for (let i = 0; i + 1 < n; i++) add(bigramBit(needle.charCodeAt(i), needle.charCodeAt(i + 1)));
  if (wordStart && n >= 4) for (const bit of wordStartBits(needle, 0)) add(bit);
  const words: number[] = [];
  const masks: number[] = [];
  for (let w = 0; w < WORDS; w++) {
    if (byWord[w] !== 0) {
      words.push(w);
      masks.push(byWord[w]);
    }
  }
  return { words: Int32Array.from(words), masks: Int32Array.from(masks) };
}

/** True when a string with this probe may start in the block. */
export function blockMayHold(sig: Uint32Array, block: number, probe: Probe): boolean {
  const base = block * WORDS;
  const { words, masks } = probe;
  for (let k = 0; k < words.length; k++) {
    const mask = masks[k];
    if ((sig[base + words[k]] & mask) !== mask) return false;
  }
  return true;
}

/** Bytes held by a signature array (for the size report). */
export function signatureBytes(sig: Uint32Array | null | undefined): number {
  return sig ? sig.byteLength : 0;
}
