/** Furniture inside the article's container goes to the removed text with a reason. */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src-main/import/extract-html';
import { extractPlainText } from '../../src-main/import/extract-text';
import { isBreadcrumb } from '../../src-main/import/html/boilerplate';

const para = (n: number) =>
  `<p>第${n}段：今年以来，本市各项工作稳步推进，群众满意度不断提高，相关部门表示将继续努力，推动发展再上新台阶。</p>`;

function article(inner: string): string {
  return `<html><head><title>会议召开 - 示例网</title><meta property="og:site_name" content="示例网"></head><body><article><h1>会议召开</h1>${para(1)}${inner}${para(2)}${para(3)}${para(4)}</article></body></html>`;
}

describe('furniture inside the article', () => {
  it('recognises breadcrumbs', () => {
    expect(isBreadcrumb('首页 > 新闻 > 正文')).toBe(true);
    expect(isBreadcrumb('You are here: Home » News')).toBe(true);
    expect(isBreadcrumb('您的位置：主页>艺术史研究>方法与规范')).toBe(true);
    expect(isBreadcrumb('价格从 5 元 > 3 元，降幅明显。')).toBe(false);
  });

  it.each([
    ['a breadcrumb', '<p>首页 &gt; 新闻 &gt; 正文</p>', '首页 > 新闻 > 正文', 'navigation'],
    ['a paragraph without a letter', '<p>…… | ……</p>', '…… | ……', 'boilerplate'],
    [
      'a row of ad links',
      '<p><a href="/a">贷款秒批</a> <a href="/b">股票开户</a> <a href="/c">免费领取</a></p>',
      '贷款秒批',
      'link-list',
    ],
    ['a caption that is only the site’s name', '<p>示例网</p>', '示例网', 'boilerplate'],
    ['a caption that is only a medium’s name', '<p>新华网</p>', '新华网', 'boilerplate'],
    ['a phone’s QR prompt', '<p>扫一扫在手机打开当前页</p>', '扫一扫在手机打开当前页', 'boilerplate'],
  ])('%s', (_name, html, text, reason) => {
    const result = extractHtml(article(html), { fileName: 'a.html' });
    expect(result.blocks.map((b) => b.text).join('\n')).not.toContain(text);
    expect(result.removed.find((r) => r.text.includes(text))?.reason).toBe(reason);
    expect(result.blocks.some((b) => b.text.startsWith('第2段'))).toBe(true);
  });
});

describe('furniture inside an article saved as text', () => {
  const text = (inner: string) =>
    [
      '会议召开',
      '',
      ...[1, 2].map((n) => para(n).replace(/<\/?p>/g, '')),
      inner,
      ...[3, 4].map((n) => para(n).replace(/<\/?p>/g, '')),
    ].join('\n\n');

  it.each([
    ['a line of punctuation', '。。。'],
    ['a line of bars', '| | |'],
    ['a medium’s name alone', '人民日报'],
    ['a phone’s QR prompt', '扫码关注公众号'],
  ])('%s', (_name, line) => {
    const result = extractPlainText(text(line), { fileName: 'a.txt' });
    expect(result.blocks.map((b) => b.text)).not.toContain(line);
    expect(result.removed.find((r) => r.text === line)?.reason).toBe('boilerplate');
    expect(result.blocks.some((b) => b.text.startsWith('第4段'))).toBe(true);
  });

  it('keeps a line of figures, a section break, a headline that ends as a medium’s name may not, and one that opens with 扫码', () => {
    for (const line of ['2023', '* * *', '◆◆◆', '我与新闻', '扫码点餐背后的隐私风险']) {
      const result = extractPlainText(text(line), { fileName: 'a.txt' });
      expect(result.blocks.map((b) => b.text)).toContain(line);
    }
  });
});
