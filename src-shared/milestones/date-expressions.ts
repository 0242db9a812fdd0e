/**
 * Every date expression written in a text, in order and without overlaps: Chinese, all-digit
 * and English forms. Where two readings overlap, the one that starts first wins, and of two
 * that start together the longer (2016年9月3日 over 2016年).
 */
import { findCjkDates } from './cjk-dates';
import type { DateExpression } from './date-values';
import { findEnglishDates } from './english-dates';
import { foldWidth } from './numerals';
import { findNumericDates } from './numeric-dates';

export function findDateExpressions(text: string): DateExpression[] {
  const folded = foldWidth(text);
  const candidates = [...findCjkDates(folded), ...findNumericDates(folded), ...findEnglishDates(folded)];
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateExpression[] = [];
  for (const candidate of candidates) {
    const last = kept[kept.length - 1];
    if (!last || candidate.start >= last.end) kept.push(candidate);
  }
  return kept;
}
