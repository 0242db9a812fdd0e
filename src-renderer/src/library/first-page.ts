/**
 * The library's first screen of rows, read through an index before the whole articles table:
 * a large library paints its list from a few dozen records, and the full list (which every
 * filter, sort and count needs) replaces it a moment later. Only where an index gives exactly
 * the rows the full sort would put first; otherwise the list waits for the full read.
 */
import { db } from '../db/db';
import type { Article } from '../db/models';
import { statusOf } from '../workflow/reading-workflow';
import { orderLibrary, type LibrarySortKey, type StatusFilter } from './library-order';

/** Rows in the first page: more than the tallest window shows, with the list's overscan. */
export const FIRST_PAGE_ROWS = 64;

export interface FirstPage {
  /** The status filter the library opens on (Continue reading when something is being read). */
  status: StatusFilter;
  /** The first rows in the list's order. */
  rows: Article[];
  /** How many articles the full list will show. */
  total: number;
}

interface IndexPlan {
  index: 'importedAt' | 'lastOpenedAt' | 'publishedAt';
  /** The index read from its highest key down (the sorts' natural direction for dates). */
  descending: boolean;
  /**
   * Records without this field are not in the index, and the full sort puts them last: a page
   * read from the index is only exact when it came back full.
   */
  sparse: boolean;
}

/** Which index reads the first rows of this status and sort in order; null when none does. */
export function firstPagePlan(
  status: StatusFilter,
  sort: LibrarySortKey,
  reversed: boolean,
): IndexPlan | null {
  // Continue reading is always last opened first, whatever the sort.
  if (status === 'continue') return { index: 'lastOpenedAt', descending: true, sparse: true };
  if (sort === 'imported') return { index: 'importedAt', descending: !reversed, sparse: false };
  // Reversed, articles without a date come first: they are not in the index.
  if (sort === 'opened' && !reversed) return { index: 'lastOpenedAt', descending: true, sparse: true };
  if (sort === 'published' && !reversed) return { index: 'publishedAt', descending: true, sparse: true };
  // Titles sort by the locale, not the index's code units; length and highlights have no index.
  return null;
}

function readPage(status: StatusFilter, plan: IndexPlan, size: number): Promise<Article[]> {
  const ordered = db.articles.orderBy(plan.index);
  const inOrder = plan.descending ? ordered.reverse() : ordered;
  if (status === 'all') return inOrder.limit(size).toArray();
  const wanted = status === 'continue' ? 'reading' : status;
  return inOrder
    .filter((article) => statusOf(article) === wanted)
    .limit(size)
    .toArray();
}

/**
 * Reads the first page for the library as it opens (no text or tag filter yet), or null when
 * the sort has no index to read it from or the index cannot prove the page exact. Both
 * candidate pages are read at once with the counts, in one transaction: each is a few dozen rows.
 */
export async function readFirstPage(
  sort: LibrarySortKey,
  reversed: boolean,
  size = FIRST_PAGE_ROWS,
): Promise<FirstPage | null> {
  const continuePlan = firstPagePlan('continue', sort, reversed)!;
  const allPlan = firstPagePlan('all', sort, reversed);
  const [reading, continueRows, all, allRows] = await db.transaction('r', db.articles, () =>
    Promise.all([
      // Articles without a status count as Inbox, so the status index finds every one being read.
      db.articles.where('status').equals('reading').count(),
      readPage('continue', continuePlan, size),
      db.articles.count(),
      allPlan ? readPage('all', allPlan, size) : null,
    ]),
  );
  const status: StatusFilter = reading > 0 ? 'continue' : 'all';
  const [plan, rows, total] =
    status === 'continue' ? [continuePlan, continueRows, reading] : [allPlan, allRows, all];
  if (!plan || !rows) return null;
  if (plan.sparse && rows.length < Math.min(size, total)) return null;
  const query = { status, text: '', tag: '', sort, reversed };
  return { status, rows: orderLibrary(rows, query, new Map()), total };
}

/**
 * The ids of every article a status filter lists (with no text or tag filter), read from the
 * database: Ctrl/Cmd+A while only the first page is in selects them all, not the page. Only keys
 * are read (the primary keys, the status index), never the records: the whole table is read once,
 * by the list itself. Articles without a status are in the Inbox and not in the status index, so
 * the Inbox is every article less those the index puts under another status.
 */
export async function readListedIds(status: StatusFilter): Promise<string[]> {
  if (status === 'all') return db.articles.toCollection().primaryKeys();
  if (status !== 'inbox')
    return db.articles
      .where('status')
      .equals(status === 'continue' ? 'reading' : status)
      .primaryKeys();
  const [all, elsewhere] = await db.transaction('r', db.articles, () =>
    Promise.all([
      db.articles.toCollection().primaryKeys(),
      db.articles.where('status').noneOf(['inbox']).primaryKeys(),
    ]),
  );
  const notInbox = new Set(elsewhere);
  return all.filter((id) => !notInbox.has(id));
}
