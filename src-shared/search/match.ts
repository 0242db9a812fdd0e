/**
 * Finding one query term in folded text: a substring anywhere, or a word prefix (the character
 * before is not a Latin letter or digit, so "port" finds "port" and "ports" but not "report",
 * and "12306" finds 铁路12306). Shared by the library search and the find bar.
 */
import { BLOCK, blockMayHold, isWordChar, type Probe } from './block-filter';
import { fold } from './fold';
import { parseQuery, type QueryTerm } from './query';

/** A range this short is read with a bounded loop (indexOf has no end bound and would run on). */
const SHORT_RANGE = 256;

/** Blocks read one by one before the rest of a text is searched natively (the probe passes too often). */
const BLOCKS_READ = 4;

function startsMatch(folded: string, term: QueryTerm, at: number): boolean {
  return term.mode === 'substring' || at === 0 || !isWordChar(folded.charCodeAt(at - 1));
}

/** First match starting in [from, last] (last = the last start that fits), reading only there. */
function matchInRange(folded: string, term: QueryTerm, from: number, last: number): number {
  const needle = term.text;
  const first = needle.charCodeAt(0);
  for (let at = from; at <= last; at++) {
    if (folded.charCodeAt(at) === first && folded.startsWith(needle, at) && startsMatch(folded, term, at))
      return at;
  }
  return -1;
}

/**
 * Start of the next match of the term in [from, to) of the folded text, or -1. With the text's
 * block signatures and the term's probe (block-filter.ts), only the blocks that may hold a match
 * are read.
 */
export function nextMatch(
  folded: string,
  term: QueryTerm,
  from: number,
  to: number,
  signatures?: Uint32Array | null,
  probe?: Probe | null,
): number {
  const needle = term.text;
  const last = to - needle.length;
  if (last < from) return -1;
  if (signatures && probe) {
    const lastBlock = (last / BLOCK) | 0;
    let read = 0;
    for (let block = (from / BLOCK) | 0; block <= lastBlock; block++) {
      if (!blockMayHold(signatures, block, probe)) continue;
      const start = block * BLOCK > from ? block * BLOCK : from;
      // Many passing blocks: the probe says little here, a native search of the rest is faster.
      if (++read > BLOCKS_READ) return nextMatch(folded, term, start, to);
      const at = matchInRange(folded, term, start, Math.min(last, block * BLOCK + BLOCK - 1));
      if (at >= 0) return at;
    }
    return -1;
  }
  if (to - from <= SHORT_RANGE) return matchInRange(folded, term, from, last);
  let at = folded.indexOf(needle, from);
  while (at >= 0 && at <= last) {
    if (startsMatch(folded, term, at)) return at;
    at = folded.indexOf(needle, at + 1);
  }
  return -1;
}

/** Counts matches in [from, to), stopping at `cap`. */
export function countMatches(folded: string, term: QueryTerm, from: number, to: number, cap: number): number {
  let count = 0;
  let at = nextMatch(folded, term, from, to);
  while (at >= 0 && count < cap) {
    count++;
    at = nextMatch(folded, term, at + term.text.length, to);
  }
  return count;
}

/**
 * Every match of the query's words in a text (for the find bar), as [start, end) ranges in the
 * text, sorted and not overlapping. Filters and exclusions do not apply inside one article.
 */
export function findAll(text: string, query: string): [number, number][] {
  const terms = parseQuery(query).terms;
  if (terms.length === 0) return [];
  const folded = fold(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    let at = nextMatch(folded, term, 0, folded.length);
    while (at >= 0) {
      ranges.push([at, at + term.text.length]);
      at = nextMatch(folded, term, at + term.text.length, folded.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] < last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}
