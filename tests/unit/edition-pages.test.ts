/**
 * An e-paper's article page, built here: an edition bar with the issue's day, the page's label
 * ("第A03版"), a list of the page's headlines that links to this very page, and a kicker, a
 * headline and a subtitle stacked in table cells under a <title> that names only the site. The
 * headline is the line the page links to itself with (or, saved as text, lists again), and the
 * date is the issue's. A top bar's date on a page that is no edition's is the day it was
 * looked at, never its date.
 */
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src-main/import/import-file';
import { extractHtml } from '../../src-main/import/extract-html';
import { dateInText, editionDay } from '../../src-main/import/html/publication-date';
import { listedOnEditionPage, selfLinkTexts } from '../../src-main/import/html/self-links';
import { parseDocument } from '../../src-main/import/html/dom';
import { saveAsText } from '../../tools/eval/save-as-text';

const KICKER = '老码头变身文化街区';
const HEADLINE = '滨江旧仓库群完成改造向市民开放';
const SUBTITLE = '保留12栋历史建筑，新增3公里滨水步道';
const BODY = [
  '记者昨日从市住房和城乡建设局获悉，位于滨江路的旧仓库群改造工程已全部完工，即日起向市民免费开放，开放时间为每天早上八点至晚上十点。',
  '这片仓库群始建于上世纪五十年代，曾是全市最大的物资中转站。改造中保留了十二栋历史建筑的外立面和木结构屋顶，内部改建为书店、展厅和小剧场。',
  '市住建局有关负责人表示，下一步将在周边增设公交站点和非机动车停放点，并邀请市民为街区命名，让老码头真正回到市民的生活中。',
];

function editionPage(opts: { selfName: string; mark?: boolean } = { selfName: 'content_88123.htm' }): string {
  const mark = opts.mark ?? true;
  return `<!doctype html><html><head><meta charset="utf-8"><title>江城晚报数字报</title></head><body>
<table><tr><td>江城晚报</td><td>2016年09月22日 星期四</td><td><a href="node_1.htm">今日首页</a> | <a href="#">往期回顾</a></td></tr></table>
<table><tr><td valign="top">
${mark ? '<div>第A03版：城市新闻</div><div><a href="node_2.htm">上一版</a>　<a href="node_4.htm">下一版</a></div>' : '<div>热点专题</div><div><a href="/zt">更多专题</a></div>'}
${mark ? '<div>本版标题导航</div>' : '<div>推荐阅读</div>'}
<div><a href="${opts.selfName}">${HEADLINE}</a><br><a href="content_88124.htm">地铁五号线南延段开通试运营</a><br><a href="content_88125.htm">中秋假期全市公园延长开放</a><br><a href="content_88126.htm">第二届江城读书节闭幕</a><br><a href="content_88127.htm">老城区燃气管道改造进入收尾</a><br><a href="content_88128.htm">江城首条无人驾驶公交线路试跑</a><br><a href="content_88129.htm">秋季流感疫苗开始预约接种</a></div>
</td><td valign="top"><table>
<tr><td class="f1">${KICKER}</td></tr>
<tr><td class="f2">${HEADLINE}</td></tr>
<tr><td class="f3">${SUBTITLE}</td></tr>
<tr><td><div id="ozoom"><p>■文/江城晚报记者 周海鸥</p>${BODY.map((p) => `<p>${p}</p>`).join('')}</div></td></tr>
<tr><td><a href="content_88122.htm">上一篇</a>\u3000<a href="content_88124.htm">下一篇</a></td></tr>
</table></td></tr></table>
<div>江城晚报社版权所有 未经许可不得转载 鄂ICP备05001234号</div></body></html>`;
}

const SAVED_AT = '2026-06-01T00:00:00Z';

function read(html: string, name: string) {
  const result = importBytes(new TextEncoder().encode(html), name, { modifiedAt: SAVED_AT });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.article;
}

