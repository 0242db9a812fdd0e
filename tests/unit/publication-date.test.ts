/** Each signal of the publication date, on small pages built here: mentions, addresses, text weighing, limits. */
import { describe, expect, it } from 'vitest';
import { dateInUrl, dateMentions } from '../../src-main/import/dates/date-mentions';
import {
  dateInText,
  nearestDateLine,
  pageAddresses,
  possibleDay,
} from '../../src-main/import/html/publication-date';
import type { TextSegment } from '../../src-main/import/html/to-blocks';
import { extractHtml } from '../../src-main/import/extract-html';
import { factsOfLine } from '../../src-main/import/html/chinese-conventions';

const days = (text: string) => dateMentions(text).map((m) => m.day);

function seg(
  text: string,
  region: TextSegment['region'] = 'main',
  kind: TextSegment['kind'] = 'paragraph',
): TextSegment {
  return { text, region, kind, linkChars: 0 };
}

const prose = '这是一段很长的正文内容，用来让页面看起来像一篇真正的文章。'.repeat(4);

describe('dates written in text, many languages', () => {
  it.each([
    ['2022年1月17日 10:00', '2022-01-17'],
    ['2022-01-17T10:00', '2022-01-17'],
    ['21.01.2022', '2022-01-21'],
    ['28.01.22 / 0 Kommentare', '2022-01-28'],
    ['Dienstag, 29. Januar 2019', '2019-01-29'],
    ['jeudi 13 juin 2019, par Attac', '2019-06-13'],
    ['13 de junio de 2019', '2019-06-13'],
    ['Jan 17, 2022', '2022-01-17'],
    ['15 августа 2016', '2016-08-15'],
    ['2019년 6월 24일', '2019-06-24'],
    ['25/12/2005', '2005-12-25'],
    ['２０１２年３月４日', '2012-03-04'],
    ['发布时间：2012－03－04', '2012-03-04'],
    ['二〇一二年三月四日', '2012-03-04'],
    ['二○一二年十二月二十四日', '2012-12-24'],
    ['二零零八年五月十二日', '2008-05-12'],
    ['一九九八年十月三十一日', '1998-10-31'],
    ['发布日期：12-03-04', '2012-03-04'],
    ['发表时间：98-10-31 08:20', '1998-10-31'],
    ['发布时间：2021-04-2117:05', '2021-04-21'],
  ])('%s', (text, day) => {
    expect(days(text)).toEqual([day]);
  });

  it('reads no day where there is none', () => {
    expect(days('Version 3.2 released, 12 items, call 010-12345678')).toEqual([]);
    expect(days('30 February 2020')).toEqual([]);
    expect(days('二〇一二年二月三十日')).toEqual([]);
    expect(days('二〇一二年十三月一日')).toEqual([]);
    expect(days('一二年三月四日')).toEqual([]);
    // A two-digit year first only right after a date's label.
    expect(days('编号 12-03-04')).toEqual([]);
    expect(days('电话：12-03-04')).toEqual([]);
    expect(days('编号 2021-04-211')).toEqual([]);
    expect(days('更新：12/03/04')).toEqual([]);
    expect(days('版本号 2021.04.2112:00')).toEqual([]);
    expect(days('日期：2021-4-112:30')).toEqual([]);
  });
});

describe('a day in the page’s own address', () => {
  it('reads /YYYY/MM/DD/, YYYYMMDD and a Chinese /YYYY-MM/DD/', () => {
    expect(dateInUrl('https://www.antary.de/2017/06/29/wireshark/')).toBe('2017-06-29');
    expect(dateInUrl('https://www.thelocal.se/20200428/meet')).toBe('2020-04-28');
    expect(dateInUrl('http://www.xinhuanet.com/local/2020-02/19/c_1125597921.htm')).toBe('2020-02-19');
  });

  it('ignores a month without a day and an archive’s own timestamp', () => {
    expect(dateInUrl('https://web.archive.org/web/20130307194448/the-pain.net/2008/05/silkroad')).toBeNull();
    expect(dateInUrl('https://example.com/news/2019/10/')).toBeNull();
  });

  it('finds the address in a browser’s "saved from url" comment', () => {
    const html = '<!-- saved from url=(0041)https://example.com/2021/03/04/story.html -->\n<html></html>';
    expect(pageAddresses(html, null, null)).toEqual(['https://example.com/2021/03/04/story.html']);
  });
});

