/**
 * The headline of a small Chinese page built here with the furniture real pages carry around it
 * (a menu bar, a breadcrumb, a list of related headlines, a footer), set the ways no tuning page
 * showed: a logo heading linking home, a single dash before the site's name, a furniture page's
 * <title>, a commentary's "评论：" headline, a forum's button after its heading, no title at all. Read through the whole import, as
 * the page saved and as the same page saved as text.
 */
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src-main/import/import-file';
import { isMetaLine } from '../../src-main/import/text/front-matter';
import { isRelatedListHeading } from '../../src-shared/extraction/title-furniture';
import { asTitleNamesIt, cleanCandidate } from '../../src-main/import/html/title-candidates';
import { saveAsText } from '../../tools/eval/save-as-text';

const BODY = [
  '国务院常务会议日前召开，会议部署了进一步推动乡村振兴的多项措施，强调要稳定粮食生产，促进农民增收，加强农村基础设施建设。',
  '会议指出，各地区各部门要认真贯彻落实党中央决策部署，扎实推进各项工作，确保政策措施落地见效，让广大农民群众有更多获得感。',
  '会议要求，要加大财政投入力度，优化资金使用结构，提高资金使用效益，同时要加强监督检查，防止资金被挤占挪用，切实保障农民利益。',
];
const HEADLINE = '国务院部署乡村振兴措施';

interface Case {
  name: string;
  head: string;
  top: string;
  want: string;
  /** The file's name without its extension ("page" unless given). */
  stem?: string;
  /** Whether the page saved as text is read too (it loses the <head>'s metadata). */
  asText?: boolean;
}

const cases: Case[] = [
  {
    name: 'a logo h1 that links home, the headline only in <title>',
    head: `<title>${HEADLINE}_示例网</title>`,
    top: `<h1><a href="/">示例网</a></h1>`,
    want: HEADLINE,
    asText: true,
  },
  {
    name: 'one em dash before the site name',
    head: `<title>${HEADLINE}—示例网</title>`,
    top: ``,
    want: HEADLINE,
    asText: true,
  },
  {
    name: 'one em dash inside the headline stays',
    head: `<title>京—沪高铁开通十周年_示例网</title>`,
    top: `<h1>京—沪高铁开通十周年</h1>`,
    want: '京—沪高铁开通十周年',
    asText: true,
  },
  {
    name: 'a dash run before a subtitle stays',
    head: `<title>${HEADLINE}——访某某省长_示例网</title>`,
    top: `<h1>${HEADLINE}——访某某省长</h1>`,
    want: `${HEADLINE}——访某某省长`,
    asText: true,
  },
  {
    name: 'no <title> and no heading: the file name, not the related list',
    head: ``,
    top: ``,
    want: HEADLINE,
    stem: HEADLINE,
    asText: true,
  },
  {
    name: "a channel's h1 and <title>, the headline in h2",
    head: `<title>新闻中心_示例网</title>`,
    top: `<h1>新闻中心</h1><h2>${HEADLINE}</h2>`,
    want: HEADLINE,
    asText: true,
  },
  {
    name: "a phone page's detail header, its <title> and file named the same",
    head: `<title>新闻详情</title>`,
    top: `<div class="app-bar"><a href="/">返回</a><span>新闻详情</span></div><div class="title">${HEADLINE}</div>`,
    want: HEADLINE,
    stem: '新闻详情',
    asText: true,
  },
  {
    name: "a commentary's headline",
    head: `<title>《人民日报》评论：${HEADLINE}_示例网</title>`,
    top: `<h1>《人民日报》评论：${HEADLINE}</h1>`,
    want: `《人民日报》评论：${HEADLINE}`,
    asText: true,
  },
  {
    name: 'a channel named like a medium in <title> and above the headline',
    head: `<title>${HEADLINE}_国内新闻_示例网</title>`,
    top: `<h2>国内新闻</h2><h1>${HEADLINE}</h1>`,
    want: HEADLINE,
    asText: true,
  },
  {
    name: "a forum's heading with its copy-link button",
    head: `<title>${HEADLINE} - 时政热点 - 示例论坛 - Powered by Discuz!</title>`,
    top: `<h1><span id="thread_subject">${HEADLINE}</span> <span>[复制链接]</span></h1>`,
    want: HEADLINE,
    asText: true,
  },
  {
    name: 'a tag in brackets after the headline stays',
    head: `<title>${HEADLINE}[图]_示例网</title>`,
    top: `<h1>${HEADLINE}[图]</h1>`,
    want: `${HEADLINE}[图]`,
    asText: true,
  },
  {
    name: 'a tag set before the headline in its heading',
    head: `<title>${HEADLINE}_示例网</title>`,
    top: `<h1><span class="tag">头条</span>${HEADLINE}</h1>`,
    want: HEADLINE,
    asText: true,
  },
  {
    name: 'a day set after the headline in its heading',
    head: `<title>${HEADLINE}_示例网</title>`,
    top: `<h1>${HEADLINE} <small>2012-03-04</small></h1>`,
    want: HEADLINE,
    asText: true,
  },
];

