/**
 * Pages in Traditional Chinese (Taiwan, Hong Kong) read with the rules written in Simplified:
 * the text is told Traditional, read through a Simplified copy of the same length, and the
 * article comes back in the page's own characters: title, byline, date, body, removed text,
 * and the page folder's images under their own names.
 */
import { describe, expect, it, vi } from 'vitest';
import { importBytes } from '../../src-main/import/import-file';
import { dateMentions } from '../../src-main/import/dates/date-mentions';
import { OriginalCharacters } from '../../src-main/import/simplified-reading';
import { isTraditionalChinese, toSimplifiedHan } from '../../src-shared/extraction/simplified-han';
import { saveAsText } from '../../tools/eval/save-as-text';
import { PNG, dataUrl } from './tiny-images';

const HEADLINE = '國務院部署鄉村振興措施';
const BODY = [
  '國務院常務會議日前召開，會議部署了進一步推動鄉村振興的多項措施，強調要穩定糧食生產，促進農民增收，加強農村基礎設施建設。',
  '會議指出，各地區各部門要認真貫徹落實黨中央決策部署，紮實推進各項工作，確保政策措施落地見效，讓廣大農民群眾有更多獲得感。',
  '會議要求，要加大財政投入力度，優化資金使用結構，提高資金使用效益，同時要加強監督檢查，防止資金被擠占挪用，切實保障農民利益。',
  '皇后鎮的農民說，以後颱風季節前要修好台北來的灌溉設備，頭髮花白的老人也來幫忙，村裡一片忙碌。',
];
/** How the page sets each paragraph: the last with a link and bold words inside it. */
const MARKUP = [
  ...BODY.slice(0, 3),
  '皇后鎮的農民說，以後<b>颱風</b>季節前要修好<a href="/tp">台北</a>來的灌溉設備，頭髮花白的老人也來幫忙，村裡一片忙碌。',
];