describe('dates in the text, weighed', () => {
  it('takes the dateline under the title over a date further down', () => {
    const page = [
      seg('标题', 'main', 'heading'),
      seg('发布时间：2022-01-17'),
      seg(prose),
      seg(`${prose} 2020年5月1日`),
    ];
    expect(dateInText(page, [0], 3, null)?.day).toBe('2022-01-17');
  });

  it('does not take a copyright year, a comment’s date or an "updated" date', () => {
    const page = [
      seg('Title', 'main', 'heading'),
      seg('Updated: 2022-03-01'),
      seg('Posted on 2022-02-01'),
      seg('Jane says: 2022-04-01', 'comment'),
      seg('© 2023-01-01 Example'),
    ];
    expect(dateInText(page, [0], 4, null)?.day).toBe('2022-02-01');
    expect(
      dateInText([seg('Title', 'main', 'heading'), seg('© 2023-01-01 Example')], [0], 1, null),
    ).toBeNull();
  });

  it('takes the day labelled as published over an update on the same line, whichever comes first', () => {
    const page = [
      seg('标题', 'main', 'heading'),
      seg('更新时间：2012-03-05 发布时间：2012-03-04'),
      seg(prose),
    ];
    expect(dateInText(page, [0], 2, null)?.day).toBe('2012-03-04');
    expect(factsOfLine('更新时间：2012-03-05 发布时间：2012-03-04').date).toBe('2012-03-04');
    expect(factsOfLine('发布时间：2012-03-04 最后更新：2012-03-05').date).toBe('2012-03-04');
    // An update alone is still what the line says, whatever ends in 于 after it.
    expect(factsOfLine('更新时间：2012-03-05').date).toBe('2012-03-05');
    expect(factsOfLine('更新时间：2012-03-05 文章来源于人民网').date).toBe('2012-03-05');
  });

  it('takes the day labelled as updated where no day is labelled published, over a date in the prose', () => {
    const opening =
      '农业税的取消，是新中国成立以来国家与农民关系最深刻的一次调整。2006年1月1日起，延续了两千多年的“皇粮国税”退出历史舞台。十年过去，学界对这场改革的讨论已经从财政层面扩展到治理层面。';
    const page = [
      seg('从“汲取”到“服务”', 'main', 'heading'),
      seg('更新时间：2014-06-09 21:21:37 阅读次数：3562'),
      seg(opening),
      seg(prose),
    ];
    expect(dateInText(page, [0, 2], 3, null)?.day).toBe('2014-06-09');
    // Beside a day labelled as published, an update's day still counts for nothing.
    const both = [page[0], seg('发布时间：2014-06-01'), ...page.slice(1)];
    expect(dateInText(both, [0, 3], 4, null)?.day).toBe('2014-06-01');
  });

  it('takes a dateline opening a paragraph over a date well into its prose', () => {
    const event = `据市发展改革委介绍，这一轨道交通项目此前经过了多年的论证和反复的准备，已于2019年3月1日在市中心正式开工建设，${prose}`;
    const page = [seg('标题', 'main', 'heading'), seg(event), seg(`新华社北京2019年5月20日电 ${prose}`)];
    expect(dateInText(page, [0, 1], 2, null)?.day).toBe('2019-05-20');
  });

  it('does not take the day a forum member registered for the day of their post', () => {
    const page = [
      seg('Was ist Freie Software', 'main', 'heading'),
      seg('Registriert: 18.09.2008, 05:56'),
      seg('Beitrag von r23 » 21.01.2009, 05:42'),
      seg(prose),
    ];
    expect(dateInText(page, [0], 3, null)?.day).toBe('2009-01-21');
  });

  it('a dash after a name separates a byline from its date; after a date it ends a range', () => {
    const event = 'Seit dem 17. Januar 2022 treffen sich die Vertreter der Vereine jede Woche in der Halle.';
    const page = [
      seg('Ein Titel', 'main', 'heading'),
      seg('reineckefuchs — 2. Februar 2022'),
      seg(event),
      seg(prose),
    ];
    expect(dateInText(page, [0], 3, null)?.day).toBe('2022-02-02');
    // A range's last day weighs less than its first.
    const range = [seg('Ein Titel', 'main', 'heading'), seg('Turnier 29.01.2022 – 28.02.2022'), seg(prose)];
    expect(dateInText(range, [0], 2, null)?.day).toBe('2022-01-29');
  });

  it('a range written with month names ends at a day that weighs less than the byline’s', () => {
    for (const written of ['Turnier 28 January – 2 February 2022', 'Turnier 1. Januar – 2. Februar 2022']) {
      const page = [
        seg('Ein Titel', 'main', 'heading'),
        seg(written),
        seg('reineckefuchs, 3. Januar 2022'),
        seg(prose),
      ];
      expect(dateInText(page, [0], 3, null)?.day, written).toBe('2022-01-03');
    }
  });

  it('never gives a day after the file was saved, or one before 1990 from the text', () => {
    const page = [seg('Title', 'main', 'heading'), seg('2030-05-05'), seg('1985-01-01')];
    expect(dateInText(page, [0], 2, '2026-01-01T00:00:00Z')).toBeNull();
    expect(possibleDay('1985-01-01', null, false)).toBe(true);
    expect(possibleDay('2026-01-02', '2026-01-01T12:00:00Z', false)).toBe(true);
    expect(possibleDay('2026-01-03', '2026-01-01T12:00:00Z', false)).toBe(false);
  });
});

