/**
 * A snippet: a short stretch of the original text around a hit, cut inside one field, with the
 * ranges of every query term inside it (to mark them).
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

export function makeSnippet(
  original: string,
  folded: string,
  fieldStart: number,
  fieldEnd: number,
  hitAt: number,
  terms: readonly QueryTerm[],
): Snippet {
  let start = Math.max(fieldStart, hitAt - BEFORE);
  const end = Math.min(fieldEnd, hitAt + AFTER);
  // Start at a line break when one is close before the window, so the snippet reads as a line.
  const lineStart = original.lastIndexOf('\n', hitAt - 1);
  if (lineStart >= start) start = lineStart + 1;
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
