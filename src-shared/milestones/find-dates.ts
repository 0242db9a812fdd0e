/**
 * The milestone finder: every date written in an article's canonical text, each with the
 * passage (sentence or clause) that tells what happened then. Offsets are UTF-16 code units
 * of the text given, so a passage can become a highlight as it is.
 */
import type { DatePrecision } from '../model-types';
import { findDateExpressions } from './date-expressions';
import { foldWidth } from './numerals';
import { passageAround, sentenceSpans } from './passages';

export interface DatedPassage {
  /** text.slice(start, end). */
  text: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a range gives its start. */
  date: string;
  precision: DatePrecision;
  /** The passage. */
  start: number;
  end: number;
  /** The date expression itself, a range included. */
  dateStart: number;
  dateEnd: number;
  /** Last date of a range ("2013年至2015年" → "2015"), when written. */
  until?: string;
}

export function findDatedPassages(text: string): DatedPassage[] {
  const dates = findDateExpressions(text);
  if (dates.length === 0) return [];
  const folded = foldWidth(text);
  const sentences = sentenceSpans(folded, dates);
  const passages: DatedPassage[] = [];
  let s = 0;
  for (const date of dates) {
    while (s < sentences.length - 1 && sentences[s].end <= date.start) s++;
    const { start, end } = passageAround(folded, sentences[s], date, dates);
    passages.push({
      text: text.slice(start, end),
      date: date.date,
      precision: date.precision,
      start,
      end,
      dateStart: date.start,
      dateEnd: date.end,
      ...(date.until ? { until: date.until } : {}),
    });
  }
  return passages;
}
