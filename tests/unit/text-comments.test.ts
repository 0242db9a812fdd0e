/** A page saved as text: the comment section and what follows it are not the article. */
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../src-main/import/extract-text';

const para = (n: number) =>
  `第${n}段：播客继承了博客的原创性和大众性，有着浓郁的个人色彩，吸引了大量年轻网友，也让传统媒体开始关注这种新的传播方式。`;

describe('comments in a page saved as text', () => {
  it('end the article where the comment section opens', () => {
    const text = [
      '播客热潮迅速蔓延',
      '',
      ...[1, 2, 3, 4, 5].map(para),
      '《播客热潮迅速蔓延》已有1件评论',
      '新宠的评论',
      '花10分钟时间，就能拥有一个自己的私人声音平台，这是许多网友梦寐以求的事情，如今成了现实。',
      'April 2006',
    ].join('\n');
    const article = extractPlainText(text, { fileName: 'a.txt' });
    const body = article.blocks.map((b) => b.text).join('\n');
    expect(body).toContain('第5段');
    expect(body).not.toContain('私人声音平台');
    expect(article.removed.find((r) => r.text.includes('私人声音平台'))?.reason).toBe('comment');
  });
});
