/**
 * English date expressions: "3 September 2016", "3rd of September 2016", "Sept. 3, 2016",
 * "September 3–5, 2016", "September 2016", and a bare year after a preposition of time
 * ("in 1997,", "since 2013 the…"). Month names must be capitalized, so the verb "may" is no
 * month; a bare year must be followed by punctuation or a word that continues a sentence,
 * so "in 2000 cases" is a count.
 */
import { formatDate, type DateExpression } from './date-values';

const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const SP = '[\\p{Zs}\\t]+';
const ORDINAL = '(?:st|nd|rd|th)?';
const DAY = `([0-9]{1,2})${ORDINAL}`;
const DAY_RANGE_END = `(?:[\\p{Zs}\\t]*[-–—][\\p{Zs}\\t]*([0-9]{1,2})${ORDINAL})?`;
const YEAR = '([0-9]{4})(?![0-9])';

const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}${DAY_RANGE_END}${SP}(?:of${SP})?${MONTH},?${SP}${YEAR}`, 'gu');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}${SP}${DAY}${DAY_RANGE_END},?${SP}${YEAR}`, 'gu');
const MONTH_YEAR = new RegExp(`\\b${MONTH},?${SP}(?:of${SP})?${YEAR}`, 'gu');
const PREPOSITION_YEAR = new RegExp(
  `\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Dd]uring|[Ff]rom)${SP}${YEAR}`,
  'gu',
);
/** What may follow a bare year for it to be read as one. */
const YEAR_FOLLOWER =
  /^(?![\p{Zs}\t]*(?:BCE?\b|B\.C\.))(?:[\p{Zs}\t]*(?:$|[\n\r,.;:!?)\]"'”’\p{Script=Han}])|[\p{Zs}\t]+(?:[A-Z]|(?:and|or|when|the|a|an|to|that|with|as|after|before|at|on|while|it|he|she|they|we|was|were|is|are|there|this|his|her|its|their|our|onward|onwards|through)\b))/u;

function monthNumber(name: string): number {
  return MONTH_PREFIXES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function withDayRange(
  found: DateExpression,
  year: number,
  month: number,
  lastDay: string | undefined,
): DateExpression {
  const until = lastDay === undefined ? null : formatDate(year, month, Number(lastDay));
  return until && until > found.date ? { ...found, until } : found;
}

export function findEnglishDates(text: string): DateExpression[] {
  const found: DateExpression[] = [];
  const at = (m: RegExpMatchArray) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const [year, month] = [Number(m[4]), monthNumber(m[3])];
    const date = formatDate(year, month, Number(m[1]));
    if (date) found.push(withDayRange({ date, precision: 'day', ...at(m) }, year, month, m[2]));
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const [year, month] = [Number(m[4]), monthNumber(m[1])];
    const date = formatDate(year, month, Number(m[2]));
    if (date) found.push(withDayRange({ date, precision: 'day', ...at(m) }, year, month, m[3]));
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    const date = formatDate(Number(m[2]), monthNumber(m[1]));
    if (date) found.push({ date, precision: 'month', ...at(m) });
  }
  for (const m of text.matchAll(PREPOSITION_YEAR)) {
    const date = formatDate(Number(m[1]));
    const { end } = at(m);
    if (date && YEAR_FOLLOWER.test(text.slice(end, end + 40))) {
      found.push({ date, precision: 'year', start: end - 4, end });
    }
  }
  return found;
}
