/**
 * Where the panes go for a window width, the library's order and filters, the list's
 * selection, the reading style's limits, and plurals through Intl.PluralRules.
 */
import { describe, expect, it } from 'vitest';
import {
  MIN_READING_WIDTH,
  paneLayout,
  RAIL_WIDTH,
  type LayoutInput,
} from '../../src-shared/layout/pane-layout';

import {
  countByArticle,
  orderLibrary,
  type LibraryQuery,
} from '../../src-renderer/src/library/library-order';
import { keepListed, neighbour, select, selectAll } from '../../src-renderer/src/library/list-selection';
import { normalizeReadingStyle } from '../../src-renderer/src/reading-settings/reading-style';
import { translator } from '../../src-renderer/src/i18n';
import { articleRecord } from './support/article-record';

const base: LayoutInput = {
  windowWidth: 1440,
  libraryOpen: true,
  sidebarOpen: true,
  libraryWidth: 300,
  sidebarWidth: 320,
  focusMode: false,
  libraryOverlay: false,
  sidebarOverlay: false,
  articleOpen: true,
};

function readingWidth(input: LayoutInput): number {
  const layout = paneLayout(input);
  return (
    input.windowWidth -
    (layout.rail ? RAIL_WIDTH : 0) -
    (layout.library === 'docked' ? layout.libraryWidth : 0) -
    (layout.sidebar === 'docked' ? layout.sidebarWidth : 0)
  );
}

describe('pane layout', () => {
  it('docks both panes in a wide window', () => {
    expect(paneLayout(base)).toMatchObject({ library: 'docked', sidebar: 'docked', rail: true });
  });

  it('turns the library into an overlay, hidden until asked for, below 1,100 px', () => {
    expect(paneLayout({ ...base, windowWidth: 1000 }).library).toBe('hidden');
    expect(paneLayout({ ...base, windowWidth: 1000, libraryOverlay: true }).library).toBe('overlay');
  });

  it('never leaves the reading column below a readable measure', () => {
    for (const windowWidth of [640, 800, 900, 1000, 1099, 1100, 1200, 1440, 1920])
      for (const libraryWidth of [220, 300, 520])
        for (const sidebarWidth of [240, 320, 520])
          expect(readingWidth({ ...base, windowWidth, libraryWidth, sidebarWidth })).toBeGreaterThanOrEqual(
            Math.min(MIN_READING_WIDTH, windowWidth - RAIL_WIDTH),
          );
  });

  it('shrinks a docked pane to its minimum before taking it out of the row', () => {
    const layout = paneLayout({ ...base, windowWidth: 1100, libraryWidth: 400, sidebarWidth: 400 });
    expect(layout.library).toBe('docked');
    expect(layout.sidebar).toBe('docked');
    expect(layout.libraryWidth + layout.sidebarWidth).toBeLessThanOrEqual(
      1100 - RAIL_WIDTH - MIN_READING_WIDTH,
    );
  });

  it('opens the notes as an overlay where docking them does not fit', () => {
    expect(paneLayout({ ...base, windowWidth: 800 }).sidebar).toBe('hidden');
    expect(paneLayout({ ...base, windowWidth: 800, sidebarOverlay: true }).sidebar).toBe('overlay');
  });

  it('hides everything but the text in focus mode, and keeps the library with no article open', () => {
    expect(paneLayout({ ...base, focusMode: true })).toMatchObject({
      library: 'hidden',
      sidebar: 'hidden',
      rail: false,
    });
    expect(paneLayout({ ...base, windowWidth: 800, articleOpen: false }).library).toBe('docked');
  });

  it('clamps remembered widths', () => {
    expect(paneLayout({ ...base, libraryWidth: 5000, sidebarWidth: -3 })).toMatchObject({
      libraryWidth: 520,
      sidebarWidth: 240,
    });
  });
});

const article = articleRecord;

