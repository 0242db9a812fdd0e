/**
 * The standfirst between a headline and its byline, outside the container the article's text is
 * read from: it opens the article where the page's own summary says the same words, and never
 * where it is a labelled box or the page gives no summary that agrees.
 */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src-main/import/extract-html';

const LEAD =
  '今年夏天，柏林街头突然多出了数千辆颜色各异的共享单车。无桩停放、扫码即骑的方式受到不少年轻人欢迎，但随意停放的车辆也让市民头疼。';
const BODY = [
  '在柏林米特区的罗森塔尔广场附近，十几辆黄色和橙色的自行车东倒西歪地挤在人行道旁，有的横在路中间，推婴儿车的行人只能绕到车道上。',
  '据柏林市政府交通部门估计，目前柏林街头的无桩共享单车已超过一万辆，由至少五家运营商投放，用户骑完后可以停在任意地点。',
  '柏林市交通局表示，计划在秋季之前与各运营商坐下来商谈，就停放区域、车辆维护和数据共享等问题制定规则，城市空间不能被无序占用。',
];

function page(description: string | null, lead: string): string {
  const meta = description === null ? '' : `<meta property="og:description" content="${description}">`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>柏林共享单车扎堆 | 德国 | DW</title>${meta}</head>
    <body><div id="navMain"><a href="/">主页</a> <a href="/de">德国</a></div>
    <div class="group"><h1>柏林共享单车扎堆</h1><p class="intro">${lead}</p>
    <ul class="smallList"><li><strong>日期</strong> 02.08.2017</li><li><strong>作者</strong> Katrin Hessler</li></ul></div>
    <div class="longText">${BODY.map((p) => `<p>${p}</p>`).join('')}</div>
    <div id="footer">© 2017 Deutsche Welle</div></body></html>`;
}

const texts = (html: string) => extractHtml(html, { fileName: 'a-39934512.html' }).blocks.map((b) => b.text);

describe('the standfirst', () => {
  it('opens the article where the page’s summary says the same words', () => {
    const blocks = texts(page(LEAD.slice(0, 40), LEAD));
    expect(blocks[0]).toBe(LEAD);
    expect(blocks[1]).toBe(BODY[0]);
  });

  it('stays out where the page gives no summary, or one that says other words', () => {
    expect(texts(page(null, LEAD))).not.toContain(LEAD);
    expect(texts(page('德国之声中文网：德国及欧洲新闻、评论与背景报道，每日更新。', LEAD))).not.toContain(
      LEAD,
    );
  });

  it('stays out when it is a labelled box', () => {
    const box = `核心提示：${LEAD}`;
    expect(texts(page(box.slice(0, 40), box))).not.toContain(box);
  });
});
