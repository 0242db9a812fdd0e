/**
 * Milestone date values: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` strings whose precision is their
 * length: building and validating them, and ordering mixed precisions on a timeline.
 */
import type { DatePrecision } from '../model-types';

/** Years outside this span are read as counts, amounts or codes, never as dates. */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;

export interface DateValue {
  value: string;
  precision: DatePrecision;
}

/** A date expression found in a text: where it is written and the date it names. */
export interface DateExpression {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; for a range, its start. */
  date: string;
  precision: DatePrecision;
  /** Offsets of the whole expression (a range included), UTF-16 code units. */
  start: number;
  end: number;
  /** The last date of a range (`2013年至2015年` → `2015`), when the text writes one. */
  until?: string;
}

export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD` for a year with an optional month and day, or null when the
 * parts do not make a real date (year out of range, month 13, 31 April…).
 */
export function formatDate(year: number, month?: number, day?: number): string | null {
  if (!isPlausibleYear(year)) return null;
  if (month === undefined) return day === undefined ? String(year) : null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad2(month)}`;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function precisionOf(value: string): DatePrecision {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** True for a well-formed, real `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function isDateValue(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  return (
    formatDate(+m[1], m[2] === undefined ? undefined : +m[2], m[3] === undefined ? undefined : +m[3]) ===
    value
  );
}

/**
 * Timeline order for mixed precisions. A date sorts by year, then month, then day; a coarser
 * date comes before the finer dates it contains, so `1997` < `1997-04` < `1997-04-18` <
 * `1997-05` < `1998`. With zero-padded values this is plain string order, which also makes the
 * order total and stable across the IPC boundary and backups.
 */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
