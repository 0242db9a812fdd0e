/**
 * A snippet: a short stretch of the original text around a hit, cut inside one field, with the
 * ranges of every query term inside it (to mark them). It holds about one line of the palette:
 * counted in columns, a wide (CJK, full-width) character taking two, so a Chinese snippet has
 * half the characters of an English one instead of a line's worth of hidden text to lay out.
 */
import { nextMatch } from './match';
import type { QueryTerm } from './query';

export interface Snippet {
  text: string;
  /** [start, end) ranges in `text` to mark. */
  marks: [number, number][];
}

const BEFORE = 30;
const AFTER = 90;
/** Columns from the snippet's start (the palette's line holds about 110 at its widest). */
const COLUMNS = 130;

/** Hangul, CJK and full-width forms: two columns. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** The end of at most COLUMNS columns of text from `start`, never before `atLeast`. */
function endWithin(original: string, start: number, end: number, atLeast: number): number {
  let columns = 0;
  for (let at = start; at < end; at++) {
    columns += isWide(original.charCodeAt(at)) ? 2 : 1;
    if (columns > COLUMNS) return Math.max(at, atLeast);
  }
  return end;
}

export function makeSnippet(
  original: string,
  folded: string,
  fieldStart: number,
  fieldEnd: number,
  hitAt: number,
  terms: readonly QueryTerm[],
): Snippet {
  let start = Math.max(fieldStart, hitAt - BEFORE);
  // Start at a line break when one is close before the window, so the snippet reads as a line.
  const lineStart = original.lastIndexOf('\n', hitAt - 1);
  if (lineStart >= start) start = lineStart + 1;
  const longestTerm = terms.reduce((longest, term) => Math.max(longest, term.text.length), 0);
  const end = endWithin(
    original,
    start,
    Math.min(fieldEnd, hitAt + AFTER),
    Math.min(fieldEnd, hitAt + longestTerm),
  );
  const prefix = start > fieldStart ? '…' : '';
  const suffix = end < fieldEnd ? '…' : '';
  const marks: [number, number][] = [];
  for (const term of terms) {
    let at = nextMatch(folded, term, start, end);
    while (at >= 0) {
      marks.push([at - start + prefix.length, at - start + prefix.length + term.text.length]);
      at = nextMatch(folded, term, at + term.text.length, end);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  const text = prefix + original.slice(start, end).replace(/\s/g, ' ') + suffix;
  return { text, marks };
}
