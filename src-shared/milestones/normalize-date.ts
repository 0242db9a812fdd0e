/**
 * What a person types as a milestone date → a normalized date value, reusing the milestone
 * finder's reading of date expressions.
 */
import { findDateExpressions } from './date-expressions';
import { formatDate, precisionOf, type DateValue } from './date-values';

/**
 * What a person typed as a milestone date → a date value, or null. Accepts the bare forms
 * `1997`, `1997-4`, `1997/04/18`, and any single date expression the milestone finder reads
 * (`1997年4月`, `一九九七年`, `18 April 1997`, `April 1997`…) when it is the whole input.
 */
export function normalizeDate(input: string): DateValue | null {
  const trimmed = input.trim();
  const bare = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(trimmed);
  if (bare) {
    const value = formatDate(
      +bare[1],
      bare[2] === undefined ? undefined : +bare[2],
      bare[3] === undefined ? undefined : +bare[3],
    );
    return value ? { value, precision: precisionOf(value) } : null;
  }
  const found = findDateExpressions(trimmed);
  if (found.length !== 1 || found[0].start !== 0 || found[0].end !== trimmed.length) return null;
  return { value: found[0].date, precision: found[0].precision };
}
