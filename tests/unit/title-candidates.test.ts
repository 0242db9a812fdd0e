/** Title candidates scored on small pages built here: site names, furniture words, placement, agreement. */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src-main/import/extract-html';
import { chooseTitleByScore, neighbouringRuns } from '../../src-main/import/html/title-candidates';
import type { TextSegment } from '../../src-main/import/html/to-blocks';

const prose = (words: string) => `<p>${words.repeat(12)}</p>`.repeat(3);

function page(head: string, body: string): string {
  return `<html><head>${head}</head><body>${body}</body></html>`;
}

describe('choosing the title', () => {
  it('takes the part of <title> the page’s heading confirms, not the site’s name', () => {
    const html = page(
      '<title>Storm hits the coast - Daily Planet</title><meta property="og:site_name" content="Daily Planet">',
      `<header><a href="/">Daily Planet</a></header><h1>Storm hits the coast</h1>${prose('The storm hit the coast last night and left damage. ')}`,
    );
    const article = extractHtml(html, { fileName: 'a.html' });
    expect(article.title).toBe('Storm hits the coast');
    expect(article.unsure).not.toContain('title');
  });

  it('never takes a page’s furniture word ("显示") or a host name; the line before the text wins', () => {
    const body = `<div>犬儒病(上)</div><div>${'人心不会熄灭，但它可能蒙上灰烬而不再燃烧。犬儒病是一种精神危机。'.repeat(8)}</div>`;
    expect(extractHtml(page('<title>显示</title>', body), { fileName: 'a.html' }).title).toBe('犬儒病(上)');
    expect(extractHtml(page('<title>blog.example.com</title>', body), { fileName: 'a.html' }).title).toBe(
      '犬儒病(上)',
    );
  });

  it('does not take the comment section’s heading that quotes the title', () => {
    const html = page(
      '<title>多维博客 » 播客热潮迅速蔓延 挑逗传统传媒业</title>',
      `<p>播客热潮迅速蔓延 挑逗传统传媒业</p>${prose('每个人都可以当主持人，播客热潮迅速蔓延。')}<h3>《播客热潮迅速蔓延 挑逗传统传媒业》已有1件评论</h3><p>好文章</p>`,
    );
    expect(extractHtml(html, { fileName: 'a.html' }).title).toBe('播客热潮迅速蔓延 挑逗传统传媒业');
  });

  it('names the page’s own address as its source', () => {
    const html = page(
      '<title>T</title><link rel="canonical" href="https://example.com/news/story">',
      prose('Some text of the story goes here. '),
    );
    expect(extractHtml(html, { fileName: 'a.html' }).sourceUrl).toBe('https://example.com/news/story');
  });

  const story = prose('The doctors wrote a letter to the agency last week and asked again. ');

  it('an application-name that repeats the headline is no site name', () => {
    const head =
      '<title>Doctors offer free flu shots</title><meta name="application-name" content="Doctors offer free flu shots">';
    const article = extractHtml(page(head, `<h1>Doctors offer free flu shots</h1>${story}`), {
      fileName: 'a.html',
    });
    expect(article.title).toBe('Doctors offer free flu shots');
    expect(article.siteName).toBeNull();
  });

  it('a headline both titles share beside a section name is not taken for the site', () => {
    const head =
      '<title>Opinion | Republicans Follow Him Nowhere - The Daily Record</title><meta property="og:title" content="Opinion | Republicans Follow Him Nowhere">';
    const html = page(head, `<h1>Republicans Follow Him Nowhere</h1>${story}`);
    expect(extractHtml(html, { fileName: 'a.html' }).title).toBe('Republicans Follow Him Nowhere');
  });

  it('a heading that shows the title’s parts joined wins over its first part, after a kicker too', () => {
    const head = '<title>Our Research Shows - A Mix of Ad Units Works Best | adsite</title>';
    const joined = page(head, `<h1>Our Research Shows – A Mix of Ad Units Works Best</h1>${story}`);
    expect(extractHtml(joined, { fileName: 'a.html' }).title).toBe(
      'Our Research Shows – A Mix of Ad Units Works Best',
    );
    const kicker = page(
      '<title>Benko firm in trouble - data and advisers</title>',
      `<h1>Property crisis Benko firm in trouble – data and advisers</h1>${story}`,
    );
    expect(extractHtml(kicker, { fileName: 'a.html' }).title).toBe(
      'Benko firm in trouble - data and advisers',
    );
  });

  it('a headline may name a day; a short name after the host, a credit or "detail" is no headline', () => {
    const minutes = page(
      '<title>Minutes of the board meeting of 10 October 2019 – TALENT Schweiz</title><link rel="canonical" href="https://talent.ch/5031">',
      `<h2>Minutes of the board meeting of 10 October 2019</h2>${story}`,
    );
    expect(extractHtml(minutes, { fileName: 'a.html' }).title).toBe(
      'Minutes of the board meeting of 10 October 2019',
    );
    const detail = page(
      '<title>Stiftung - detail</title><meta property="og:title" content="Local elections in the north">',
      `<h2>Local elections in the north</h2>${story}`,
    );
    expect(extractHtml(detail, { fileName: 'a.html' }).title).toBe('Local elections in the north');
  });

  const line = (text: string, kind: TextSegment['kind'] = 'paragraph'): TextSegment => ({
    text,
    kind,
    region: 'main',
    linkChars: 0,
  });
  const input = (documentTitle: string, page: TextSegment[], hosts: string[] = []) => ({
    documentTitle,
    ogTitle: null,
    jsonLdHeadline: null,
    siteName: null,
    hosts,
    page,
    articleStart: page.length - 1,
    articleOpening: '',
  });

  it('a picture’s credit standing before the text is no headline', () => {
    const page = [
      line('Robots go to school', 'heading'),
      line('Illustration: Jane Roe/Agency'),
      line('Text.'),
    ];
    expect(chooseTitleByScore(input('Illustration: Jane Roe/Agency', page))?.title).toBe(
      'Robots go to school',
    );
  });

  it('a short name beginning with the host’s label is the site’s, even as a part of <title>', () => {
    const choice = chooseTitleByScore(input('MyOOS Forum - Free software matters', [], ['foren.myoos.de']));
    expect(choice?.title).toBe('Free software matters');
  });

  it('a headline may name a day, but "detail" is furniture', () => {
    const minutes = 'Minutes of the board meeting of 10 October 2019';
    expect(chooseTitleByScore(input(`${minutes} – Talent`, []))?.title).toBe(minutes);
    expect(chooseTitleByScore(input('detail - Stiftung', []))?.title).toBe('Stiftung');
  });

  it('runs of neighbouring title parts keep the title’s own separators', () => {
    expect(neighbouringRuns('A - B | C')).toEqual(['A - B', 'A - B | C', 'B | C']);
    expect(neighbouringRuns('Only one')).toEqual([]);
  });
});
