/**
 * Dates written without a year ("3月5日 10:20", "03-05 10:20" under a headline): sites drop the
 * year for this year's posts. The year comes from the page's own evidence, and only when that
 * evidence agrees: a year and month in the page's address (the month must be the one written),
 * else the latest copyright year, else the year the file was saved; never a day after the file
 * was saved or after the copyright's last year.
 */
import { isCopyrightLine } from '../text/copyright';
import { isoDay } from './date-mentions';

export interface YearlessMention {
  month: number;
  day: number;
  index: number;
}

const PATTERNS: RegExp[] = [
  // 3月5日, 3月5号: not after a year (2019年3月5日 is a full date), not inside a longer number.
  /(?<![\d年년]\s*)(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g,
  // 03-05 10:20: a month and day only with a clock, so that scores and ranges are not dates.
  /(?<![\d/.:-])(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}(?![\d])/g,
];

/** Month-and-day mentions without a year, in order. */
export function yearlessMentions(text: string): YearlessMention[] {
  const found: YearlessMention[] = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const month = +m[1];
      const day = +m[2];
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) found.push({ month, day, index: m.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A year followed by a month in an address's path (/2019/03/, /201903/, /2019-03-). */
export function yearMonthInUrl(url: string): { year: number; month: number } | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /(?<!\d)((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])(?!\d{3})/.exec(path);
  return m ? { year: +m[1], month: +m[2] } : null;
}

/** The latest year a copyright line names ("© 2005-2019 …" → 2019), or null. */
export function copyrightYear(lines: string[]): number | null {
  let latest: number | null = null;
  for (const line of lines) {
    if (!isCopyrightLine(line)) continue;
    for (const m of line.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)) latest = Math.max(latest ?? 0, +m[1]);
  }
  return latest;
}

export interface YearEvidence {
  /** Years and months in the page's own addresses. */
  addresses: string[];
  /** The page's lines, for its copyright. */
  lines: string[];
  /** When the file was saved (ISO), if known. */
  savedAt?: string | null;
}

/** What the page's evidence says of its year, read once for all its yearless dates. */
export interface PageYear {
  fromUrl: { year: number; month: number } | null;
  copyright: number | null;
  /** When the file was saved (ms), or NaN. */
  saved: number;
  savedYear: number | null;
}

export function pageYear(evidence: YearEvidence): PageYear {
  const saved = evidence.savedAt ? Date.parse(evidence.savedAt) : Number.NaN;
  return {
    fromUrl: evidence.addresses.map(yearMonthInUrl).find((y) => y !== null) ?? null,
    copyright: copyrightYear(evidence.lines),
    saved,
    savedYear: Number.isNaN(saved) ? null : new Date(saved).getUTCFullYear(),
  };
}

/** The full day of a yearless mention, when the page's evidence (`pageYear`) gives one consistent year. */
export function dayOfYearless(mention: YearlessMention, evidence: PageYear): string | null {
  const { fromUrl, copyright, saved, savedYear } = evidence;
  if (fromUrl && fromUrl.month !== mention.month) return null;
  const year = fromUrl?.year ?? copyright ?? savedYear;
  if (year === null) return null;
  if (copyright !== null && year > copyright) return null;
  const day = isoDay(year, mention.month, mention.day);
  if (!day) return null;
  // A day after the file was saved (a day's grace) is no publication day.
  if (!Number.isNaN(saved) && Date.parse(`${day}T00:00:00Z`) > saved + 24 * 3600 * 1000) return null;
  return day;
}
