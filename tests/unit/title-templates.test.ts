/**
 * Title signals found by rewriting pages the way other Chinese sites build them
 * (tools/eval/title-variants.ts), each on a small page built here: a headline set in markup that
 * is no heading and pushed away from the text by share buttons, a site's logo h1, a forum
 * software's credit, and a channel's name the article keeps as its first block.
 */
import { describe, expect, it } from 'vitest';
import { articleStartIn, extractHtml } from '../../src-main/import/extract-html';
import { extractPlainText } from '../../src-main/import/extract-text';
import { chooseTitleByScore, isCreditLine, soleHeadline } from '../../src-main/import/html/title-candidates';
import { parseDocument } from '../../src-main/import/html/dom';
import { segmentsOf } from '../../src-main/import/html/to-blocks';
import {
  isBracketLabel,
  isMenuLine,
  isOriginalTitleLine,
  isSoftwareCredit,
} from '../../src-shared/extraction/title-furniture';
import type { TextSegment } from '../../src-main/import/html/to-blocks';

const text = (sentence: string) => `<p>${sentence.repeat(6)}</p>`.repeat(3);
const STORY = text('土豆，听名字就土得掉渣。可这几天，在西吉县的田间地头，农民们正忙着分拣新薯。');

function page(head: string, body: string): string {
  return `<html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

const line = (value: string, kind: TextSegment['kind'] = 'paragraph', level?: number): TextSegment => ({
  text: value,
  kind,
  level,
  region: 'main',
  linkChars: 0,
});

describe('titles on templates Gloss was not written from', () => {
  it('a line that is a part of <title> word for word is the headline, however far share buttons push it', () => {
    const share = ['分享到', '微信', '人人', '微博', '空间', 'QQ', '豆瓣', '官方微信平台', '复制链接']
      .map((w) => `<div><a href="/share">${w}</a></div>`)
      .join('');
    const html = page(
      '<title>土豆不土 土豆无土_地方新闻_北方网</title>',
      `<div class="title">土豆不土 土豆无土</div><div>2022-02-13 09:57</div>${share}<div>【新春走基层】</div>${STORY}`,
    );
    expect(extractHtml(html, { fileName: 'a.html' }).title).toBe('土豆不土 土豆无土');
  });

  it('an h1 that is wholly a link (a logo) is not the page’s one headline', () => {
    const html = page(
      '<title>投身外交(3)_华夏新闻网</title>',
      `<h1 class="logo"><a href="/">华夏新闻网</a></h1><div>首页 | 国内 | 国际</div><div>立刻注册免费邮箱</div>` +
        `<div>投身外交(3)</div><div>作者：罗银胜</div>${STORY}`,
    );
    expect(extractHtml(html, { fileName: 'a.html' }).title).toBe('投身外交(3)');
  });

  it('an h1 wholly a link home is a logo; one linking to its own page is still the headline', () => {
    const h1s = (body: string) =>
      soleHeadline(segmentsOf(parseDocument(page('', body)).body).segments, new Set());
    for (const home of ['/', './', 'index.html', 'https://news.example.cn/', '//news.example.cn/index.shtml'])
      expect(h1s(`<h1><a href="${home}">华夏新闻网首页</a></h1>${STORY}`), home).toBeNull();
    for (const own of ['/2022/02/13/tudou.html', 'https://news.example.cn/a/123', '', '#top'])
      expect(h1s(`<h1><a href="${own}">土豆不土 土豆无土</a></h1>${STORY}`), own).toBe('土豆不土土豆无土');
  });

  it('a forum software’s credit is never the title', () => {
    const choice = chooseTitleByScore({
      documentTitle: '犬儒病(上) - 文化 - 华夏论坛 - Powered by Discuz!',
      ogTitle: null,
      jsonLdHeadline: null,
      siteName: null,
      hosts: [],
      page: [line('Powered by Discuz! X3.4'), line('人心不会熄灭，但它可能蒙上灰烬而不再燃烧。'.repeat(4))],
      articleStart: 1,
      articleOpening: '人心不会熄灭，但它可能蒙上灰烬而不再燃烧。',
    });
    expect(choice?.title).toBe('犬儒病(上)');
  });

  it('a short first block that is also a menu item is found where the article’s second block follows it', () => {
    const lines = [
      line('首页'),
      line('社会'),
      line('财经'),
      line('社会', 'heading', 2),
      line('多数夫妻生活有名无实'),
      line('2005-04-05 06:40 来源：转载'),
      line('像许多日本女性一样，顺子一直等到30岁出头才结婚。'),
    ];
    expect(articleStartIn(lines, '社会', '像许多日本女性一样')).toBe(3);
    // A long first block is taken where it first stands.
    expect(articleStartIn(lines, '多数夫妻生活有名无实', '')).toBe(4);
  });

  it('a menu bar, a column’s tag, a reprint’s original title and a reporter’s credit lose to the headline above them', () => {
    const headline = '江苏多地要求师生员工暂不返校';
    const opening = '春季学期即将开学，各地教育部门发布通知，要求做好疫情防控。';
    for (const nearer of [
      '首页 | 时事 | 生活 | 财经 | 法律',
      '【新春走基层·西吉篇】',
      '原标题：春季学期开学，织密返校疫情防控网',
      '新华网黑龙江频道 记者 伊琳 李清芬',
    ]) {
      const choice = chooseTitleByScore({
        documentTitle: null,
        ogTitle: null,
        jsonLdHeadline: null,
        siteName: null,
        hosts: [],
        page: [line(headline), line('2022-02-13 09:57'), line(nearer), line(opening.repeat(4))],
        articleStart: 3,
        articleOpening: opening,
      });
      expect(choice?.title, nearer).toBe(headline);
    }
  });

  it('tells furniture by its shape alone', () => {
    expect(isMenuLine('首页 | 时事 | 生活 | 财经')).toBe(true);
    expect(isMenuLine('Home · News · Sport · Blog')).toBe(true);
    expect(isMenuLine('投身外交(3) | 读书频道 | 新浪网')).toBe(false);
    // The home link with a section or two after it is a menu too, however few its items.
    expect(isMenuLine('首页 新闻')).toBe(true);
    expect(isMenuLine('网站首页 | 通知公告')).toBe(true);
    expect(isMenuLine('Home | News')).toBe(true);
    expect(isMenuLine('Home Alone')).toBe(false);
    expect(isMenuLine('Home prices fall again')).toBe(false);
    expect(isMenuLine('首页新闻')).toBe(false);
    expect(isMenuLine('首页 改版后的新闻客户端上线')).toBe(false);
    expect(isBracketLabel('【新春走基层】')).toBe(true);
    expect(isBracketLabel('【独家】土豆不土')).toBe(false);
    expect(isOriginalTitleLine('原标题：春季学期开学')).toBe(true);
    expect(isOriginalTitleLine('标题党的原标题')).toBe(false);
    expect(isSoftwareCredit('Powered by Discuz! X3.4')).toBe(true);
    expect(isSoftwareCredit('Proudly powered by WordPress')).toBe(true);
    expect(isSoftwareCredit('The power of words')).toBe(false);
    expect(isCreditLine('半月谈记者 史卫燕')).toBe(true);
    expect(isCreditLine('作者：罗银胜')).toBe(true);
    expect(isCreditLine('茉莉：我是怎样卷入八九民运的')).toBe(false);
    expect(isCreditLine('记者节：一线记者的一天')).toBe(false);
  });

  it('as text, a short <title> line the page never shows again gives way to the headline with its date', () => {
    const saved = [
      '华夏新闻网',
      '',
      // A long menu: the headline stands below the lines read at the top.
      ...Array.from({ length: 40 }, (_, i) => `栏目${i + 1}`),
      '土豆不土 土豆无土',
      '2022-02-13 09:57 来源：光明日报',
      '土豆，听名字就土得掉渣。可这几天，在西吉县的田间地头，农民们正忙着分拣新薯，装车外运，一派丰收景象。',
      '西吉县是全国有名的马铃薯之乡，全县种植面积常年稳定在一百万亩左右，带动了数万农户增收致富。',
    ].join('\n');
    expect(extractPlainText(saved, { fileName: 'content_1234567.txt' }).title).toBe('土豆不土 土豆无土');
  });
});
