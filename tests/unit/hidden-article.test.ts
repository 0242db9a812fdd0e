/**
 * A page that hides its article until its scripts run (a WeChat article saved "HTML only":
 * `#js_content` is `visibility: hidden`) is still read; what a page hides that is not its
 * article (a keyword block for search engines) is still dropped; the day such a page keeps in
 * a script's variable (`var publish_time = "2022-03-14"`) is its date.
 */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src-main/import/extract-html';
import { saveAsText } from '../../tools/eval/save-as-text';

const PARAGRAPHS = [
  '进入三月，一份份涨价函又在制造业企业之间流转。铜、铝、钢材等大宗商品价格持续走高，中下游企业的成本压力明显加大。',
  '一家家电配件企业的负责人说，原材料一个月涨了两成，订单却不敢涨价，只能压缩利润，想办法提高生产效率来消化成本。',
  '业内人士认为，企业可以通过套期保值等金融工具锁定成本，同时加强与上下游的协商，建立更加灵活的价格联动机制。',
  '多地有关部门也在加强市场监管，严厉打击囤积居奇、哄抬价格等违法行为，维护市场秩序，帮助企业渡过难关。',
];

function wechat(script: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title></title>
<meta property="og:title" content="大宗商品涨价潮下，中下游企业的成本焦虑怎么解？"></head><body>
<div id="js_article"><h1 class="rich_media_title" id="activity-name">
      大宗商品涨价潮下，中下游企业的成本焦虑怎么解？
    </h1><div id="meta_content"><span class="rich_media_meta_text">李默</span> <a id="js_name">示例财经</a> <em id="publish_time"></em></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>
<div style="display:none">涨价 成本 大宗商品 关键词 关键词 关键词</div>
</div><div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div>
<script>${script}</script></body></html>`;
}

describe('an article hidden until scripts run', () => {
  it('is read, while a hidden keyword block is still dropped', () => {
    const r = extractHtml(wechat(''), { fileName: 'wechat.html' });
    const text = r.blocks.map((b) => b.text).join('\n');
    expect(text).toContain(PARAGRAPHS[0].slice(0, 20));
    expect(text).toContain(PARAGRAPHS[3].slice(0, 20));
    expect(text).not.toContain('关键词');
    expect(r.title).toBe('大宗商品涨价潮下，中下游企业的成本焦虑怎么解？');
  });

  it('is only an article hidden as such pages hide it: a display:none copy or block stays out', () => {
    const article = `<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
    const copy = `<div style="display:none">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>涨价潮下的企业</title></head><body><h1>涨价潮下的企业</h1>${article}${copy}</body></html>`;
    const text = extractHtml(html, { fileName: 'a.html' }).blocks.map((b) => b.text);
    expect(text.filter((t) => t === PARAGRAPHS[0])).toHaveLength(1);
  });

  it('is not what a browser shows of the page as saved, so the evaluation’s text leaves it out', () => {
    expect(saveAsText(wechat(''))).not.toContain(PARAGRAPHS[0].slice(0, 20));
  });

  it('is dated by the day a script keeps in a variable', () => {
    const script = 'var ct = "1647245400";\nvar publish_time = "2022-03-14" || "";';
    expect(extractHtml(wechat(script), { fileName: 'wechat.html' }).publishedAt).toBe('2022-03-14');
    // Another variable's day is not the article's.
    expect(
      extractHtml(wechat('var expire_time = "2022-03-14";'), { fileName: 'wechat.html' }).publishedAt,
    ).toBeNull();
  });
});
