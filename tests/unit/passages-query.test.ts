/** The passages query: tag (all/any/parent), color, article, date and text filters, both orders; the indexed loader. */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src-renderer/src/db/db';
import type { Article, Highlight, HighlightColor } from '../../src-renderer/src/db/models';
import {
  filterPassages,
  isEmptyFilter,
  localDayBounds,
  type PassageArticle,
  type PassageFilter,
} from '../../src-renderer/src/passages/passages-query';
import { loadPassages } from '../../src-renderer/src/passages/load-passages';
import { ROW_METRICS, rowLayout, textWidth } from '../../src-renderer/src/passages/row-height';

function highlight(
  id: string,
  articleId: string,
  start: number,
  createdAt: string,
  tags: string[] = [],
  color: HighlightColor = 'yellow',
  note = '',
): Highlight {
  return {
    id,
    articleId,
    color,
    quote: { type: 'TextQuoteSelector', exact: `Quote ${id}`, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + 10 },
    note,
    tags,
    date: null,
    createdAt,
    updatedAt: createdAt,
  };
}

// Titles sort Alpha < beta < Gamma whatever the ids, so the article order is by title, not id.
const articles = new Map<string, PassageArticle>([
  ['z-alpha', { title: 'Alpha report', tags: ['policy/economy'] }],
  ['a-gamma', { title: 'Gamma', tags: [] }],
  ['m-beta', { title: 'beta notes', tags: ['science'] }],
]);

const all: Highlight[] = [
  highlight('h1', 'a-gamma', 50, '2024-03-01T10:00:00.000Z', ['policy']),
  highlight('h2', 'z-alpha', 900, '2024-01-15T08:00:00.000Z', ['policy/milestone', 'econ'], 'green'),
  highlight('h3', 'z-alpha', 20, '2024-02-10T23:30:00.000Z', ['Econ'], 'blue', 'Remember the GDP figure'),
  highlight('h4', 'm-beta', 5, '2024-03-05T12:00:00.000Z', ['policyX'], 'green'),
  highlight('h5', 'm-beta', 300, '2023-12-31T23:59:59.000Z', [], 'pink'),
  highlight('h6', 'a-gamma', 10, '2024-02-10T00:00:00.000Z', ['policy/law', 'econ']),
];

const ids = (filter: PassageFilter, list = all, map = articles) =>
  filterPassages(list, map, filter).map((h) => h.id);

describe('filterPassages', () => {
  it('orders by article title then position, or newest first', () => {
    expect(ids({})).toEqual(['h3', 'h2', 'h4', 'h5', 'h6', 'h1']);
    expect(ids({ order: 'created' })).toEqual(['h4', 'h1', 'h3', 'h6', 'h2', 'h5']);
  });

  it('filters by tags: all of, any of, a parent including its children, case-insensitively', () => {
    expect(ids({ tags: ['policy'] })).toEqual(['h2', 'h6', 'h1']);
    expect(ids({ tags: ['policy', 'econ'] })).toEqual(['h2', 'h6']);
    expect(ids({ tags: ['policy', 'econ'], tagMode: 'all' })).toEqual(['h2', 'h6']);
    expect(ids({ tags: ['policy/law', 'ECON'], tagMode: 'any' })).toEqual(['h3', 'h2', 'h6']);
    expect(ids({ tags: ['policyX'] })).toEqual(['h4']);
    expect(ids({ tags: ['policy/milestone'] })).toEqual(['h2']);
    expect(ids({ tags: ['nothing'] })).toEqual([]);
  });

  it('filters by color, article and article tags', () => {
    expect(ids({ colors: ['green'] })).toEqual(['h2', 'h4']);
    expect(ids({ colors: ['green', 'pink'], order: 'created' })).toEqual(['h4', 'h2', 'h5']);
    expect(ids({ articleId: 'a-gamma' })).toEqual(['h6', 'h1']);
    expect(ids({ articleTags: ['policy'] })).toEqual(['h3', 'h2']);
    expect(ids({ articleTags: ['science', 'policy/economy'] })).toEqual(['h3', 'h2', 'h4', 'h5']);
  });

  it('filters by creation date: whole days inclusive, or instants', () => {
    expect(ids({ createdFrom: '2024-02-10', createdTo: '2024-02-10' })).toEqual(['h3', 'h6']);
    expect(ids({ createdFrom: '2024-03-01' })).toEqual(['h4', 'h1']);
    expect(ids({ createdTo: '2023-12-31' })).toEqual(['h5']);
    expect(ids({ createdFrom: '2024-02-10T12:00:00.000Z', createdTo: '2024-03-01T10:00:00.000Z' })).toEqual([
      'h3',
      'h1',
    ]);
  });

  it('turns local calendar days into inclusive instants', () => {
    const { createdFrom, createdTo } = localDayBounds('2024-02-10', '2024-02-11');
    expect(new Date(createdFrom!).getDate()).toBe(10);
    expect(new Date(createdTo!).getTime() - new Date(createdFrom!).getTime()).toBe(2 * 86_400_000 - 1);
    expect(localDayBounds('', '')).toEqual({ createdFrom: null, createdTo: null });
  });

  it('searches every word in the quote, note and article title', () => {
    expect(ids({ text: 'gdp' })).toEqual(['h3']);
    expect(ids({ text: 'BETA quote' })).toEqual(['h4', 'h5']);
    expect(ids({ text: 'quote h6' })).toEqual(['h6']);
    expect(ids({ text: 'alpha missing' })).toEqual([]);
  });

  it('gives the same answers while typing as for a fresh search', () => {
    const typed = [...all];
    const steps = ['g', 'gd', 'gdp', 'gd', 'q', 'qu', 'quote', 'quote h', 'quote h1', 'ote h1'];
    for (const text of steps) {
      const fresh = filterPassages([...all], articles, { text }).map((h) => h.id);
      expect(
        filterPassages(typed, articles, { text }).map((h) => h.id),
        text,
      ).toEqual(fresh);
    }
    expect(ids({ text: 'quote h1' })).toEqual(['h1']);
  });

  it('combines filters', () => {
    expect(ids({ tags: ['econ'], colors: ['yellow'], text: 'gamma' })).toEqual(['h6']);
    expect(isEmptyFilter({ order: 'created', tags: [], text: '  ' })).toBe(true);
    expect(isEmptyFilter({ colors: ['blue'] })).toBe(false);
  });

  it('follows new data: another array or another article map is prepared again', () => {
    expect(ids({ text: 'report' })).toEqual(['h3', 'h2']);
    const renamed = new Map(articles).set('z-alpha', { title: 'Zulu', tags: [] });
    expect(ids({}, all, renamed)).toEqual(['h4', 'h5', 'h6', 'h1', 'h3', 'h2']);
    expect(ids({ text: 'report' }, all, renamed)).toEqual([]);
    const more = [...all, highlight('h7', 'a-gamma', 0, '2025-01-01T00:00:00.000Z', ['policy'])];
    expect(ids({ tags: ['policy'] }, more)).toEqual(['h2', 'h7', 'h6', 'h1']);
    // Titles may also be given as plain strings.
    expect(ids({ text: 'plain' }, all, new Map([['a-gamma', 'Plain title']]))).toEqual(['h6', 'h1']);
  });
});

