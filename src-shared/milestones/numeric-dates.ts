/**
 * All-digit dates: 2016-09-03, 2016/9/3, 2016.9.3 (day) and 2016-09, 2016/09 (month). A month
 * alone needs two digits and a dash or slash, so amounts such as 2016.5 stay numbers.
 */
import { formatDate, type DateExpression } from './date-values';

const NOT_BEFORE = String.raw`(?<![0-9.\-/:A-Za-z])`;
const FULL_DATE = new RegExp(
  String.raw`${NOT_BEFORE}([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})(?![0-9]|[.\-/][0-9])`,
  'g',
);
const YEAR_MONTH = new RegExp(String.raw`${NOT_BEFORE}([0-9]{4})[-/]([0-9]{2})(?![0-9%]|[.\-/:][0-9])`, 'g');

export function findNumericDates(text: string): DateExpression[] {
  const found: DateExpression[] = [];
  for (const m of text.matchAll(FULL_DATE)) {
    const date = formatDate(Number(m[1]), Number(m[3]), Number(m[4]));
    if (date) found.push({ date, precision: 'day', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(YEAR_MONTH)) {
    const date = formatDate(Number(m[1]), Number(m[2]));
    if (date) found.push({ date, precision: 'month', start: m.index, end: m.index + m[0].length });
  }
  return found;
}