describe('an e-paper article page', () => {
  it('takes the headline the page links to itself with, not the subtitle under it, and the issue’s day', () => {
    const article = read(editionPage(), 'content_88123.htm');
    expect(article.title).toBe(HEADLINE);
    expect(article.byline).toBe('周海鸥');
    expect(article.publishedAt).toBe('2016-09-22');
  });

  it('saved under the paper’s name, takes the headline its list of titles names, not the subtitle', () => {
    // No link can point to "江城晚报数字报.html": the list names the headline, shown also as a line of its own.
    const article = read(editionPage(), '江城晚报数字报.html');
    expect(article.title).toBe(HEADLINE);
    // Without an edition's mark the same list is a sidebar's, and names nothing.
    const lines = [KICKER, HEADLINE, SUBTITLE].map((text) => ({ text, linkChars: 0 }));
    const document = parseDocument(
      `<html><body><a href="a.htm">${HEADLINE}</a><a href="b.htm">地铁五号线南延段开通试运营</a></body></html>`,
    );
    expect(listedOnEditionPage(document, [{ text: '第A03版：城市新闻', linkChars: 0 }, ...lines])).toEqual([
      HEADLINE,
    ]);
    expect(listedOnEditionPage(document, lines)).toEqual([]);
  });

  it('saved as text, takes the headline the page lists again, and the issue’s day', () => {
    const article = read(saveAsText(editionPage()), 'content_88123.txt');
    expect(article.title).toBe(HEADLINE);
    expect(article.byline).toBe('周海鸥');
    expect(article.publishedAt).toBe('2016-09-22');
    const text = article.blocks.map((b) => b.text).join('\n');
    expect(text).toContain(BODY[0].slice(0, 20));
    expect(text).not.toContain('地铁五号线南延段开通试运营');
  });

  it('reads no date from the top bar of a page that marks itself as no edition’s', () => {
    const article = read(editionPage({ selfName: 'content_88123.htm', mark: false }), 'content_88123.htm');
    expect(article.publishedAt).toBeNull();
  });
});

describe('the edition day', () => {
  const line = (text: string) => ({ text, kind: 'paragraph', region: 'main', linkChars: 0 }) as never;

  it('is the first date of the header on an edition’s page, never a link to the page before', () => {
    const page = [
      line('上一期：2016年09月21日'),
      line('江城晚报 2016年09月22日 星期四'),
      line('第A03版：城市新闻'),
      line('正文'),
    ];
    expect(editionDay(page, SAVED_AT)?.day).toBe('2016-09-22');
  });

  it('is nothing without an edition’s mark, or when the header’s date is after the file was saved', () => {
    expect(editionDay([line('今天是2016年09月22日 星期四'), line('正文')], SAVED_AT)).toBeNull();
    expect(editionDay([line('江城晚报 2027年01月02日'), line('第A03版：城市新闻')], SAVED_AT)).toBeNull();
  });
});

describe('the links of a page to itself', () => {
  const doc = (links: string) => parseDocument(`<html><body>${links}</body></html>`);

  it('are read from the file name an address gives, with or without a path or a query', () => {
    const texts = selfLinkTexts(
      doc(
        '<a href="../../html/2016-09/22/content_88123.htm?div=1">滨江旧仓库群完成改造</a><a href="content_88124.htm">别的</a>',
      ),
      'content_88123.htm',
    );
    expect(texts).toEqual(['滨江旧仓库群完成改造']);
  });

  it('are none for a generic page name, a name without a digit, or a page that links to itself everywhere', () => {
    expect(selfLinkTexts(doc('<a href="index.html">首页</a>'), 'index.html')).toEqual([]);
    expect(selfLinkTexts(doc('<a href="news.html">新闻</a>'), 'news.html')).toEqual([]);
    const many = ['一', '二', '三', '四'].map((t) => `<a href="t2016_1.html">${t}</a>`).join('');
    expect(selfLinkTexts(doc(many), 't2016_1.html')).toEqual([]);
  });
});