describe('the nearest date line, when nothing scores', () => {
  it('an "updated" date alone under the title is still the page’s best day, marked unsure', () => {
    const facts = ['652 Ratings', '459 Reviews', 'Prep 15 min', 'Total 1 hr', 'Servings 12', 'By Kitchens'];
    const page = [
      seg('Cake', 'main', 'heading'),
      ...facts.map((f) => seg(f)),
      seg('Updated June 13, 2019'),
      seg(prose),
    ];
    // The scored search reads it too, no day being labelled as published; the nearest date line
    // is what gives it where that search finds nothing.
    expect(dateInText(page, [0], 8, null)?.day).toBe('2019-06-13');
    expect(nearestDateLine(page, 0, null)).toEqual({ day: '2019-06-13', from: 'nearest' });
  });

  it('a post’s date the page styles as its comment count is read, one above the title too', () => {
    const below = [seg('Post', 'main', 'heading'), seg(prose), seg('August 30, 2017 / 0', 'comment')];
    expect(dateInText(below, [0], 2, null)).toBeNull();
    expect(nearestDateLine(below, 0, null)?.day).toBe('2017-08-30');
    const above = [seg('2017-08-29'), seg('Post', 'main', 'heading'), seg(prose)];
    expect(nearestDateLine(above, 1, null)?.day).toBe('2017-08-29');
  });

  it('never a copyright line, a line ten lines down, or a day after the file was saved', () => {
    const copyright = [seg('Post', 'main', 'heading'), seg('© 2019-01-01 Example')];
    expect(nearestDateLine(copyright, 0, null)).toBeNull();
    const far = [
      seg('Post', 'main', 'heading'),
      ...Array.from({ length: 10 }, () => seg('menu')),
      seg('2019-01-01'),
    ];
    expect(nearestDateLine(far, 0, null)).toBeNull();
    const later = [seg('Post', 'main', 'heading'), seg('Updated 2030-01-01')];
    expect(nearestDateLine(later, 0, '2026-01-01T00:00:00Z')).toBeNull();
  });

  it('the page gets it as its date, and says it is unsure', () => {
    const html = `<html><body><h1>Easy Pineapple Cake</h1><ul><li>652 Ratings</li><li>459 Reviews</li><li>Prep 15 min</li><li>Total 1 hr</li><li>Servings 12</li><li>By Kitchens</li></ul><p>Updated June 13, 2019</p><p>${'Mix the butter and sugar well. '.repeat(30)}</p></body></html>`;
    const article = extractHtml(html, { fileName: 'cake.html' });
    expect(article.publishedAt).toBe('2019-06-13');
    expect(article.unsure).toContain('publishedAt');
  });
});

