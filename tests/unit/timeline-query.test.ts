/** The timeline query: mixed-precision order, year groups, undated entries apart, tag filters, date formatting. */
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../src-renderer/src/db/models';
import {
  buildTimeline,
  formatTimelineDate,
  type TimelineArticle,
  type TimelineFilter,
} from '../../src-renderer/src/timeline/timeline-query';

function highlight(
  id: string,
  date: string | null,
  tags: string[] = ['milestone'],
  articleId = 'a1',
  start = 0,
): Highlight {
  return {
    id,
    articleId,
    color: 'yellow',
    quote: { type: 'TextQuoteSelector', exact: `Quote ${id}`, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + 5 },
    note: '',
    tags,
    date: date
      ? { value: date, precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day' }
      : null,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  };
}

const articles = new Map<string, TimelineArticle>([
  ['a1', { title: 'Reform history', tags: ['china/economy'] }],
  ['a2', { title: 'An earlier account', tags: ['europe'] }],
]);

const highlights: Highlight[] = [
  highlight('may', '1997-05'),
  highlight('y1998', '1998'),
  highlight('day18', '1997-04-18'),
  highlight('apr', '1997-04'),
  highlight('y1997', '1997'),
  highlight('day03', '1997-04-03'),
  highlight('untagged', '1990', ['policy']),
  highlight('undated-b', null, ['milestone'], 'a1', 40),
  highlight('undated-a', null, ['Milestone/plan'], 'a2', 900),
  highlight('child', '1978-12-18', ['milestone/reform', 'policy'], 'a2'),
  // Same date in two articles: the article title decides, then the place in the text.
  highlight('same-a1', '2001-09', ['milestone'], 'a1', 10),
  highlight('same-a2-late', '2001-09', ['milestone'], 'a2', 50),
  highlight('same-a2-early', '2001-09', ['milestone'], 'a2', 5),
  highlight('bad-date', '97-4', ['milestone'], 'a1', 70),
];

const layout = (filter: TimelineFilter = {}) => {
  const timeline = buildTimeline(highlights, articles, filter);
  return {
    years: timeline.years.map((y) => [y.year, y.entries.map((e) => e.highlight.id)]),
    undated: timeline.undated.map((e) => e.highlight.id),
    count: timeline.count,
  };
};

describe('buildTimeline', () => {
  it('orders mixed precisions (a coarser date before the finer dates it contains) and groups by year', () => {
    expect(layout()).toEqual({
      years: [
        ['1978', ['child']],
        ['1997', ['y1997', 'apr', 'day03', 'day18', 'may']],
        ['1998', ['y1998']],
        ['2001', ['same-a2-early', 'same-a2-late', 'same-a1']],
      ],
      undated: ['undated-a', 'undated-b', 'bad-date'],
      count: 13,
    });
  });

  it('keeps each entry’s article title and date precision', () => {
    const timeline = buildTimeline(highlights, articles);
    const [first] = timeline.years[0].entries;
    expect(first.articleTitle).toBe('An earlier account');
    expect(first.date).toEqual({ value: '1978-12-18', precision: 'day' });
    expect(timeline.years[1].entries.map((e) => e.date!.precision)).toEqual([
      'year',
      'month',
      'day',
      'day',
      'month',
    ]);
  });

  it('uses another tag, an extra highlight tag and an article tag, children included', () => {
    expect(layout({ tag: 'policy' }).years).toEqual([
      ['1978', ['child']],
      ['1990', ['untagged']],
    ]);
    expect(layout({ alsoTag: 'policy' }).years).toEqual([['1978', ['child']]]);
    expect(layout({ articleTag: 'china' })).toEqual({
      years: [
        ['1997', ['y1997', 'apr', 'day03', 'day18', 'may']],
        ['1998', ['y1998']],
        ['2001', ['same-a1']],
      ],
      undated: ['undated-b', 'bad-date'],
      count: 9,
    });
    expect(layout({ tag: 'milestone/reform' }).years).toEqual([['1978', ['child']]]);
    expect(layout({ tag: 'mile' }).count).toBe(0);
  });
});

describe('formatTimelineDate', () => {
  it('writes a date no finer than it is known, in the language’s form', () => {
    expect(['1997', '1997-04', '1997-04-18'].map((v) => formatTimelineDate(v, 'en'))).toEqual([
      '1997',
      'April 1997',
      'April 18, 1997',
    ]);
    expect(['1997', '1997-04', '1997-04-18'].map((v) => formatTimelineDate(v, 'zh-CN'))).toEqual([
      '1997年',
      '1997年4月',
      '1997年4月18日',
    ]);
    expect(formatTimelineDate('0800-01', 'en')).toBe('January 800');
    expect(formatTimelineDate('not a date', 'en')).toBe('not a date');
  });
});