describe('library order', () => {
  const articles = [
    article('a', {
      title: 'Banana',
      importedAt: '2024-01-03T00:00:00Z',
      charCount: 50,
      status: 'reading',
      lastOpenedAt: '2024-02-01T00:00:00Z',
    }),
    article('b', {
      title: 'apple',
      importedAt: '2024-01-02T00:00:00Z',
      charCount: 500,
      publishedAt: '2020-05-01',
      tags: ['policy/energy'],
    }),
    article('c', {
      title: 'Cherry 10',
      importedAt: '2024-01-01T00:00:00Z',
      charCount: 5,
      status: 'finished',
      lastOpenedAt: '2024-03-01T00:00:00Z',
    }),
    article('d', {
      charCount: 100,
      title: 'Cherry 9',
      importedAt: '2024-01-04T00:00:00Z',
      status: 'archived',
      publishedAt: '2021-01-01',
    }),
    article('e', {
      charCount: 100,
      title: 'Date',
      importedAt: '2024-01-05T00:00:00Z',
      status: 'reading',
      lastOpenedAt: '2024-04-01T00:00:00Z',
    }),
  ];
  const counts = countByArticle(['b', 'b', 'c', 'b', 'd']);
  const ids = (query: Partial<LibraryQuery>) =>
    orderLibrary(
      articles,
      { status: 'all', text: '', tag: '', sort: 'imported', reversed: false, ...query },
      counts,
    ).map((a) => a.id);

  it('sorts by each key in its natural direction and reversed', () => {
    expect(ids({ sort: 'imported' })).toEqual(['e', 'd', 'a', 'b', 'c']);
    expect(ids({ sort: 'imported', reversed: true })).toEqual(['c', 'b', 'a', 'd', 'e']);
    expect(ids({ sort: 'title' })).toEqual(['b', 'a', 'd', 'c', 'e']);
    expect(ids({ sort: 'published' })).toEqual(['d', 'b', 'e', 'a', 'c']);
    expect(ids({ sort: 'opened' })).toEqual(['e', 'c', 'a', 'd', 'b']);
    expect(ids({ sort: 'length' })).toEqual(['b', 'e', 'd', 'a', 'c']);
    expect(ids({ sort: 'highlights' })).toEqual(['b', 'd', 'c', 'e', 'a']);
    expect(ids({ sort: 'highlights', reversed: true })).toEqual(['e', 'a', 'd', 'c', 'b']);
  });

  it('filters by status, with Continue reading last opened first; articles without a status are Inbox', () => {
    expect(ids({ status: 'continue', sort: 'title' })).toEqual(['e', 'a']);
    expect(ids({ status: 'inbox' })).toEqual(['b']);
    expect(ids({ status: 'finished' })).toEqual(['c']);
    expect(ids({ status: 'archived' })).toEqual(['d']);
  });

  it('filters by text and by a tag with its sub-tags', () => {
    expect(ids({ text: 'cherry' })).toEqual(['d', 'c']);
    expect(ids({ tag: 'policy' })).toEqual(['b']);
    expect(ids({ tag: 'pol' })).toEqual([]);
  });
});

describe('list selection', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];
  it('selects one, toggles with Ctrl/Cmd, and ranges from the anchor with Shift', () => {
    let selection = select({ ids: new Set(), anchor: null }, order, 'b', 'only');
    selection = select(selection, order, 'd', 'range');
    expect([...selection.ids]).toEqual(['b', 'c', 'd']);
    selection = select(selection, order, 'c', 'toggle');
    expect([...selection.ids].sort()).toEqual(['b', 'd']);
    selection = select(selection, order, 'a', 'range');
    expect([...selection.ids]).toEqual(['a', 'b', 'c']);
  });

  it('selects all, and drops what is no longer listed', () => {
    expect([...selectAll(order).ids]).toEqual(order);
    expect([...keepListed(selectAll(order), ['b', 'e']).ids]).toEqual(['b', 'e']);
  });

  it('finds the next and previous article, stopping at the ends', () => {
    expect(neighbour(order, 'c', 1)).toBe('d');
    expect(neighbour(order, 'c', -1)).toBe('b');
    expect(neighbour(order, 'e', 1)).toBeNull();
    expect(neighbour(order, null, 1)).toBe('a');
    expect(neighbour(order, 'gone', -1)).toBe('e');
  });
});

describe('reading style and words', () => {
  it('keeps stored reading settings within limits and fills what is missing', () => {
    expect(normalizeReadingStyle({ lineHeight: 9, measure: 2, font: 'comic' as never })).toEqual({
      font: 'serif',
      lineHeight: 2.4,
      measure: 26,
      justify: 'auto',
      paragraphSpacing: 0.9,
    });
  });

  it('says "1 article" and "2 articles", and counts in Chinese without plurals', () => {
    const en = translator('en');
    expect(en('library.count', { count: 1 })).toBe('1 article');
    expect(en('library.count', { count: 2 })).toBe('2 articles');
    expect(en('tags.uses', { count: 1 })).toBe('1 use');
    expect(en('library.count', { count: 0 })).toBe('0 articles');
    expect(translator('zh-CN')('library.count', { count: 1 })).toBe('1 篇文章');
  });
});