function page(head: string, top: string, info: string, extra = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>
<div class="nav"><a href="/">首頁</a> | <a href="/news">新聞</a> | <a href="/gn">國內</a> | <a href="/gj">國際</a> | <a href="/cj">財經</a> | <a href="/ty">體育</a></div>
${top}<div class="info">${info}</div>
<div class="content">${MARKUP.map((p) => `<p>${p}</p>`).join('')}${extra}</div>
<div class="rel"><h3>相關新聞</h3><ul><li><a href="/a">農業部部署春耕生產</a></li><li><a href="/b">多地出台穩就業政策措施</a></li></ul></div>
<div class="footer">Copyright © 2003-2020 示例網 版權所有</div></body></html>`;
}

function imported(text: string, fileName: string, readLocalImage?: (src: string) => Uint8Array | null) {
  const result = importBytes(new TextEncoder().encode(text), fileName, {
    modifiedAt: '2020-06-01T00:00:00Z',
    readLocalImage,
  });
  if (!result.ok) throw new Error(result.error.reason);
  return result.article;
}

describe('telling Traditional Chinese', () => {
  it('tells Traditional text from Simplified and from Japanese', () => {
    expect(isTraditionalChinese(BODY.join(''))).toBe(true);
    expect(isTraditionalChinese(toSimplifiedHan(BODY.join('')))).toBe(false);
    // Japanese keeps 時, 間, 東 and 國 in names; its kana say what it is.
    expect(
      isTraditionalChinese(
        '東京の時間で午後三時、國學院大學の會議が開かれ、関係者が集まりました。記者會見も行われた。',
      ),
    ).toBe(false);
    expect(isTraditionalChinese('Reuters reported on 國務院 today, in an English article.')).toBe(false);
  });

  it('makes Traditional characters Simplified one for one, the length kept', () => {
    const text = '記者王小明／臺北報導　發佈時間：2012-03-04';
    const simplified = toSimplifiedHan(text);
    expect(simplified).toBe('记者王小明／台北报导　发布时间：2012-03-04');
    expect(simplified.length).toBe(text.length);
  });

  it('puts text cut from the Simplified copy back in the original characters', () => {
    const original = '關於發展 「國家」 的通知\n\n國務院 發佈\n\n皇后說皇后很好，以後再來。';
    const characters = new OriginalCharacters(original, toSimplifiedHan(original));
    const read = characters.reader();
    expect(read('关于发展 「国家」 的通知')).toBe('關於發展 「國家」 的通知');
    // White space changed by the extraction: piece by piece.
    expect(read('国务院 发布')).toBe('國務院 發佈');
    // Put together by the extraction (closed up): character by character, each as the page most
    // often writes it, counting where it writes the Simplified form itself (皇后 twice, 以後 once).
    expect(read('国家发布')).toBe('國家發佈');
    expect(read('皇后再说')).toBe('皇后再說');
    expect(read('')).toBe('');
    expect(characters.exact('以后再来')).toBe('以後再來');
    expect(characters.exact('不在这页')).toBeNull();
  });

  it('reads entities as the parser does, never joins two elements, and finds addresses in attributes', () => {
    const html =
      '<title>皇后</title><p>以後再說。以後再說。以後</p><p>之後我們再說&hellip;皇后也說了&#x9019;個。</p>' +
      '<img src="聯合_files/a.jpg?x=1&amp;y=圖">';
    const characters = new OriginalCharacters(html, toSimplifiedHan(html), { markup: true });
    expect(characters.reader()('之后我们再说…皇后也说了這个。')).toBe('之後我們再說…皇后也說了這個。');
    expect(characters.exact('皇后以后再说')).toBeNull();
    expect(characters.address('联合_files/a.jpg?x=1&y=图')).toBe('聯合_files/a.jpg?x=1&y=圖');
  });

  it("finds a paragraph's text across its markup, so each character comes back as the page wrote it", () => {
    const html = '<p>皇后說，以後他會來。皇后的<a href="/x">頭髮</a>很長，台北的<b>颱風</b>很大&nbsp;。</p>';
    const characters = new OriginalCharacters(html, toSimplifiedHan(html), { markup: true });
    expect(characters.reader()('皇后说，以后他会来。皇后的头发很长，台北的台风很大 。')).toBe(
      '皇后說，以後他會來。皇后的頭髮很長，台北的颱風很大 。',
    );
  });
});

describe('a page in Traditional Chinese', () => {
  const html = page(
    `<title>${HEADLINE}丨示例新聞網</title>`,
    `<h1><a href="/">示例網</a></h1>`,
    '記者王小明／台北報導　發佈時間：2012-03-04',
    '<p>責任編輯：李四</p>',
  );

  it('as HTML: the headline without the site, the byline, the date, the body as written', () => {
    const article = imported(html, 'page.html');
    expect(article.title).toBe(HEADLINE);
    expect(article.byline).toBe('王小明');
    expect(article.publishedAt).toBe('2012-03-04');
    expect(article.blocks.map((b) => b.text)).toEqual(BODY);
    expect(article.removed.map((r) => r.text)).toContain('責任編輯：李四');
    expect(article.removed.some((r) => r.text.includes('相關新聞'))).toBe(true);
  });

  it('as text: the same', () => {
    const article = imported(saveAsText(html), 'page.txt');
    expect(article.title).toBe(HEADLINE);
    expect(article.byline).toBe('王小明');
    expect(article.publishedAt).toBe('2012-03-04');
    expect(article.blocks.map((b) => b.text)).toEqual(BODY);
  });

  it("loads the page folder's images under their own names", () => {
    const read = vi.fn((src: string) => (src === '頁面_files/圖片.png' ? PNG : null));
    const withImage = page(
      `<title>${HEADLINE}_示例網</title>`,
      `<h1>${HEADLINE}</h1>`,
      '發佈時間：2012-03-04',
      '<p><img src="頁面_files/圖片.png" alt="農民在田間勞作"></p>',
    );
    const article = imported(withImage, '頁面.html', read);
    expect(read).toHaveBeenCalledWith('頁面_files/圖片.png');
    expect(article.images).toEqual([
      { beforeBlock: 4, src: dataUrl('image/png', PNG), alt: '農民在田間勞作' },
    ]);
  });

  it('takes its title from the file name, as the file writes it', () => {
    const bare = `${BODY.join('\n\n')}\n`;
    expect(imported(bare, `${HEADLINE}.txt`).title).toBe(HEADLINE);
  });
});

describe("Taiwan's dates in the Republic of China's years", () => {
  it('reads 民國 years, and three-digit years after a date label, as the calendar writes them', () => {
    const days = (text: string) => dateMentions(text).map((m) => m.day);
    expect(days('民國101年3月4日')).toEqual(['2012-03-04']);
    expect(days('中華民國99年12月1日')).toEqual(['2010-12-01']);
    expect(days('公告日期：112年5月6日')).toEqual(['2023-05-06']);
    expect(days('發布日期：101-03-04')).toEqual(['2012-03-04']);
    expect(days('發布時間：101/03/04 10:20')).toEqual(['2012-03-04']);
    expect(days(toSimplifiedHan('發布時間：101/03/04 10:20'))).toEqual(['2012-03-04']);
    expect(days('日期：101.3.4')).toEqual(['2012-03-04']);
    expect(days('發布日期 101年3月4日')).toEqual(['2012-03-04']);
    // Not a year of that calendar: a version or telephone number, a count of years, AD years.
    for (const text of [
      '版本 1.101.03.04',
      '版本 105.12.20 发布',
      'Chrome 112.10.15',
      '编号 108-11-12',
      '電話 021-12-34',
      '成立300年3月4日',
      '庆祝建党100年7月1日大会',
      '公元105年3月4日',
      '101/03/04 10:20',
      '日期 101-03-04',
    ])
      expect(days(text), text).toEqual([]);
  });

  it.each([['發布日期：101-03-04'], ['民國101年3月4日 星期日'], ['發布時間：101/03/04 10:20']])(
    'dates a page by "%s", as HTML and as text',
    (line) => {
      const html = page(`<title>${HEADLINE}_示例網</title>`, `<h1>${HEADLINE}</h1>`, line);
      expect(imported(html, 'page.html').publishedAt).toBe('2012-03-04');
      expect(imported(saveAsText(html), 'page.txt').publishedAt).toBe('2012-03-04');
    },
  );
});
