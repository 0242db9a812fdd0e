/**
 * The key space of the character-gram index, shared by the index and its segment builder:
 * unigram = its code unit; bigram = a·65536 + b; Latin trigram = TRIGRAM_BASE + its number
 * (letters and digits numbered 0–35). Also the compact segment's shape.
 */

/** Separates fields inside a document; never indexed, never in a query. */
export const FIELD_SEPARATOR = '\u0000';
export const FIELD_SEPARATOR_CODE = 0;

export const TRIGRAM_BASE = 0xffff * 65536;

export interface GramSegment {
  keys: Uint32Array;
  offsets: Uint32Array;
  postings: Uint32Array;
  /** Documents 0 … docCount-1 are covered by this segment. */
  docCount: number;
}

/** 0–35 for a–z and 0–9 (folded text is lower case), else -1. */
export function alnum(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 48 && c <= 57) return c - 48 + 26;
  return -1;
}