describe('the order of evidence in a page', () => {
  const page = (head: string, body: string) =>
    `<html><head>${head}</head><body><h1>Ein Titel der Seite</h1>${body}<p>${'Lorem ipsum dolor sit amet. '.repeat(30)}</p></body></html>`;

  it('metadata, then the address, then the text', () => {
    const meta = '<meta property="article:published_time" content="2021-05-06T10:00:00Z">';
    const canonical = '<link rel="canonical" href="https://example.com/2020/01/02/ein-titel/">';
    const text = '<p>Veröffentlicht am 3. März 2019</p>';
    expect(extractHtml(page(meta + canonical, text), { fileName: 'a.html' }).publishedAt).toBe('2021-05-06');
    expect(extractHtml(page(canonical, text), { fileName: 'a.html' }).publishedAt).toBe('2020-01-02');
    expect(extractHtml(page('', text), { fileName: 'a.html' }).publishedAt).toBe('2019-03-03');
  });

  it.each([
    ['<meta name="apub:time" content="3/4/2012, 10:46:16 AM">'],
    ['<meta name="weibo: article:create_at" content="2012-03-04 10:20:33">'],
    ['<meta name="publishtime" content="2012-03-04 10:20">'],
    ['<meta name="pubtime" content="2012年03月04日 10:20">'],
    ['<meta property="og:release_date" content="2012-03-04">'],
    ['<meta name="firstpublishedtime" content="2012-03-04 10:20:33">'],
  ])('a Chinese portal’s own publication meta: %s', (meta) => {
    expect(extractHtml(page(meta, '<p>正文</p>'), { fileName: 'a.html' }).publishedAt).toBe('2012-03-04');
  });

  it('a generic date meta yields to an earlier day written under the title, a published meta does not', () => {
    const stand = '<p>Stand: 28.04.2020 18:00 Uhr</p>';
    const generic = '<meta name="date" content="2020-04-29T11:52:23">';
    expect(extractHtml(page(generic, stand), { fileName: 'a.html' }).publishedAt).toBe('2020-04-28');
    const published = '<meta property="article:published_time" content="2020-04-29T11:52:23">';
    expect(extractHtml(page(published, stand), { fileName: 'a.html' }).publishedAt).toBe('2020-04-29');
    // A page changes after it is published, never before: a later written day leaves the meta.
    const earlier = '<meta name="date" content="2020-04-27">';
    expect(extractHtml(page(earlier, stand), { fileName: 'a.html' }).publishedAt).toBe('2020-04-27');
  });

  it('a publication key in the page’s scripts, when the text states no date, marked unsure', () => {
    const state = (key: string) =>
      `<script>window.__STATE__={"offer":{"startDate":"2020-06-30T22:00:00Z"},"article":{"${key}":"2019-03-02T06:22:28+01:00"}}</script>`;
    const fromScripts = extractHtml(page(state('published_at'), ''), { fileName: 'a.html' });
    expect(fromScripts.publishedAt).toBe('2019-03-02');
    expect(fromScripts.unsure).toContain('publishedAt');
    // Another day's key is not read; a day written in the text comes first.
    expect(extractHtml(page(state('endDate'), ''), { fileName: 'a.html' }).publishedAt).toBeNull();
    const written = '<p>Veröffentlicht am 3. März 2019</p>';
    expect(extractHtml(page(state('publishedAt'), written), { fileName: 'a.html' }).publishedAt).toBe(
      '2019-03-03',
    );
  });

  it('a UTC time in the metadata yields to the day written under the title one day from it', () => {
    const utc = '<meta property="article:published_time" content="2017-10-13T03:40:00Z">';
    const written = '<p>October 12, 2017 at 11:40 PM</p>';
    expect(extractHtml(page(utc, written), { fileName: 'a.html' }).publishedAt).toBe('2017-10-12');
    // A time with its own offset is the page's day as it stands; a day further off is another.
    const local = '<meta property="article:published_time" content="2017-10-13T03:40:00+08:00">';
    expect(extractHtml(page(local, written), { fileName: 'a.html' }).publishedAt).toBe('2017-10-13');
    // Without a written day, the day in the page's own address.
    const address = '<link rel="canonical" href="https://example.com/2017/10/12/schools-boundaries/">';
    expect(extractHtml(page(utc + address, ''), { fileName: 'a.html' }).publishedAt).toBe('2017-10-12');
    // Only as clocks run: 23:00 UTC is the 12th nowhere on the 13th's evening, 15:00 UTC is
    // the 13th in New York.
    const late = '<meta property="article:published_time" content="2017-10-13T23:00:00Z">';
    expect(extractHtml(page(late, written), { fileName: 'a.html' }).publishedAt).toBe('2017-10-13');
    const afternoon = '<meta property="article:published_time" content="2017-10-13T15:00:00Z">';
    expect(extractHtml(page(afternoon + address, ''), { fileName: 'a.html' }).publishedAt).toBe('2017-10-13');
    const farther = '<p>October 10, 2017 at 11:40 PM</p>';
    expect(extractHtml(page(utc, farther), { fileName: 'a.html' }).publishedAt).toBe('2017-10-13');
  });

  it('a metadata date after the file was saved is not taken', () => {
    const meta = '<meta property="article:published_time" content="2031-05-06">';
    const text = '<p>Veröffentlicht am 3. März 2019</p>';
    expect(
      extractHtml(page(meta, text), { fileName: 'a.html', savedAt: '2025-01-01T00:00:00Z' }).publishedAt,
    ).toBe('2019-03-03');
  });
});
