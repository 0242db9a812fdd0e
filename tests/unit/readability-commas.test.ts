/**
 * A Chinese post with pictures and no <p>, the first of a blog page's posts in its layout
 * tables: Readability keeps it as the article it is (its commas "，" count as commas), not as a
 * gallery to drop while the posts below it stay.
 */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src-main/import/extract-html';

const SENTENCE = '湘菜粤菜兵分两路，新鲜的是，湘菜浓妆淡抹，粤菜却是明艳照人，';
const POST_TEXT = `${SENTENCE.repeat(3)}吃起来相当清爽，令人回味再三。`;
const PICTURE = '<center><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="菜"></center><br>';

/** A post as old blog templates set it: title and time in one table, the text in the next. */
function post(title: string, body: string): string {
  return `<tr><td valign="top"><table class="table-bg">
<tr><td><table><tr><td class="post-title">${title}</td><td class="post-title">2005-06-14 03:25:55</td></tr></table></td></tr>
<tr><td><table><tr><td class="post-body">${body}</td></tr><tr><td>[<a href="#">打印</a>]</td></tr>
<tr><td class="post-footer"><em>由海姑娘张贴</em></td></tr></table></td></tr></table></td></tr>`;
}

function blogPage(firstPost: string): string {
  const paragraphs = Array.from(
    { length: 4 },
    (_, i) =>
      `<p>第${i + 1}段：我真的累了，当斑竹半年来没有功劳也有苦劳，而一切都怪我太认真，朋友们都知道。</p>`,
  ).join('');
  const later = ['澳坛真的累了', '爱上侦探小说', '露天电影院', '跳房子'].map((title) =>
    post(title, paragraphs),
  );
  return `<html><head><title>海姑娘 | 博客</title></head><body><table><tr><td><div class="txtlarge">
${post('湘菜粤菜 兵分两路 (图)', PICTURE.repeat(3) + firstPost)}
${later.join('\n')}
</div></td></tr></table></body></html>`;
}

const textOf = (html: string) =>
  extractHtml(html, { fileName: 'blog.html' })
    .blocks.map((block) => block.text)
    .join('\n');

describe('a Chinese post with pictures and no paragraphs', () => {
  it('is kept as text, its Chinese commas counted', () => {
    const text = textOf(blogPage(POST_TEXT));
    expect(text).toContain('湘菜粤菜兵分两路，新鲜的是');
    expect(text).toContain('澳坛真的累了');
  });

  it('is judged as the same post written with ASCII commas is', () => {
    expect(textOf(blogPage(POST_TEXT.replace(/，/g, ',')))).toContain('湘菜粤菜兵分两路,新鲜的是');
  });
});
