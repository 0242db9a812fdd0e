/**
 * English date expressions: "3 September 2016", "3rd of September 2016", "Sept. 3, 2016",
 * "September 3–5, 2016", "September 2016", and a bare year or range of years after a
 * preposition of time ("in 1997,", "since 2013 the…", "from 2013 to 2015,"). Month names must
 * be capitalized, so the verb "may" is no month; a bare year must be followed by punctuation or
 * a word that continues a sentence, so "in 2000 cases" is a count.
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
/** "in 1997", "from 2013 to 2015", "between 2013 and 2015", "in 2013–2015". */
const PREPOSITION_YEAR = new RegExp(
  `\\b([Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Dd]uring|[Ff]rom|[Bb]etween)${SP}${YEAR}` +
    `(?:(?:${SP}(to|until|till|through|and)${SP}|[\\p{Zs}\\t]*[-–—][\\p{Zs}\\t]*)${YEAR})?`,
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
  PREPOSITION_YEAR.lastIndex = 0;
  for (let m = PREPOSITION_YEAR.exec(text); m; m = PREPOSITION_YEAR.exec(text)) {
    const [, preposition, first, connector, last] = m;
    const date = formatDate(Number(first));
    const start = m.index + m[0].indexOf(first, preposition.length);
    // "in 2004 and 2005" names two years; only "between" makes "and" a range.
    const ranged = last !== undefined && (connector !== 'and' || /^[Bb]etween$/.test(preposition));
    const until = ranged ? formatDate(Number(last)) : null;
    const end = m.index + m[0].length;
    if (date && until && until > date) {
      if (YEAR_FOLLOWER.test(text.slice(end, end + 40)))
        found.push({ date, precision: 'year', start, end, until });
    } else {
      if (date && YEAR_FOLLOWER.test(text.slice(start + 4, start + 44))) {
        found.push({ date, precision: 'year', start, end: start + 4 });
      }
      PREPOSITION_YEAR.lastIndex = start + 4;
    }
  }
  return found;
}
