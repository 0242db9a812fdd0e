/**
 * Finding one query term in folded text: a substring anywhere, or a word prefix (the character
 * before is not a Latin letter or digit, so "port" finds "port" and "ports" but not "report",
 * and "12306" finds 铁路12306). Shared by the library search and the find bar.
 */
import { fold } from './fold';
import { parseQuery, type QueryTerm } from './query';

const SHORT_RANGE = 256;

function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/** Start of the next match of the term in [from, to) of the folded text, or -1. */
export function nextMatch(folded: string, term: QueryTerm, from: number, to: number): number {
  const needle = term.text;
  // indexOf has no end bound: in a short range (a title), search a copy of the range instead
  // of running on through the rest of the document.
  if (to - from <= SHORT_RANGE && to < folded.length) {
    const range = folded.substring(from, to);
    let local = range.indexOf(needle);
    while (local >= 0) {
      const at = from + local;
      if (term.mode === 'substring' || at === 0 || !isWordChar(folded.charCodeAt(at - 1))) return at;
      local = range.indexOf(needle, local + 1);
    }
    return -1;
  }
  let at = folded.indexOf(needle, from);
  while (at >= 0 && at + needle.length <= to) {
    if (term.mode === 'substring' || at === 0 || !isWordChar(folded.charCodeAt(at - 1))) return at;
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