function page(c: Case): string {
  return `<!doctype html><html><head><meta charset="utf-8">${c.head}</head><body>
<div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/gn">国内</a> | <a href="/gj">国际</a> | <a href="/cj">财经</a> | <a href="/ty">体育</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news">新闻</a> &gt; 正文</div>
${c.top}<div class="info">发布时间：2012-03-04 来源：新华网</div>
<div class="content">${BODY.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="rel"><h3>相关新闻</h3><ul><li><a href="/a">农业农村部部署春耕生产</a></li><li><a href="/b">多地出台稳就业政策措施</a></li><li><a href="/c">财政部下达衔接资金</a></li></ul></div>
<div class="footer">Copyright © 2003-2020 示例网 版权所有</div></body></html>`;
}

function titleOf(bytes: string, fileName: string): string {
  const result = importBytes(new TextEncoder().encode(bytes), fileName, {
    modifiedAt: '2020-06-01T00:00:00Z',
  });
  if (!result.ok) throw new Error(result.error.reason);
  return result.article.title.replace(/\s+/g, ' ');
}

describe('a Chinese headline among the furniture of a built page', () => {
  it.each(cases.map((c) => [c.name, c] as const))('as HTML: %s', (_name, c) => {
    expect(titleOf(page(c), `${c.stem ?? 'page'}.html`)).toBe(c.want);
  });

  it.each(cases.filter((c) => c.asText).map((c) => [c.name, c] as const))('as text: %s', (_name, c) => {
    expect(titleOf(saveAsText(page(c)), `${c.stem ?? 'page'}.txt`)).toBe(c.want);
  });
});

describe('a headline in text pasted from a page, without its <title> line', () => {
  const pasted = (top: string) => saveAsText(page({ name: '', head: '', top, want: '' }));

  it('takes the main headline between a kicker and a subtitle that opens with a dash', () => {
    const text = pasted(`<p>坚持稳中求进</p><h1>${HEADLINE}</h1><p>——各地积极落实中央决策部署</p>`);
    expect(titleOf(text, 'page.txt')).toBe(HEADLINE);
  });

  it('takes the headline over its date line below a long menu whose "评论" link states nothing', () => {
    const sections = ['今日谈', '时政讲解', '评论', '基层治理', '考试服务', '文化', '教育', '党建'];
    const menu = Array.from({ length: 5 }, () => sections.map((s) => `<div><a>${s}</a></div>`).join('')).join(
      '',
    );
    const text = pasted(`${menu}<h1>${HEADLINE}</h1>`);
    expect(titleOf(text, 'page.txt')).toBe(HEADLINE);
  });

  it('never takes a share bar standing above the date line', () => {
    const text = pasted(
      `<h1>${HEADLINE}</h1><div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>`,
    );
    expect(titleOf(text, 'page.txt')).toBe(HEADLINE);
  });
});

