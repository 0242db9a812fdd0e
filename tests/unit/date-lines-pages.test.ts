/**
 * The date line under a headline, written the ways Chinese pages write it, read through the
 * whole import (importBytes) of a small page built here: once as HTML, once as the same page
 * saved as text. The page also carries a footer's copyright years, which are never the day.
 */
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src-main/import/import-file';

const HEADLINE = '国务院部署乡村振兴措施';
const BODY = [
  '国务院常务会议日前召开，会议部署了进一步推动乡村振兴的多项措施，强调要稳定粮食生产，促进农民增收，加强农村基础设施建设。',
  '会议指出，各地区各部门要认真贯彻落实党中央决策部署，扎实推进各项工作，确保政策措施落地见效，让广大农民群众有更多获得感。',
  '会议要求，要加大财政投入力度，优化资金使用结构，提高资金使用效益，同时要加强监督检查，防止资金被挤占挪用，切实保障农民利益。',
];
const FOOTER = 'Copyright © 2003-2020 示例网 版权所有';

function htmlPage(dateLine: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${HEADLINE}_新闻中心_示例网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>
<h1>${HEADLINE}</h1><div class="info">${dateLine}</div>
<div class="content">${BODY.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="footer">${FOOTER}</div></body></html>`;
}

const textPage = (dateLine: string) => `${HEADLINE}\n${dateLine}\n\n${BODY.join('\n\n')}\n\n${FOOTER}\n`;

function dayOf(content: string, fileName: string): string | null {
  const result = importBytes(new TextEncoder().encode(content), fileName, {
    modifiedAt: '2020-06-01T00:00:00Z',
  });
  if (!result.ok) throw new Error(result.error.reason);
  return result.article.publishedAt?.slice(0, 10) ?? null;
}

const LINES = [
  '发布时间：2012-03-04 10:20',
  '2012年03月04日 10:20　来源：新华网',
  '时间：2012/3/4',
  '[2012-03-04]',
  '日期：2012.03.04',
  '2012年3月4日 星期日',
  '2012-3-4 10:20:33',
  '来源：人民网 2012年03月04日10:20',
  '更新时间：2012-03-05 发布时间：2012-03-04',
  '发布时间：2012-03-04 最后更新：2012-03-05',
  '二〇一二年三月四日',
  '二○一二年三月四日',
  '2012年3月4日10时20分',
  '2012-03-04T10:20:00+08:00',
  '【发布时间：2012-03-04】',
  '作者：张三 | 2012.3.4',
  '2012年 3月 4日',
  '２０１２年３月４日',
  '2012－03－04',
  '发布时间：2012年3月4日 浏览次数：1234',
  '2012-03-04 10:20 | 编辑：李四 | 来源：中国新闻网',
  '发稿时间：2012-03-04 10:20:00',
  '2012年03月04日09:58 新京报',
  '时间：2012年03月04日 | 字号：大 中 小',
  '发表于 2012-3-4 10:20',
  'Posted on 2012-03-04 by admin',
  '2012/03/04 10:20',
  '成文日期：2012年03月04日',
  '2012年3月4日 农历二月十二',
];

describe('a date line under the headline, as Chinese pages write it', () => {
  it.each(LINES)('%s (HTML)', (line) => {
    expect(dayOf(htmlPage(line), 'page.html')).toBe('2012-03-04');
  });

  it.each(LINES)('%s (saved as text)', (line) => {
    expect(dayOf(textPage(line), 'page.txt')).toBe('2012-03-04');
  });

  it('a dateline without its year takes the year the page agrees on, here its copyright’s last', () => {
    expect(dayOf(htmlPage('本报北京3月4日电（记者 王五）'), 'page.html')).toBe('2020-03-04');
    expect(dayOf(textPage('本报北京3月4日电（记者 王五）'), 'page.txt')).toBe('2020-03-04');
  });
});
