/**
 * Publication dates as pages write them (2022年01月17日, 2022-01-17 10:00, 2022/1/17,
 * ISO timestamps, "17 January 2022", "Jan 17, 2022") → `YYYY-MM-DD`, or null.
 * Used by the text and HTML extractors for the date near the title or in page metadata.
 */

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
export function findPublishedDate(text: string): string | null {
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
  return null;
}