describe('loadPassages', () => {
  beforeEach(async () => {
    await Promise.all([db.articles.clear(), db.highlights.clear()]);
    await db.highlights.bulkAdd(all);
    await db.articles.bulkAdd(
      [...articles].map(
        ([id, article]) => ({ id, contentHash: id, ...(article as object) }) as unknown as Article,
      ),
    );
  });

  it('gives what the in-memory query gives, whichever index narrows the read', async () => {
    const filters: PassageFilter[] = [
      {},
      { articleId: 'z-alpha' },
      { tags: ['policy'] },
      { tags: ['Policy', 'econ'], tagMode: 'all' },
      { tags: ['policy/law', 'econ'], tagMode: 'any', order: 'created' },
      { colors: ['green', 'blue'] },
      { createdFrom: '2024-02-10', createdTo: '2024-02-10' },
      { createdTo: '2024-01-15T08:00:00.000Z' },
    ];
    for (const filter of filters) {
      expect(
        (await loadPassages(filter)).map((h) => h.id),
        JSON.stringify(filter),
      ).toEqual(ids(filter));
    }
  });
});

describe('rowLayout', () => {
  const row = (exact: string, note = '') => ({ quote: { exact }, note });

  it('gives a short quote one line, a long one at most three, a note up to two', () => {
    expect(rowLayout(row('Short.'), 600)).toMatchObject({ quoteLines: 1, noteLines: 0 });
    // 40 CJK characters at 15 px are 600 px: two lines in 600 px (lines are never filled to the edge).
    expect(rowLayout(row('改'.repeat(40)), 600).quoteLines).toBe(2);
    expect(rowLayout(row('改'.repeat(400)), 600).quoteLines).toBe(ROW_METRICS.maxQuoteLines);
    expect(rowLayout(row('x', 'one\ntwo\nthree'), 600).noteLines).toBe(ROW_METRICS.maxNoteLines);
    expect(rowLayout(row('x', '  '), 600).noteLines).toBe(0);
  });

  it('adds up the row height from the lines, and follows the width', () => {
    const m = ROW_METRICS;
    const base = m.padding + m.border + m.gap + m.metaLine;
    expect(rowLayout(row('Short.'), 600).height).toBe(Math.ceil(base + m.quoteLine));
    expect(rowLayout(row('Short.', 'A note'), 600).height).toBe(
      Math.ceil(base + m.quoteLine + m.gap + m.noteLine),
    );
    const text = 'words '.repeat(25);
    expect(rowLayout(row(text), textWidth(1400)).quoteLines).toBeLessThan(
      rowLayout(row(text), textWidth(500)).quoteLines,
    );
    expect(textWidth(5000)).toBe(m.maxText);
  });
});
