/** Title candidates scored on small pages built here: site names, furniture words, placement, agreement. */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src-main/import/extract-html';

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
});
