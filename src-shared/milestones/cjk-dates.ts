/**
 * Chinese date expressions: 1997年4月18日, 1997年7月, 1996年, 二〇一六年九月三日, ranges
 * (2013年至2015年, 2013—2015年, 1996年10月至1997年8月, 4月18日至20日), and the damaged form
 * of pages whose 年/月/日 were lost and left only runs of spaces ("1997    6    5    ,",
 * "1997    4    18      20  日", "2015    11  月").
 *
 * A lost marker is only believed when the rest of the expression confirms it: a four-digit
 * number followed by spaces is a date only if a month and then 月 follow, or a month and a
 * day and then 日, a day range, or the end of the clause. So "2000 元", "1500 万元" and
 * "[ 1997 16 号" stay numbers.
 */
import { formatDate, isPlausibleYear, type DateExpression } from './date-values';
import { CJK_YEAR_DIGITS, cjkYearValue, readDay, readMonth, skipSpaces, type NumberToken } from './numerals';

const Y = CJK_YEAR_DIGITS;
/**
 * Four Arabic digits, or a year written in Chinese digits (first 一 or 二, as every plausible
 * year; 二00四 and 二OO四 mix in zeros), standing alone.
 */
const YEAR_TOKEN = new RegExp(
  `(?<![0-9.A-Za-z${Y}十])(?:[0-9]{4}(?![0-9])|[一二][${Y}0-9O]{3}(?![${Y}0-9O十百千万]))`,
  'gu',
);
const YEAR_TOKEN_AT = new RegExp(YEAR_TOKEN.source, 'uy');
/** 至, 到 and the dashes and tildes pages put between the two ends of a range (after width folding). */
const RANGE_CONNECTOR = /(?:至|到|~|-|—{1,2}|–|―|〜)/y;
/** After a day whose 日 was lost: units and time words show the number was not a day. */
const NOT_AFTER_DAY =
  /[元万亿千百十个名人位次家所户多余件项条只头吨米里斤克期批栋枚台辆套座岁周年月日号时点分秒倍级层届]/u;
const DAY_MARKERS = '日号';
const OPENING_BRACKETS = '[〔【(';

interface YearToken {
  value: number;
  start: number;
  end: number;
  cjk: boolean;
}

function yearTokenAt(text: string, i: number): YearToken | null {
  YEAR_TOKEN_AT.lastIndex = i;
  const m = YEAR_TOKEN_AT.exec(text);
  if (!m) return null;
  const cjk = !/[0-9]/.test(m[0][0]);
  return { value: cjk ? cjkYearValue(m[0]) : Number(m[0]), start: i, end: i + m[0].length, cjk };
}

/**
 * True when the clause plainly goes on after a day number whose 日 was lost: end of text or
 * line, punctuation, or a word that is not a unit ("1997 6 5 ,深圳…" but not "2000 5 3 人").
 */
function closesLostDay(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const ch = text[i];
  if (ch === '\n' || ch === '\r') return true;
  if (',、。.;:!?)]”’」』】〕'.includes(ch)) return !/[0-9]/.test(text[i + 1] ?? '');
  return /\p{Script=Han}/u.test(ch) && !NOT_AFTER_DAY.test(ch);
}

/** What stands before a year (white space skipped), up to `length` characters. */
function textBefore(text: string, i: number, length: number): string {
  let j = i;
  while (j > 0 && /[\p{Zs}\t]/u.test(text[j - 1])) j--;
  return text.slice(Math.max(0, j - length), j);
}

/**
 * Document numbers are written 深发[1997]16号; when their brackets are damaged the year is
 * followed by spaces exactly like a date whose 年 was lost, so a year right after an opening
 * bracket needs a written 年.
 */
function followsOpeningBracket(text: string, i: number): boolean {
  const before = textBefore(text, i, 1);
  return before !== '' && OPENING_BRACKETS.includes(before);
}

/** Before a number of years: 公元前2000年 (BC), 近2000年, 长达1800年, 历经2000年. */
const BEFORE_YEAR_COUNT = /(?:公元前|纪元前|近|长达|历经|历时|逾|超过)$/;
/** After a number of years: 2000年的历史, 1800年历史. */
const AFTER_YEAR_COUNT = /^[\p{Zs}\t]*的?历史/u;

function isYearCount(text: string, year: YearToken, afterMarker: number): boolean {
  return (
    BEFORE_YEAR_COUNT.test(textBefore(text, year.start, 3)) ||
    AFTER_YEAR_COUNT.test(text.slice(afterMarker, afterMarker + 8))
  );
}

function connectorEnd(text: string, i: number): number | null {
  RANGE_CONNECTOR.lastIndex = i;
  const m = RANGE_CONNECTOR.exec(text);
  return m ? i + m[0].length : null;
}

/** "2013—2015年": two bare years sharing one 年. */
function readYearPair(text: string, year: YearToken): DateExpression | null {
  const connector = connectorEnd(text, skipSpaces(text, year.end));
  if (connector === null) return null;
  const second = yearTokenAt(text, skipSpaces(text, connector));
  if (!second || second.cjk !== year.cjk || second.value <= year.value || !isPlausibleYear(second.value))
    return null;
  const marker = skipSpaces(text, second.end);
  if (text[marker] !== '年') return null;
  return {
    date: String(year.value),
    precision: 'year',
    start: year.start,
    end: marker + 1,
    until: String(second.value),
  };
}

