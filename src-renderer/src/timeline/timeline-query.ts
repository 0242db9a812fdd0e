/**
 * The timeline query: highlights carrying the milestone tag (or another chosen tag, children
 * included) ordered by the date they carry, whatever its precision, grouped by year; the tagged
 * highlights without a date kept apart. Pure functions on arrays, plus date formatting by
 * precision in the reader's language.
 */
import type { DatePrecision, Highlight } from '../db/models';
import { compareDates, precisionOf } from '../../../src-shared/milestones/date-values';
import { tagMatches } from '../tags/tag-tree';

export const DEFAULT_TIMELINE_TAG = 'milestone';

export interface TimelineArticle {
  title: string;
  tags?: readonly string[];
}

export interface TimelineFilter {
  /** The tag that marks timeline passages (default `milestone`); its children count too. */
  tag?: string;
  /** Only passages that also carry this highlight tag (children included). */
  alsoTag?: string | null;
  /** Only passages of articles carrying this tag (children included). */
  articleTag?: string | null;
}

export interface TimelineEntry {
  highlight: Highlight;
  articleTitle: string;
  /** Null for an undated entry. */
  date: { value: string; precision: DatePrecision } | null;
}

export interface TimelineYear {
  year: string;
  entries: TimelineEntry[];
}

export interface Timeline {
  years: TimelineYear[];
  undated: TimelineEntry[];
  /** Dated and undated entries together. */
  count: number;
}

const DATE_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Case-insensitive: does one of `tags` equal `filter` or sit under it? */
function carries(tags: readonly string[] | undefined, filter: string): boolean {
  if (!tags) return false;
  const wanted = filter.toLowerCase();
  return tags.some((tag) => tagMatches(wanted, tag.toLowerCase()));
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Same date (or both undated): by article title, then place in the article. */
function compareWithinDate(a: TimelineEntry, b: TimelineEntry): number {
  return (
    a.articleTitle.localeCompare(b.articleTitle, undefined, { numeric: true }) ||
    compareStrings(a.highlight.articleId, b.highlight.articleId) ||
    a.highlight.position.start - b.highlight.position.start ||
    compareStrings(a.highlight.id, b.highlight.id)
  );
}

/** The timeline of `highlights`; those lacking the tag or failing the filter are left out. */
export function buildTimeline(
  highlights: readonly Highlight[],
  articlesById: ReadonlyMap<string, TimelineArticle>,
  filter: TimelineFilter = {},
): Timeline {
  const tag = filter.tag?.trim() || DEFAULT_TIMELINE_TAG;
  const alsoTag = filter.alsoTag?.trim() || null;
  const articleTag = filter.articleTag?.trim() || null;
  const dated: TimelineEntry[] = [];
  const undated: TimelineEntry[] = [];
  for (const highlight of highlights) {
    if (!carries(highlight.tags, tag)) continue;
    if (alsoTag && !carries(highlight.tags, alsoTag)) continue;
    const article = articlesById.get(highlight.articleId);
    if (articleTag && !carries(article?.tags, articleTag)) continue;
    const value = highlight.date?.value;
    const date = value && DATE_VALUE.test(value) ? { value, precision: precisionOf(value) } : null;
    (date ? dated : undated).push({ highlight, articleTitle: article?.title ?? '', date });
  }
  dated.sort((a, b) => compareDates(a.date!.value, b.date!.value) || compareWithinDate(a, b));
  undated.sort(compareWithinDate);

  const years: TimelineYear[] = [];
  for (const entry of dated) {
    const year = entry.date!.value.slice(0, 4);
    const last = years[years.length - 1];
    if (last?.year === year) last.entries.push(entry);
    else years.push({ year, entries: [entry] });
  }
  return { years, undated, count: dated.length + undated.length };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${language}|${precision}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric' }
        : precision === 'month'
          ? { year: 'numeric', month: 'long' }
          : { year: 'numeric', month: 'long', day: 'numeric' };
    format = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/** `1997` / `1997-04` / `1997-04-18` written the language's way, no finer than the date is known. */
export function formatTimelineDate(value: string, language: string): string {
  if (!DATE_VALUE.test(value)) return value;
  const precision = precisionOf(value);
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(2000, month - 1, day));
  // Years before 100 would be read as 19xx by Date.UTC; set the year on its own.
  date.setUTCFullYear(year);
  return formatter(language, precision).format(date);
}