describe('the furniture lines behind those titles', () => {
  it("tells a related list's heading from a headline", () => {
    for (const heading of [
      '相关新闻',
      '【延伸阅读】',
      '猜你喜欢',
      'Related stories',
      'Most read',
      '推荐阅读：',
    ])
      expect(isRelatedListHeading(heading), heading).toBe(true);
    for (const headline of ['相关新闻报道引发关注', '推荐阅读的十本书', 'Related stories of survival'])
      expect(isRelatedListHeading(headline), headline).toBe(false);
  });

  it("cuts a column's tag before a headline, or a day after it, when the <title> leaves them out", () => {
    expect(asTitleNamesIt(`头条${HEADLINE}`, HEADLINE)).toBe(HEADLINE);
    expect(asTitleNamesIt(`[独家] ${HEADLINE}`, HEADLINE)).toBe(HEADLINE);
    expect(asTitleNamesIt('独家“十四五”规划实施情况', '"十四五"规划实施情况')).toBe('“十四五”规划实施情况');
    expect(asTitleNamesIt(`${HEADLINE} （2012年3月4日 10:20）`, HEADLINE)).toBe(HEADLINE);
    expect(asTitleNamesIt(`${HEADLINE} 2012-03-04`, HEADLINE)).toBe(HEADLINE);
    // A speaker or a subject before the headline is no tag; a day the <title> keeps is the headline's.
    expect(asTitleNamesIt('李强：稳住经济大盘', '稳住经济大盘')).toBe('李强：稳住经济大盘');
    expect(asTitleNamesIt('美国总统拜登访问中国', '拜登访问中国')).toBe('美国总统拜登访问中国');
    expect(asTitleNamesIt('北京奥运会开幕 2008.08.08', '北京奥运会开幕 2008.08.08')).toBe(
      '北京奥运会开幕 2008.08.08',
    );
    expect(asTitleNamesIt('关于春耕的通知', '通知')).toBe('关于春耕的通知');
    // The rest of the <title>'s words are not cut from the heading as a line of the page shows it.
    expect(cleanCandidate(`${HEADLINE} 2012-03-04`)).toBe(`${HEADLINE} 2012-03-04`);
  });

  it('keeps a speaker before a headline the <title> names without it, as HTML and as text', () => {
    const c: Case = {
      name: '',
      head: `<title>稳住经济大盘_示例网</title>`,
      top: `<h1>李强：稳住经济大盘</h1>`,
      want: '李强：稳住经济大盘',
    };
    expect(titleOf(page(c), 'page.html')).toBe(c.want);
    expect(titleOf(saveAsText(page(c)), 'page.txt')).toBe(c.want);
  });

  it('reads 评论 and 发布 as labels only with a short value after them (alone, a menu link)', () => {
    for (const line of ['评论：12', '评论 (3)', '发布：张三']) expect(isMetaLine(line), line).toBe(true);
    for (const line of [
      '《人民日报》评论：稳就业要靠改革开放',
      '新华时评：乡村振兴要久久为功',
      '国务院发布通知',
      '评论',
      '发布',
    ])
      expect(isMetaLine(line), line).toBe(false);
  });
});

describe('a subtitle under a headline the <title> confirms', () => {
  const page = (
    subtitleMarkup: string,
  ) => `<!doctype html><html><head><meta charset="gb2312"><title>南方网：${HEADLINE}</title></head><body>
<table><tr><td><font class="title">${HEADLINE}</font></td></tr>${subtitleMarkup}</table>
<div class="info">2005-03-04 来源：南方日报</div>
<div class="content">${BODY.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;

  it('is not the headline, though its words come back in the text', () => {
    const subtitle = '会议指出各地区各部门要扎实推进各项工作，确保政策措施落地见效';
    const html = page(`<tr><td class="fubiao">${subtitle}</td></tr>`);
    expect(titleOf(html, 'page.html')).toBe(HEADLINE);
  });
});
