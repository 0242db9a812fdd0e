/**
 * The headline of a small Chinese page built here, set the ways sites set it (a link in the h1,
 * a line break, a colon or a dash inside the headline, a year range, a site's logo as h1, a
 * letter-spaced notice heading, a <title> with the site first…), read through the whole import.
 */
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src-main/import/import-file';

const BODY = [
  '国务院常务会议日前召开，会议部署了进一步推动乡村振兴的多项措施，强调要稳定粮食生产，促进农民增收，加强农村基础设施建设。',
  '会议指出，各地区各部门要认真贯彻落实党中央决策部署，扎实推进各项工作，确保政策措施落地见效，让广大农民群众有更多获得感。',
  '会议要求，要加大财政投入力度，优化资金使用结构，提高资金使用效益，同时要加强监督检查，防止资金被挤占挪用，切实保障农民利益。',
];
type Case = { name: string; head: string; top: string; want: string };
const HEADLINE = '国务院部署乡村振兴措施';
const cases: Case[] = [
  {
    name: 'h1 link',
    head: `<title>${HEADLINE}_新闻_示例网</title>`,
    top: `<h1><a href="/a/1.html">${HEADLINE}</a></h1>`,
    want: HEADLINE,
  },
  {
    name: 'h1 br',
    head: `<title>国务院部署乡村振兴措施 强调稳定粮食生产_新闻_示例网</title>`,
    top: `<h1>国务院部署乡村振兴措施<br>强调稳定粮食生产</h1>`,
    want: '国务院部署乡村振兴措施 强调稳定粮食生产',
  },
  {
    name: 'colon headline',
    head: `<title>李克强：稳增长要靠改革_新闻_示例网</title>`,
    top: `<h1>李克强：稳增长要靠改革</h1>`,
    want: '李克强：稳增长要靠改革',
  },
  {
    name: 'colon headline no h1',
    head: `<title>李克强：稳增长要靠改革_新闻_示例网</title>`,
    top: `<div class="t">李克强：稳增长要靠改革</div>`,
    want: '李克强：稳增长要靠改革',
  },
  {
    name: 'colon headline only title',
    head: `<title>李克强：稳增长要靠改革</title>`,
    top: ``,
    want: '李克强：稳增长要靠改革',
  },
  {
    name: 'hyphen in headline',
    head: `<title>2022-2023年度工作报告 - 示例网</title>`,
    top: `<h1>2022-2023年度工作报告</h1>`,
    want: '2022-2023年度工作报告',
  },
  {
    name: 'hyphen headline only title',
    head: `<title>2022-2023年度工作报告 - 示例网</title>`,
    top: ``,
    want: '2022-2023年度工作报告',
  },
  {
    name: '[转载]',
    head: `<title>[转载]${HEADLINE}_海姑娘_新浪博客</title>`,
    top: `<h2>[转载]${HEADLINE}</h2>`,
    want: HEADLINE,
  },
  {
    name: 'quotes',
    head: `<title>关于印发《乡村振兴促进办法》的通知_政策文件_示例网</title>`,
    top: `<h1>关于印发《乡村振兴促进办法》的通知</h1>`,
    want: '关于印发《乡村振兴促进办法》的通知',
  },
  {
    name: 'long gov',
    head: `<title>某某省人民政府办公厅关于进一步做好乡村振兴重点帮扶县产业发展和就业帮扶工作的实施意见_示例网</title>`,
    top: `<h1>某某省人民政府办公厅关于进一步做好乡村振兴重点帮扶县产业发展和就业帮扶工作的实施意见</h1>`,
    want: '某某省人民政府办公厅关于进一步做好乡村振兴重点帮扶县产业发展和就业帮扶工作的实施意见',
  },
  { name: 'short 通知', head: `<title>通知_示例网</title>`, top: `<h1>通知</h1>`, want: '通知' },
  { name: 'spaced 通 知', head: `<title>示例网</title>`, top: `<h1>通\u3000\u3000知</h1>`, want: '通知' },
  {
    name: 'site h1, headline h2',
    head: `<title>${HEADLINE}</title>`,
    top: `<h1>示例网</h1><h2>${HEADLINE}</h2>`,
    want: HEADLINE,
  },
  {
    name: 'title ASCII quotes',
    head: `<title>"十四五"规划实施情况_新闻_示例网</title>`,
    top: `<h1>“十四五”规划实施情况</h1>`,
    want: '“十四五”规划实施情况',
  },
  {
    name: '（全文）',
    head: `<title>政府工作报告（全文）_新闻_示例网</title>`,
    top: `<h1>政府工作报告（全文）</h1>`,
    want: '政府工作报告（全文）',
  },
  {
    name: 'title pipe headline',
    head: `<title>示例网 | ${HEADLINE}</title>`,
    top: `<div>${HEADLINE}</div>`,
    want: HEADLINE,
  },
  { name: 'english site', head: `<title>${HEADLINE} - Example News</title>`, top: ``, want: HEADLINE },
  {
    name: 'headline with 丨 inside',
    head: `<title>两会丨${HEADLINE}_新闻_示例网</title>`,
    top: `<h1>两会丨${HEADLINE}</h1>`,
    want: `两会丨${HEADLINE}`,
  },
  {
    name: 'headline strong in p',
    head: `<title>示例网-新闻中心</title>`,
    top: `<p align="center"><strong>${HEADLINE}</strong></p>`,
    want: HEADLINE,
  },
  {
    name: 'h3 headline, h1 logo img alt',
    head: `<title>${HEADLINE}-示例网</title>`,
    top: `<h1><img alt="示例网"></h1><h3>${HEADLINE}</h3>`,
    want: HEADLINE,
  },
];

function titleOf(c: Case): string {
  const html = `<!doctype html><html><head><meta charset="utf-8">${c.head}</head><body>
<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>
${c.top}<div class="info">发布时间：2012-03-04 来源：新华网</div>
<div class="content">${BODY.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="footer">Copyright © 2003-2020 示例网 版权所有</div></body></html>`;
  const result = importBytes(new TextEncoder().encode(html), 'page.html');
  if (!result.ok) throw new Error(result.error.reason);
  return result.article.title.replace(/\s+/g, ' ');
}

describe('a Chinese headline, set the ways sites set it', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(titleOf(c)).toBe(c.want);
  });
});
