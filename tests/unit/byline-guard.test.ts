/**
 * No UI word, placeholder for a missing name, site name or date is ever a byline, whichever
 * rule proposed it: one test per UI word and per placeholder.
 */
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_NAMES, UI_WORDS, acceptableByline } from '../../src-main/import/byline-guard';
import { extractHtml } from '../../src-main/import/extract-html';
import { extractPlainText } from '../../src-main/import/extract-text';

const prose = '今年以来，本市各项工作稳步推进，群众满意度不断提高，相关部门表示将继续努力。'.repeat(6);

/** How UI words are written on pages: the list's spelling, or spaced out for English ones. */
function written(word: string): string {
  const english: Record<string, string> = {
    printthispage: 'Print this page',
    backtocontents: 'Back to contents',
    backtotop: 'Back to top',
    closewindow: 'Close window',
    signin: 'Sign in',
    readmore: 'Read more',
    specialcorrespondent: 'Special Correspondent',
    ourcorrespondent: 'Our Correspondent',
    staffreporter: 'Staff Reporter',
    staffcorrespondent: 'Staff Correspondent',
    ourbureau: 'Our Bureau',
  };
  return english[word] ?? (/^[a-z]/.test(word) ? word[0].toUpperCase() + word.slice(1) : word);
}

describe('UI words are never a byline', () => {
  it.each(UI_WORDS.map((w) => [written(w)]))('%s', (word) => {
    expect(acceptableByline(word)).toBe(false);
    const labelled = `<html><head><title>市里召开会议</title></head><body><h1>市里召开会议</h1><p>作者：${word}</p><p>${prose}</p></body></html>`;
    expect(extractHtml(labelled, { fileName: 'a.html' }).byline).toBeNull();
    const linked = `<html><head><title>市里召开会议</title></head><body><h1>市里召开会议</h1><a rel="author" href="/u/1">${word}</a><p>${prose}</p></body></html>`;
    expect(extractHtml(linked, { fileName: 'a.html' }).byline).toBeNull();
    const meta = `<html><head><title>市里召开会议</title><meta name="author" content="${word}"></head><body><h1>市里召开会议</h1><p>${prose}</p></body></html>`;
    expect(extractHtml(meta, { fileName: 'a.html' }).byline).toBeNull();
    // Saved as text: under the title, and in brackets closing the article.
    const text = `市里召开会议\n\n作者：${word}\n\n${prose}\n\n${prose}\n\n（记者 ${word}）\n`;
    expect(extractPlainText(text, { fileName: 'a.txt' }).byline).toBeNull();
  });
});

describe('what a page prints for a missing author is never a byline', () => {
  it.each(PLACEHOLDER_NAMES.map((w) => [written(w)]))('%s', (word) => {
    expect(acceptableByline(word)).toBe(false);
    const labelled = `<html><head><title>市里召开会议</title></head><body><h1>市里召开会议</h1><p>作者：${word}</p><p>${prose}</p></body></html>`;
    expect(extractHtml(labelled, { fileName: 'a.html' }).byline).toBeNull();
    const meta = `<html><head><title>市里召开会议</title><meta name="author" content="${word}"></head><body><h1>市里召开会议</h1><p>${prose}</p></body></html>`;
    expect(extractHtml(meta, { fileName: 'a.html' }).byline).toBeNull();
    const text = `市里召开会议\n\n作者：${word}\n\n${prose}\n\n${prose}\n`;
    expect(extractPlainText(text, { fileName: 'a.txt' }).byline).toBeNull();
  });

  it('an account that posted the article is still its byline, as the seed article’s "Admin"', () => {
    expect(acceptableByline('Admin')).toBe(true);
    expect(acceptableByline('佚名 | 分享')).toBe(false);
  });
});

describe('neither a site name nor a date is a byline', () => {
  it('refuses them and keeps a person', () => {
    expect(acceptableByline('新华网', ['新华网'])).toBe(false);
    expect(acceptableByline('www.example.com', ['www.example.com'])).toBe(false);
    expect(acceptableByline('2022年1月17日')).toBe(false);
    expect(acceptableByline('打印 | 关闭窗口')).toBe(false);
    expect(acceptableByline('张三')).toBe(true);
    expect(acceptableByline('Jane Doe')).toBe(true);
  });

  it('in a page’s markup: its og:site_name or its host', () => {
    const page = (head: string, top = '') =>
      `<html><head><title>市里召开会议</title>${head}</head><body><h1>市里召开会议</h1>${top}<p>${prose}</p></body></html>`;
    const siteName = '<meta property="og:site_name" content="Example News">';
    expect(
      extractHtml(page(`${siteName}<meta name="author" content="Example News">`), { fileName: 'a.html' })
        .byline,
    ).toBeNull();
    const canonical = '<link rel="canonical" href="https://www.example.com/news/1.html">';
    expect(
      extractHtml(page(`${canonical}<meta name="author" content="example.com">`), { fileName: 'a.html' })
        .byline,
    ).toBeNull();
    const xinhua = '<meta property="og:site_name" content="新华网"><meta name="author" content="新华网">';
    expect(extractHtml(page(xinhua), { fileName: 'a.html' }).byline).toBeNull();
    // A person is still a person.
    expect(
      extractHtml(page(`${siteName}<meta name="author" content="Jane Doe">`), { fileName: 'a.html' }).byline,
    ).toBe('Jane Doe');
  });

  it('in text saved from a page too', () => {
    const text = `市里召开会议\n\n作者：打印  发布时间：2022-01-17\n\n${prose}\n`;
    expect(extractPlainText(text, { fileName: 'a.txt' }).byline).toBeNull();
  });
});