describe('a Tieba thread saved whole', () => {
  it('is dated by its first floor’s tail, though the tail sits in a reply widget', () => {
    const post = BODY.map((p) => `${p}<br>`).join('');
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>滨江旧仓库群改造【江城吧】_百度贴吧</title></head><body>
<h1 class="core_title_txt">滨江旧仓库群改造好了，周末去逛了一圈</h1>
<div class="l_post"><div class="d_author"><a class="p_author_name" href="/home/main?un=a">江边散步的猫</a></div>
<div class="d_post_content">${post}</div>
<div class="core_reply"><div class="post-tail-wrap"><span class="tail-info">1楼</span><span class="tail-info">2016-09-24 21:35</span></div></div></div>
<div class="l_post"><div class="d_author"><a class="p_author_name" href="/home/main?un=b">路过的人</a></div>
<div class="d_post_content">周末人太多了，建议工作日去</div>
<div class="core_reply"><div class="post-tail-wrap"><span class="tail-info">2楼</span><span class="tail-info">2016-09-25 08:12</span></div></div></div>
</body></html>`;
    expect(read(html, 'p.html').publishedAt).toBe('2016-09-24');
    // The floor and its day in two cells of a list ("1楼" | "2016-09-24 21:35"), as blocks of their own.
    const cells = html.replace(
      /<span class="tail-info">(\d楼)<\/span><span class="tail-info">([^<]+)<\/span>/g,
      '<ul class="p_tail"><li><span>$1</span></li><li><span>$2</span></li></ul>',
    );
    expect(cells).toContain('<li><span>1楼</span></li>');
    // Read by the scored search as the post's own day, not only as the nearest date line.
    const article = extractHtml(cells, { fileName: 'p.html', savedAt: SAVED_AT });
    expect(article.publishedAt).toBe('2016-09-24');
    expect(article.publishedFrom).toBe('text');
  });
});

describe('an e-paper saved as text under a short <title>', () => {
  const stacked = (title: string, listBelow: boolean) => {
    const list = ['本版新闻列表', HEADLINE, '地铁五号线南延段开通试运营', '中秋假期全市公园延长开放'];
    return [
      title,
      '2016年09月22日 星期四',
      '第A03版：城市新闻 上一版 下一版',
      ...(listBelow ? [] : list),
      KICKER,
      HEADLINE,
      SUBTITLE,
      '本报记者　周海鸥',
      ...BODY,
      '上一篇 返回目录 下一篇',
      ...(listBelow ? list : []),
      '江城晚报社版权所有',
    ].join('\n\n');
  };

  it('takes the headline the page lists, above the text or below it, not the paper’s name or the 副题', () => {
    for (const title of ['江城晚报', '江城晚报海外版'])
      for (const below of [false, true]) {
        const article = read(stacked(title, below), 'page.txt');
        expect(article.title, `${title} ${below}`).toBe(HEADLINE);
        expect(article.byline).toBe('周海鸥');
      }
  });
});

describe('an app’s share page saved as text, its <title> the app’s name', () => {
  it('keeps the headline with its facts under it', () => {
    const text = [
      '学习强国',
      '下载学习强国',
      '上半年全国完成水利建设投资4449亿元',
      '来源：人民日报 2022-07-20',
      ...BODY,
    ].join('\n\n');
    expect(read(text, 'page.txt').title).toBe('上半年全国完成水利建设投资4449亿元');
  });
});

describe('a line shown twice on a page that is no edition’s', () => {
  it('is no headline: a channel’s name above the headline, repeated in the footer', () => {
    const text = [
      '江城新闻网',
      '首页 | 新闻 | 教育 | 财经 | 登录',
      '江城新闻网教育频道',
      HEADLINE,
      '2023-05-12 10:20 来源：江城日报 作者：张明',
      ...BODY,
      '相关新闻',
      '江城新闻网教育频道',
      '版权所有 江城新闻网',
    ].join('\n\n');
    expect(read(text, 'a.txt').title).toBe(HEADLINE);
  });
});

describe('a building’s floor in a dateline', () => {
  const line = (text: string) => ({ text, kind: 'paragraph', region: 'main', linkChars: 0 }) as never;

  it('is no reply’s floor: the scored search still reads the day before it', () => {
    const page = [
      line(HEADLINE),
      line('2023年4月20日上午，市政府在行政中心5楼会议室召开新闻发布会，介绍滨江旧仓库群改造情况。'),
      ...BODY.map(line),
    ];
    expect(dateInText(page, [0, 1], page.length - 1, SAVED_AT)?.day).toBe('2023-04-20');
    // A reply's tail is one: its day is not the page's.
    const replies = [line(HEADLINE), ...BODY.map(line), line('来自iPhone客户端3楼2023-04-21 08:12')];
    expect(dateInText(replies, [0, 1], replies.length - 2, SAVED_AT)).toBeNull();
  });
});

describe('a page saved as text whose <title> is a medium’s name', () => {
  it('keeps the headline found at its top, over a site’s address standing above the date line', () => {
    const text = [
      '江城日报',
      '当前位置： 首页｜本地新闻',
      HEADLINE,
      'www.jiangcheng.gov.cn',
      '2016年09月22日　来源：江城日报',
      '江城日报记者  周海鸥',
      ...BODY,
    ].join('\n\n');
    expect(read(text, 'a.txt').title).toBe(HEADLINE);
  });
});

describe('a government site’s page', () => {
  const gov = (
    head: string,
  ) => `<!doctype html><html><head><meta charset="utf-8"><title>江城市人民政府网</title>${head}</head><body>
<div class="top">欢迎访问江城市人民政府门户网站</div><div class="crumb">当前位置：首页 &gt; 政务动态</div>
<div class="title">${HEADLINE}</div><div class="subtitle">${SUBTITLE}</div>
<div class="info">来源：江城日报 发布时间：2016-09-22</div>${BODY.map((p) => `<p>${p}</p>`).join('')}
<div class="foot">主办：江城市人民政府办公室</div></body></html>`;

  it('takes its ArticleTitle meta (the national standard’s) as a title the page gives itself', () => {
    expect(read(gov(`<meta name="ArticleTitle" content="${HEADLINE}">`), 'a.html').title).toBe(HEADLINE);
  });

  it('saved as text, reads its greeting as furniture and its portal’s name as the site’s', () => {
    const text = saveAsText(gov(''))
      .replace('江城市人民政府网', '江城市人民政府门户网站')
      .replace(SUBTITLE, '');
    expect(read(text, 'a.txt').title).toBe(HEADLINE);
  });
});
