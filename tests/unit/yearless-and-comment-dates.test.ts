/**
 * Dates without a year, given the year the page's own evidence agrees on, and dates in a
 * comment thread, which are never the article's: each on small pages built here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src-main/import/extract-html';
import {
  copyrightYear,
  dayOfYearless,
  pageYear,
  yearMonthInUrl,
  yearlessMentions,
} from '../../src-main/import/dates/yearless';
import { commentThreadAt } from '../../src-main/import/html/publication-date';
import type { TextSegment } from '../../src-main/import/html/to-blocks';

const TEXT =
  '<p>' +
  '今年春天，村里的合作社第一次把自己种的茶叶卖到了省城，社员们说这是多年来最好的一季。'.repeat(4) +
  '</p>';

function page(head: string, body: string): string {
  return `<html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

describe('yearless mentions', () => {
  it('reads 3月5日 and 03-05 10:20, but not a full date, a score or a range', () => {
    expect(yearlessMentions('来源：本站 3月5日 10:20').map((m) => [m.month, m.day])).toEqual([[3, 5]]);
    expect(yearlessMentions('03-05 10:20 发布').map((m) => [m.month, m.day])).toEqual([[3, 5]]);
    expect(yearlessMentions('2019年3月5日 10:20')).toEqual([]);
    expect(yearlessMentions('2019-03-05 10:20')).toEqual([]);
    expect(yearlessMentions('比分 3-1，第 12-15 页')).toEqual([]);
    expect(yearlessMentions('13月5日')).toEqual([]);
  });

  it('takes the year from the address, the copyright or the file’s time, only when they agree', () => {
    const m = { month: 3, day: 5, index: 0 };
    expect(dayOfYearless(m, pageYear({ addresses: ['https://a.cn/news/2019/03/x.html'], lines: [] }))).toBe(
      '2019-03-05',
    );
    // The address's month is another: the evidence disagrees.
    expect(
      dayOfYearless(m, pageYear({ addresses: ['https://a.cn/news/201904/x.html'], lines: [] })),
    ).toBeNull();
    expect(dayOfYearless(m, pageYear({ addresses: [], lines: ['© 2005-2018 某某网 版权所有'] }))).toBe(
      '2018-03-05',
    );
    // A year after the copyright's last one is not this page's.
    expect(
      dayOfYearless(m, pageYear({ addresses: ['https://a.cn/2020/03/x.html'], lines: ['Copyright 2018'] })),
    ).toBeNull();
    expect(dayOfYearless(m, pageYear({ addresses: [], lines: [], savedAt: '2021-06-01T00:00:00Z' }))).toBe(
      '2021-03-05',
    );
    // A day after the file was saved is no publication day.
    expect(
      dayOfYearless(m, pageYear({ addresses: [], lines: [], savedAt: '2021-02-01T00:00:00Z' })),
    ).toBeNull();
    expect(dayOfYearless(m, pageYear({ addresses: [], lines: [] }))).toBeNull();
  });

  it('reads a year and month from an address path, and the latest copyright year', () => {
    expect(yearMonthInUrl('https://a.cn/2019-03/05/c_1.htm')).toEqual({ year: 2019, month: 3 });
    expect(yearMonthInUrl('https://a.cn/201903/t1.htm')).toEqual({ year: 2019, month: 3 });
    expect(yearMonthInUrl('https://a.cn/id/20190311234')).toBeNull();
    expect(copyrightYear(['Copyright © 1999 - 2016 Example', 'no year here 2020'])).toBe(2016);
  });

  it('dates an article from "3月5日 10:20" under its title and the year in its address', () => {
    const html = page(
      '<title>合作社的茶叶进了城</title><link rel="canonical" href="https://news.example.cn/2019/03/tea.html">',
      `<h1>合作社的茶叶进了城</h1><div>3月5日 10:20 来源：本站</div>${TEXT}`,
    );
    const article = extractHtml(html, { fileName: 'a.html' });
    expect(article.publishedAt).toBe('2019-03-05');
    expect(article.unsure).toContain('publishedAt');
  });
});

describe('comment dates', () => {
  const seg = (text: string, region: TextSegment['region'] = 'main'): TextSegment => ({
    text,
    kind: 'paragraph',
    region,
    linkChars: 0,
  });

  it('finds the comment thread’s heading below the article, not a sidebar’s', () => {
    const p = [seg('Title'), seg('Latest comments', 'aside'), seg('Text.'), seg('12 Comments'), seg('Jane')];
    expect(commentThreadAt(p, 1)).toBe(3);
    expect(commentThreadAt([seg('Title'), seg('Text.')], 1)).toBe(2);
  });

  it('never dates the article from a date in its comment thread', () => {
    const html = page(
      '<title>合作社的茶叶进了城</title>',
      `<h1>合作社的茶叶进了城</h1>${TEXT}<div>网友评论</div><div>游客 2019-03-06 08:00</div><p>写得好</p>`,
    );
    expect(extractHtml(html, { fileName: 'a.html' }).publishedAt).toBeNull();
  });
});

describe('dates of the pages beside this one', () => {
  const epaper = (head: string) =>
    page(
      `<title>北京将集中整治群租房</title>${head}`,
      `<div class="datebar">往期回顾</div><h1>北京将集中整治群租房</h1><div class="byline">新京报记者 赵蕾</div>${TEXT}` +
        '<p>上一期：<a href="../19/node_1.htm">2014年05月19日 A08版 北京新闻</a></p>' +
        '<p>下一期：<a href="../21/node_1.htm">2014年05月21日 A08版 北京新闻</a></p>',
    );

  it('are never this page’s: "上一期：2014年05月19日", "下一篇：…"', () => {
    expect(extractHtml(epaper(''), { fileName: 'content_509876.htm' }).publishedAt).toBeNull();
  });

  it('yield to the issue’s day an e-paper states in its founder-date meta', () => {
    const dated = epaper('<meta name="founder-date" content="2014-05-20">');
    expect(extractHtml(dated, { fileName: 'content_509876.htm' }).publishedAt).toBe('2014-05-20');
  });
});

describe('a blog’s post line below its links', () => {
  // A 博客园 post in its template: the text, its author box, tags, buttons, counts, the previous
  // and next posts' links, then "posted @ 2015-10-09 14:22 …", then the comments with their dates.
  const saved = readFileSync(
    join(__dirname, '../../tools/eval/site-pages/unseen/11-cnblogs-com-post-2015.html'),
    'utf8',
  );

  it('dates the post when it is labelled as the post’s, never by a comment’s date', () => {
    expect(extractHtml(saved, { fileName: '4890123.html' }).publishedAt).toBe('2015-10-09');
    // Unlabelled, a date that far below the text is not read; a comment's never is.
    const unlabelled = saved.replace('posted @ ', '');
    expect(extractHtml(unlabelled, { fileName: '4890123.html' }).publishedAt).toBeNull();
  });
});
