/**
 * A government portal's notice and a blog's post, each on a small page built here: a `<title>`
 * that the footer names as the site's owner is no headline; a notice's title field names the
 * headline when the `<title>` is the site's; 发文日期 is the day the notice bears; a rule's
 * effective day ("自…起施行") and a short sentence with a date are no dateline; a headline that
 * `<title>` and og:title share beside two names of the blog is no site's name.
 */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src-main/import/extract-html';
import { extractPlainText } from '../../src-main/import/extract-text';
import { isMetaLine } from '../../src-main/import/html/chinese-conventions';
import { parseDocument } from '../../src-main/import/html/dom';
import { readDocumentProperties } from '../../src-main/import/html/document-properties';
import { fieldValueOf } from '../../src-main/import/text/front-matter';
import { noticeFields } from '../../src-main/import/text/notice-fields';
import { withoutSiteParts } from '../../src-main/import/text/site-suffix';

const HEADLINE = '示例市人民政府关于中心城区部分路段实行货车限时通行的公告';
const NOTICE = [
  '为缓解中心城区交通拥堵状况，减少道路交通事故，保障市民出行安全，根据有关法律法规，决定对中心城区部分路段实行货车限时通行。',
  '一、限行范围为中心城区主要道路，包括环城路以内的全部道路以及通往火车站和汽车站的两条主干道，具体路段以交通标志为准。',
  '二、限行时间为每日七时至九时、十一时三十分至十四时、十七时至二十时，其余时段按照现行交通管理规定执行，不另行通知。',
  '三、本公告自2012年8月1日起施行。',
];

/** A notice page whose <title> is the portal's name, with its properties table above the heading. */
function noticePage(): string {
  const rows = [
    ['发布机构：', '示例市人民政府办公室'],
    ['发文日期：', '2012-07-16'],
    ['名　　称：', HEADLINE],
    ['文　　号：', '示府公告〔2012〕5号'],
  ]
    .map(([label, value]) => `<tr><td>${label}</td><td>${value}</td></tr>`)
    .join('');
  return (
    `<html><head><meta charset="utf-8"><title>示例市人民政府</title></head><body>` +
    `<div class="top"><img alt=""><span>示例市人民政府</span></div>` +
    `<table class="xxgk">${rows}</table>` +
    `<table><tr><td class="title">${HEADLINE}</td></tr>` +
    `<tr><td>${NOTICE.map((p) => `<p>${p}</p>`).join('')}<p>特此公告。</p><p>示例市人民政府</p></td></tr></table>` +
    `<div class="foot"><p>主办：示例市人民政府办公室\u3000承办：示例市信息中心</p>` +
    `<p>版权所有：示例市人民政府\u3000地址：示例市政府大院</p></div></body></html>`
  );
}

describe('a notice on a government portal', () => {
  it('takes the heading, not the <title> the footer names as the site’s owner, in HTML', () => {
    const article = extractHtml(noticePage(), { fileName: 'detail.html' });
    expect(article.title).toBe(HEADLINE);
    expect(article.publishedAt).toBe('2012-07-16');
    // The rule's last article stays in the text: a sentence with a date is no fact line.
    expect(article.blocks.map((b) => b.text)).toContain('三、本公告自2012年8月1日起施行。');
  });

  it('saved as text, takes the headline its title field names, and the day it bears', () => {
    const lines = [
      '示例市人民政府',
      '首页 | 加入收藏 | 网站地图',
      // A portal's menus push the table below the lines read for a title at the top.
      ...['首　页', '走进示例', '政务动态', '信息公开', '网上办事', '公众互动', '投资示例', '旅游示例'],
      ...['信息公开目录', '机构职能', '政策法规', '通知公告', '规划计划', '人事信息', '财政资金'],
      '最新公开',
      '关于2012年市直机关公开遴选公务员的公告 2012-07-13',
      '示例市2012年上半年国民经济运行情况 2012-07-10',
      '关于做好今年防汛抗旱工作的通知 2012-07-05',
      '示例市人民政府关于加强城市绿化管理的意见 2012-06-28',
      '关于公布第三批市级非物质文化遗产名录的通知 2012-06-20',
      '示例市2012年国有土地使用权出让计划 2012-06-11',
      '当前位置：首页 > 信息公开 > 通知公告',
      '发布机构：',
      '示例市人民政府办公室',
      '发文日期：',
      '2012-07-16',
      '名　　称：',
      HEADLINE,
      '文　　号：',
      '示府公告〔2012〕5号',
      HEADLINE,
      ...NOTICE,
      '特此公告。',
      '示例市人民政府',
      '主办：示例市人民政府办公室　承办：示例市信息中心',
      '版权所有：示例市人民政府　地址：示例市政府大院',
    ];
    const article = extractPlainText(lines.join('\n\n'), { fileName: 'detail.txt' });
    expect(article.title).toBe(HEADLINE);
    expect(article.publishedAt).toBe('2012-07-16');
    expect(noticeFields(lines).writtenOn).toBe('2012-07-16');
  });

  it('reads 发文日期 from the properties table as the day the notice bears', () => {
    expect(readDocumentProperties(parseDocument(noticePage())).writtenOn).toBe('2012-07-16');
  });

  it('does not date a notice by the day its rule takes effect', () => {
    const html =
      `<html><head><meta charset="utf-8"><title>${HEADLINE}</title></head><body><h1>${HEADLINE}</h1>` +
      `${NOTICE.map((p) => `<p>${p}</p>`).join('')}<p>特此公告。</p><p>示例市人民政府</p>` +
      `<p>2012年7月16日</p></body></html>`;
    expect(extractHtml(html, { fileName: 'a.html' }).publishedAt).toBe('2012-07-16');
  });

  it('reads a short sentence with a date as text, a date with its labels as a fact line', () => {
    expect(isMetaLine('三、本公告自2012年8月1日起施行。')).toBe(false);
    expect(isMetaLine('发布时间：2012-07-16 来源：市政府办公室')).toBe(true);
    expect(isMetaLine('2012年7月16日')).toBe(true);
  });
});

