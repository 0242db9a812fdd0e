/**
 * Passages of several articles grouped by article, and the timeline of dated passages grouped
 * by year.
 */
import { describe, it, expect } from 'vitest';
import { passagesToMarkdown, timelineToMarkdown } from '../../src-renderer/src/export/collection-markdown';
import type { ArticleWithContent, Highlight } from '../../src-renderer/src/db/models';
import { NOW, markdownShape, seedArticle, seedHighlights } from './export-fixtures';

const seed = seedArticle();
const other: ArticleWithContent = {
  ...seed,
  id: 'other',
  title: 'Other article',
  importedAt: '2024-05-09T00:00:00.000Z',
  contentHash: 'other',
};
const seedHls = seedHighlights(seed);
const otherHls: Highlight[] = [
  { ...seedHls[0], id: 'o1', articleId: 'other', date: { value: '1997-06-05', precision: 'day' } },
  { ...seedHls[1], id: 'o2', articleId: 'other', date: { value: '1997', precision: 'year' } },
  { ...seedHls[2], id: 'o3', articleId: 'other', date: { value: '2016-09', precision: 'month' } },
];

describe('passagesToMarkdown', () => {
  it('groups passages under their article, in the given article order and in reading order', () => {
    const text = passagesToMarkdown({
      title: '#policy/milestone',
      articles: [other, seed],
      highlights: [...seedHls, ...otherHls, { ...seedHls[0], id: 'lost', articleId: 'deleted' }],
      now: NOW,
    });
    const shape = markdownShape(text);
    expect(shape.frontmatter).toMatchObject({ title: '#policy/milestone', 'gloss-export': 'passages' });
    expect(shape.headings).toEqual([
      'h1 #policy/milestone',
      'h2 Other article',
      `h2 ${seed.title}`,
      'h2 Article not in the library',
    ]);
    expect(shape.blockquotes).toBe(seedHls.length + otherHls.length + 1);
    const starts = [...seedHls]
      .sort((a, b) => a.position.start - b.position.start)
      .map((h) => text.indexOf(`#${h.id})`));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(text).toContain('(gloss://article/deleted)');
  });

  it('says so when there is nothing to export', () => {
    const text = passagesToMarkdown({ title: 'Empty', articles: [seed], highlights: [], now: NOW });
    expect(markdownShape(text).blockquotes).toBe(0);
    expect(text).toContain('No passages.');
  });
});

describe('timelineToMarkdown', () => {
  const entries = [
    ...otherHls.map((highlight) => ({ highlight, article: other })),
    ...seedHls.map((highlight) => ({ highlight, article: seed })),
  ];
  const text = timelineToMarkdown({ entries, now: NOW });
  const shape = markdownShape(text);

  it('groups by year in date order, undated passages last', () => {
    expect(shape.headings).toEqual(['h1 Timeline', 'h2 1996', 'h2 1997', 'h2 2016', 'h2 Undated']);
    expect(shape.blockquotes).toBe(entries.length);
  });

  it('orders within a year from the coarser to the finer date: 1997 before 1997-06-05', () => {
    expect(text.indexOf('**1997**')).toBeLessThan(text.indexOf('**1997-06-05**'));
    expect(text.indexOf('**1997-06-05**')).toBeLessThan(text.indexOf('**2016-09**'));
  });
});
