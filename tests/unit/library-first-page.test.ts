/**
 * The library's first page, read through an index before the whole table: where it is shown it
 * is exactly the first rows the full list sorts to the top, with the status the library opens
 * on and the full count; where no index gives that (titles, lengths, a short sparse index), none.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src-renderer/src/db/db';
import type { Article, ReadingStatus } from '../../src-renderer/src/db/models';
import { readFirstPage, readListedIds } from '../../src-renderer/src/library/first-page';
import {
  orderLibrary,
  type LibrarySortKey,
  type StatusFilter,
} from '../../src-renderer/src/library/library-order';
import { articleRecord } from './support/article-record';

const STATUSES: (ReadingStatus | undefined)[] = ['inbox', 'reading', 'finished', 'archived', undefined];

function library(count: number, withReading: boolean): Article[] {
  return Array.from({ length: count }, (_, i) => {
    const status = STATUSES[i % STATUSES.length];
    const opened = i % 3 !== 0;
    return articleRecord(`a${String(i).padStart(3, '0')}`, {
      title: `第 ${(i * 7) % count} 篇`,
      // Some imports share a millisecond: the tie falls back to the title, as in the full list.
      importedAt: new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 2) * 1000).toISOString(),
      publishedAt: i % 4 ? `20${10 + (i % 12)}-0${1 + (i % 9)}-1${i % 10}` : null,
      lastOpenedAt: opened
        ? new Date(Date.UTC(2025, 6, 1) + ((i * 37) % count) * 60_000).toISOString()
        : null,
      charCount: 100 + ((i * 13) % 50),
      ...(status === undefined || (!withReading && status === 'reading') ? {} : { status }),
    });
  });
}

async function fill(articles: Article[]): Promise<void> {
  await db.articles.clear();
  await db.articles.bulkAdd(articles);
}

function fullList(articles: Article[], status: StatusFilter, sort: LibrarySortKey, reversed: boolean) {
  return orderLibrary(articles, { status, text: '', tag: '', sort, reversed }, new Map()).map((a) => a.id);
}

/** Reads of the articles' records (not their keys) through Dexie, counted while `counting`. */
const recordReads = { counting: false, count: 0 };
db.use({
  stack: 'dbcore',
  name: 'count-record-reads',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      const counted = () => {
        if (recordReads.counting && name === 'articles') recordReads.count++;
      };
      return {
        ...table,
        get: (req) => (counted(), table.get(req)),
        getMany: (req) => (counted(), table.getMany(req)),
        query: (req) => (req.values && counted(), table.query(req)),
        openCursor: (req) => (req.values && counted(), table.openCursor(req)),
      };
    },
  }),
});

beforeEach(async () => {
  await db.articles.clear();
});

describe('the library first page', () => {
  it('opens on Continue reading with the articles being read, last opened first', async () => {
    const articles = library(200, true);
    await fill(articles);
    const page = await readFirstPage('imported', false, 20);
    expect(page?.status).toBe('continue');
    expect(page?.rows.map((a) => a.id)).toEqual(
      fullList(articles, 'continue', 'imported', false).slice(0, 20),
    );
    expect(page?.total).toBe(fullList(articles, 'continue', 'imported', false).length);
  });

  it.each([
    ['imported', false],
    ['imported', true],
    ['published', false],
    ['opened', false],
  ] as const)(
    'opens on All sorted by %s (reversed: %s) with the same first rows as the full list',
    async (sort, reversed) => {
      const articles = library(200, false);
      await fill(articles);
      const page = await readFirstPage(sort, reversed, 30);
      expect(page?.status).toBe('all');
      expect(page?.rows.map((a) => a.id)).toEqual(fullList(articles, 'all', sort, reversed).slice(0, 30));
      expect(page?.total).toBe(200);
    },
  );

  it.each([
    ['title', false],
    ['length', false],
    ['highlights', false],
    ['published', true],
  ] as const)('reads no page for %s (reversed: %s): no index gives that order', async (sort, reversed) => {
    await fill(library(50, false));
    expect(await readFirstPage(sort, reversed, 10)).toBeNull();
  });

  it('reads no page when an index without every article cannot fill it', async () => {
    // Being read, but never opened: not in the lastOpenedAt index, and last in the full order.
    const articles = library(10, false).map((a, i) =>
      i < 3 ? { ...a, status: 'reading' as const, lastOpenedAt: i === 0 ? a.lastOpenedAt : null } : a,
    );
    await fill(articles);
    expect(await readFirstPage('imported', false, 10)).toBeNull();
  });

  it('says an empty library is empty', async () => {
    expect(await readFirstPage('imported', false)).toEqual({ status: 'all', rows: [], total: 0 });
  });
});

describe('the ids Ctrl/Cmd+A selects before the whole list is in', () => {
  it.each(['all', 'continue', 'inbox', 'finished', 'archived'] as const)(
    'lists every article of %s from keys alone, without reading a record',
    async (status) => {
      const articles = library(60, true);
      await fill(articles);
      recordReads.counting = true;
      recordReads.count = 0;
      const ids = await readListedIds(status).finally(() => (recordReads.counting = false));
      expect(recordReads.count).toBe(0);
      // Articles without a status (one in five here) are in the Inbox, as in the full list.
      expect(ids.sort()).toEqual(fullList(articles, status, 'imported', false).sort());
      expect(ids.length).toBeGreaterThan(0);
    },
  );
});