interface DayReading {
  day: NumberToken;
  end: number;
  /** Last day of "18 20 日" (18–20) when the range marker was lost. */
  lastDay?: number;
}

/** The day after a month: "5 日", "5 号", or with 日 lost "5 ," and "18 20 日". */
function readDayPart(text: string, from: number): DayReading | null {
  const day = readDay(text, skipSpaces(text, from));
  if (!day) return null;
  const after = skipSpaces(text, day.end);
  if (DAY_MARKERS.includes(text[after] ?? '\0')) return { day, end: after + 1 };
  if (day.cjk) return null;
  if (after > day.end) {
    const last = readDay(text, after);
    if (last && !last.cjk && last.value > day.value) {
      const marker = skipSpaces(text, last.end);
      if (DAY_MARKERS.includes(text[marker] ?? '\0')) return { day, end: marker + 1, lastDay: last.value };
    }
  }
  return closesLostDay(text, after) ? { day, end: day.end } : null;
}

/** One date expression starting with the year token, without a range tail. */
function readDateFrom(text: string, year: YearToken): DateExpression | null {
  if (!isPlausibleYear(year.value)) return null;
  const afterYear = skipSpaces(text, year.end);
  const yearMarked = text[afterYear] === '年';
  const yearLost =
    !yearMarked && afterYear > year.end && !year.cjk && !followsOpeningBracket(text, year.start);
  if (!yearMarked && !yearLost) return readYearPair(text, year);

  const yearOnly: DateExpression | null =
    yearMarked && !isYearCount(text, year, afterYear + 1)
      ? { date: String(year.value), precision: 'year', start: year.start, end: afterYear + 1 }
      : null;
  const month = readMonth(text, skipSpaces(text, yearMarked ? afterYear + 1 : afterYear));
  if (!month || (yearLost && month.cjk)) return yearOnly ?? readYearPair(text, year);

  const afterMonth = skipSpaces(text, month.end);
  const monthMarked = text[afterMonth] === '月';
  const monthLost = !monthMarked && afterMonth > month.end && !month.cjk;
  const monthDate = formatDate(year.value, month.value);
  const monthOnly: DateExpression | null =
    monthMarked && monthDate
      ? { date: monthDate, precision: 'month', start: year.start, end: afterMonth + 1 }
      : null;
  if (!monthMarked && !monthLost) return yearOnly;

  const day = readDayPart(text, monthMarked ? afterMonth + 1 : afterMonth);
  const dayDate =
    day && !(monthLost && day.day.cjk) ? formatDate(year.value, month.value, day.day.value) : null;
  if (day && dayDate) {
    const until = day.lastDay === undefined ? null : formatDate(year.value, month.value, day.lastDay);
    return { date: dayDate, precision: 'day', start: year.start, end: day.end, ...(until ? { until } : {}) };
  }
  return monthOnly ?? yearOnly;
}

/** "至2015年", "—1997 8 月", "至12月", "至20日" after a date: the end of a range. */
function readRangeTail(text: string, from: DateExpression): DateExpression {
  const connector = connectorEnd(text, skipSpaces(text, from.end));
  if (connector === null) return from;
  const at = skipSpaces(text, connector);
  const [year, month] = from.date.split('-').map(Number);
  let until: { date: string; end: number } | null = null;

  const nextYear = yearTokenAt(text, at);
  if (nextYear) {
    const next = readDateFrom(text, nextYear);
    if (next && !next.until) until = { date: next.date, end: next.end };
  } else if (from.precision !== 'year') {
    const nextMonth = readMonth(text, at);
    const monthMarker = nextMonth ? skipSpaces(text, nextMonth.end) : -1;
    if (nextMonth && text[monthMarker] === '月') {
      const day = from.precision === 'day' ? readDay(text, skipSpaces(text, monthMarker + 1)) : null;
      const dayMarker = day ? skipSpaces(text, day.end) : -1;
      const date =
        day && DAY_MARKERS.includes(text[dayMarker] ?? '\0')
          ? { date: formatDate(year, nextMonth.value, day.value), end: dayMarker + 1 }
          : { date: formatDate(year, nextMonth.value), end: monthMarker + 1 };
      if (date.date) until = { date: date.date, end: date.end };
    } else if (from.precision === 'day') {
      const day = readDay(text, at);
      const marker = day ? skipSpaces(text, day.end) : -1;
      const date =
        day && DAY_MARKERS.includes(text[marker] ?? '\0') ? formatDate(year, month, day.value) : null;
      if (date) until = { date, end: marker + 1 };
    }
  }
  if (!until || until.date <= from.date) return from;
  return { ...from, end: until.end, until: until.date };
}

export function findCjkDates(text: string): DateExpression[] {
  const found: DateExpression[] = [];
  YEAR_TOKEN.lastIndex = 0;
  for (let m = YEAR_TOKEN.exec(text); m; m = YEAR_TOKEN.exec(text)) {
    const year = yearTokenAt(text, m.index);
    const date = year && readDateFrom(text, year);
    if (!date) continue;
    const full = date.until ? date : readRangeTail(text, date);
    found.push(full);
    YEAR_TOKEN.lastIndex = full.end;
  }
  return found;
}
