/**
 * Turns a selection in an article's canonical text into the selectors a highlight stores:
 * the quote with its surrounding context, and the position.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../model-types';
import { codePointsAfter, codePointsBefore, snapEnd, snapStart } from './code-points';

/**
 * Context kept on each side of the quote, in characters (code points): enough to tell repeats
 * apart, counted in characters rather than words so Chinese text gets as much as English.
 */
export const CONTEXT_LENGTH = 32;

export interface RangeSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * Describes `text.slice(start, end)`. Offsets are clamped to the text, swapped if reversed, and
 * widened so a surrogate pair cut by either end is included whole.
 */
export function describeRange(text: string, start: number, end: number): RangeSelectors {
  let from = Math.max(0, Math.min(text.length, Math.floor(Math.min(start, end))));
  let to = Math.max(0, Math.min(text.length, Math.floor(Math.max(start, end))));
  from = snapStart(text, from);
  to = snapEnd(text, to);
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: text.slice(codePointsBefore(text, from, CONTEXT_LENGTH), from),
      suffix: text.slice(to, codePointsAfter(text, to, CONTEXT_LENGTH)),
    },
    position: { type: 'TextPositionSelector', start: from, end: to },
  };
}
