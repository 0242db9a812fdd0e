/**
 * Which articles the library shows and in what order: the status filter (Continue reading,
 * Inbox, Finished, Archive, All), the text and tag filters, and the sort (imported, published,
 * last opened, title, length, highlight count), each in its natural direction or reversed.
 */
import type { Article, ReadingStatus } from '../db/models';
import { statusOf } from '../workflow/reading-workflow';

export type LibrarySortKey = 'imported' | 'published' | 'opened' | 'title' | 'length' | 'highlights';
export const LIBRARY_SORT_KEYS: readonly LibrarySortKey[] = [
  'imported',
  'published',
  'opened',
  'title',
  'length',
  'highlights',
];

/** "continue" is the articles being read, last opened first; "all" hides nothing. */
export type StatusFilter = 'continue' | 'inbox' | 'finished' | 'archived' | 'all';
export const STATUS_FILTERS: readonly StatusFilter[] = ['continue', 'inbox', 'finished', 'archived', 'all'];

export interface LibraryQuery {
  status: StatusFilter;
  text: string;
  tag: string;
  sort: LibrarySortKey;
  /** True turns the sort's natural direction around (newest/longest/most first; titles A→Z). */
  reversed: boolean;
}

const STATUS_OF_FILTER: Record<Exclude<StatusFilter, 'all' | 'continue'>, ReadingStatus> = {
  inbox: 'inbox',
  finished: 'finished',
  archived: 'archived',
};

export function matchesStatus(article: Article, filter: StatusFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'continue') return statusOf(article) === 'reading';
  return statusOf(article) === STATUS_OF_FILTER[filter];
}

/** ISO dates compare as plain strings: much cheaper than localeCompare over thousands of rows. */
function byIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Titles in natural order ("2" before "10"). One collator for every comparison: localeCompare
 * with options builds a collator per call, which made sorting a large library take seconds.
 */
const titleCollator = new Intl.Collator(undefined, { numeric: true });
const byText = titleCollator.compare;

/** Natural order of each key: dates, length and counts descending, titles ascending. */
function comparator(key: LibrarySortKey, highlightCounts: ReadonlyMap<string, number>) {
  switch (key) {
    case 'title':
      return (a: Article, b: Article) => byText(a.title, b.title);
    case 'published':
      return (a: Article, b: Article) => byIso(b.publishedAt ?? '', a.publishedAt ?? '');
    case 'opened':
      return (a: Article, b: Article) => byIso(b.lastOpenedAt ?? '', a.lastOpenedAt ?? '');
    case 'length':
      return (a: Article, b: Article) => b.charCount - a.charCount;
    case 'highlights':
      return (a: Article, b: Article) => (highlightCounts.get(b.id) ?? 0) - (highlightCounts.get(a.id) ?? 0);
    default:
      return (a: Article, b: Article) => byIso(b.importedAt, a.importedAt);
  }
}

/** The articles to list, in order. Ties fall back to the newest import, then the title. */
export function orderLibrary(
  articles: readonly Article[],
  query: LibraryQuery,
  highlightCounts: ReadonlyMap<string, number>,
): Article[] {
  const needle = query.text.trim().toLowerCase();
  const tag = query.tag;
  const primary = comparator(query.status === 'continue' ? 'opened' : query.sort, highlightCounts);
  const direction = query.reversed && query.status !== 'continue' ? -1 : 1;
  return articles
    .filter(
      (a) =>
        matchesStatus(a, query.status) &&
        (!needle ||
          a.title.toLowerCase().includes(needle) ||
          a.source.fileName.toLowerCase().includes(needle) ||
          (a.siteName ?? '').toLowerCase().includes(needle) ||
          (a.byline ?? '').toLowerCase().includes(needle)) &&
        (!tag || a.tags.some((name) => name === tag || name.startsWith(`${tag}/`))),
    )
    .sort(
      (a, b) => direction * primary(a, b) || byIso(b.importedAt, a.importedAt) || byText(a.title, b.title),
    );
}

/** Highlights per article, from the articleId index keys alone (no highlight is read). */
export function countByArticle(articleIds: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of articleIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