describe('what is no site’s owner, no notice’s field', () => {
  it('keeps a headline that an event’s 主办单位 in the text names', () => {
    const html =
      `<html><head><meta charset="utf-8"><title>第五届示例市全民读书节_示例网</title></head><body>` +
      `<h1>第五届示例市全民读书节</h1><p>2024年4月23日 来源：示例网</p>` +
      `<p>主办单位：第五届示例市全民读书节组委会</p>${NOTICE.slice(0, 3)
        .map((p) => `<p>${p}</p>`)
        .join('')}</body></html>`;
    expect(extractHtml(html, { fileName: 'a.html' }).title).toBe('第五届示例市全民读书节');
  });

  it('reads 名称 as a notice’s title field where 发文日期 is the table’s only mark', () => {
    const lines = ['发文日期：', '2012-07-16', '名　　称：', HEADLINE, '文　　号：', '示府公告〔2012〕5号'];
    expect(fieldValueOf(lines, 3)).toBe('title');
  });
});

describe('a blog’s post whose <title> and og:title name the blog differently', () => {
  const post = '念願のダイニングテーブルがやってきた！';
  const body =
    '引っ越してから半年、ずっと折りたたみテーブルでごはんを食べていた我が家に、ついに新しいテーブルがやってきました。' +
    '選んだのはオーク材の伸長式テーブルで、普段は幅百二十センチ、お客さんが来たときは広げて使えます。';

  it('keeps the headline both share, not a blog’s name, in HTML', () => {
    const html =
      `<html><head><meta charset="utf-8"><title>${post} | ゆるっと北欧インテリア日記</title>` +
      `<meta property="og:title" content="${post}｜ゆきんこのブログ"></head><body>` +
      `<h2>ゆるっと北欧インテリア日記</h2><h1>${post}</h1><p>2017-04-12 21:08:31</p>` +
      `<p>${body}</p><p>${body}</p></body></html>`;
    expect(extractHtml(html, { fileName: 'entry-12265012345.html' }).title).toBe(post);
  });

  it('cuts a blog’s long name from the <title> line where the page shows it as a line of its own', () => {
    const shown = ['Ameba', 'ゆるっと北欧インテリア日記', post, '2017-04-12 21:08:31', body];
    expect(withoutSiteParts(`${post} | ゆるっと北欧インテリア日記`, shown)).toBe(post);
    // Not a name the page never shows alone: it may be the headline's second half.
    expect(withoutSiteParts(`${post} | ゆるっと北欧インテリア日記`, [post, body])).toBe(
      `${post} | ゆるっと北欧インテリア日記`,
    );
    // Nor a 副题 shown alone below its headline.
    const main = '示例市召开全市经济工作会议部署明年重点任务';
    const sub = '市委书记张三出席并讲话';
    expect(withoutSiteParts(`${main} - ${sub}_示例网`, ['示例网', main, sub, body])).toBe(`${main} - ${sub}`);
  });
});
