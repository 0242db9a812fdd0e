/**
 * Publication dates as pages write them (2022年01月17日, 2022-01-17 10:00, 2022/1/17,
 * ISO timestamps, "17 January 2022", "Jan 17, 2022", full-width digits, 二〇二二年一月十七日)
 * → `YYYY-MM-DD`, or null.
 * Used by the text and HTML extractors for the date near the title or in page metadata.
 */

import { CHINESE_NUMERAL_DATE, asciiDateText, readChineseNumeralDate } from './dates/date-forms';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first full date (year, month and day) written in `text`, as `YYYY-MM-DD`. */
export function findPublishedDate(written: string): string | null {
  const text = asciiDateText(written);
  const cjk = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
  if (cjk) return isoDay(+cjk[1], +cjk[2], +cjk[3]);
  const numeric = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(text);
  if (numeric) return isoDay(+numeric[1], +numeric[2], +numeric[3]);
  const dayMonth = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  if (dayMonth) {
    const month =
      MONTHS[dayMonth[2].slice(0, 4).toLowerCase()] ?? MONTHS[dayMonth[2].slice(0, 3).toLowerCase()];
    if (month) return isoDay(+dayMonth[3], month, +dayMonth[1]);
  }
  const monthDay = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  if (monthDay) {
    const month =
      MONTHS[monthDay[1].slice(0, 4).toLowerCase()] ?? MONTHS[monthDay[1].slice(0, 3).toLowerCase()];
    if (month) return isoDay(+monthDay[3], month, +monthDay[2]);
  }
  // Last, as notices close: 二〇二二年一月十七日 (the first that is a real day).
  for (const m of text.matchAll(CHINESE_NUMERAL_DATE)) {
    const parts = readChineseNumeralDate(m);
    const day = parts && isoDay(...parts);
    if (day) return day;
  }
  return null;
}

/**
 * "7/5/2005 9:23:57 PM", "12/1/2020, 10:46:16 AM", "25/12/2005": a date written with slashes
 * and the year last. The numbers decide the order where they can (a first number over 12 is the
 * day, a second one over 12 is the month's day); when both could be months, only the AM/PM clock
 * of US-made systems says month first, and without it the date is left unread rather than guessed.
 */
export function findSlashDate(written: string): string | null {
  const text = asciiDateText(written);
  const m =
    /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])(,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M\b)?/i.exec(text);
  if (!m) return null;
  const first = +m[1];
  const second = +m[2];
  const year = +m[3];
  if (first > 12) return isoDay(year, second, first);
  if (second > 12 || m[4]) return isoDay(year, first, second);
  return null;
}
