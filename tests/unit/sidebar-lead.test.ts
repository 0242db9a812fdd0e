/**
 * A blog's sidebar that Readability kept above the post (widgets' titles kept, their lists
 * removed) goes to the removed text, and the article and its headline start at the post.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleBlock, RemovedBlock } from '../../src-main/ipc/contract';
import { extractHtml } from '../../src-main/import/extract-html';
import { dropLead, sidebarLead } from '../../src-main/import/html/sidebar-lead';

const HEADLINE = '湘菜粤菜 兵分两路 (图)';
const paragraph = (i: number) =>
  `<p>第${i}段，湘菜粤菜兵分两路，新鲜的是，湘菜浓妆淡抹，粤菜却是明艳照人，吃起来相当清爽，令人回味再三，` +
  '师傅新创的泡饭更是一绝，饭蒸熟了要晾干，然后过油，再晾干，乡下的吃法就是这样，物料本不精，做工却不少。</p>';
const links = (titles: string[]) =>
  `<ul>${titles.map((title, i) => `<li><a href="/p/${i}">${title}</a></li>`).join('')}</ul>`;
const widget = (title: string, items: string[]) =>
  `<div class="widget"><div>${title}</div>${links(items)}</div>`;

function blogPage(sidebar: string): string {
  return `<html><head><title>海姑娘 | 博客</title></head><body><table><tr><td>
${sidebar}
<div class="post-title">${HEADLINE}</div><div>2005-06-14 03:25:55</div>
<div class="post-body">${[1, 2, 3, 4].map(paragraph).join('')}</div>
</td></tr></table></body></html>`;
}

describe('a sidebar kept above the post', () => {
  it('goes to the removed text, and the headline above the post is the title', () => {
    const sidebar = [
      widget('个人信息', ['照片管理', '点击查看我的个人资料']),
      widget('最新文章', ['明天出远门了', '珍惜生命-看望我一个朋友有感', '这几天我很充实， 也很开心']),
      widget('文章分类', ['海姑娘的特别推荐', '海姑娘的歌声', '澳洲生活指南大全']),
    ].join('\n');
    const article = extractHtml(blogPage(sidebar), { fileName: 'blog.html' });
    expect(article.title).toBe(HEADLINE);
    expect(article.blocks[0].text).toBe(HEADLINE);
    const removed = article.removed.map((r) => r.text);
    expect(removed).toContain('个人信息');
    expect(removed).toContain('文章分类');
  });

  it('takes the sidebar’s pictures with it, and keeps the post’s', () => {
    const avatar = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="头像">';
    const sidebar = [
      widget(`个人信息${avatar}`, ['照片管理', '点击查看我的个人资料']),
      widget('最新文章', ['明天出远门了', '珍惜生命-看望我一个朋友有感', '这几天我很充实， 也很开心']),
      widget('文章分类', ['海姑娘的特别推荐', '海姑娘的歌声', '澳洲生活指南大全']),
    ].join('\n');
    const page = blogPage(sidebar).replace(
      '<div class="post-body">',
      '<div class="post-body"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="剁椒鱼头">',
    );
    const article = extractHtml(page, { fileName: 'blog.html' });
    expect(article.title).toBe(HEADLINE);
    expect((article.images ?? []).map((image) => image.alt)).toEqual(['剁椒鱼头']);
  });

  it('keeps short lines over one removed list (a share bar) as the article’s', () => {
    const opening = '<div>编者按：为拆一幢房，断送了三条人命</div><div>——记者走访拆房现场</div>';
    const article = extractHtml(blogPage(opening + links(['分享到微博', '分享到微信'])), {
      fileName: 'blog.html',
    });
    const kept = article.blocks.map((b) => b.text);
    expect(kept).toContain('编者按：为拆一幢房，断送了三条人命');
    expect(kept).toContain('——记者走访拆房现场');
  });
});

describe('an ordinary news page’s header', () => {
  const paragraphs = [1, 2, 3, 4, 5].map(paragraph).join('');

  it('reads its headline and byline between a share bar and a tools bar', () => {
    const html = `<html><head><title>上半年经济运行平稳</title></head><body><article>
<div>上半年经济运行总体平稳</div><div>2024-07-15 10:00 来源：新华社</div>${links(['微博', '微信'])}
<div>记者 张三</div>${links(['打印', '关闭'])}${paragraphs}</article></body></html>`;
    const article = extractHtml(html, { fileName: 'news.html' });
    expect(article.title).toBe('上半年经济运行总体平稳');
    // The byline line is read as the byline and kept with the header, out of the text.
    expect(article.byline).toBe('张三');
    expect(article.removed.find((r) => r.text === '记者 张三')?.reason).toBe('header');
  });

  it('reads its byline and keeps its section among three bars of buttons under its h1', () => {
    const html = `<html><head><title>Rates</title></head><body><article>
<h1>Central bank holds rates steady as inflation eases</h1>${links(['Facebook', 'Twitter', 'LinkedIn', 'Email'])}
<div>By Jane Doe</div>${links(['Print', 'Save', 'Share', 'Comments'])}
<div>Markets</div>${links(['Follow', 'Subscribe'])}${paragraphs}</article></body></html>`;
    const article = extractHtml(html, { fileName: 'news.html' });
    expect(article.title).toBe('Central bank holds rates steady as inflation eases');
    expect(article.byline).toBe('Jane Doe');
    expect(article.removed.find((r) => r.text === 'By Jane Doe')?.reason).toBe('header');
    expect(article.blocks.map((b) => b.text)[0]).toBe('Markets');
  });
});

describe('dropLead', () => {
  const block = (text: string): ArticleBlock => ({ kind: 'paragraph', text }) as ArticleBlock;
  const gone = (id: string, text: string, beforeBlock: number): RemovedBlock => ({
    id,
    text,
    reason: 'link-list',
    beforeBlock,
  });

  it('counts only lists of two entries or more: a forum post’s "#1" link and its date are no widget', () => {
    const prose =
      'Die Gesundheit und der Schaden von Kalifen wurde erhöht, die Spawnzeit wurde von zwei Stunden auf drei Stunden geändert.';
    const blocks = ['Forum Moderator', 'Patch Notes 4.47.4', 'Tiberius', prose].map(block);
    const single = [gone('r0', '#1', 1), gone('r1', 'Sep 18, 2020', 2), gone('r2', 'Reply', 3)];
    expect(sidebarLead(blocks, single)).toBe(0);
    const widgets = [
      gone('r0', 'Newsletter\nGame Guide\nWiki', 1),
      gone('r1', 'Community\nDiscord\nForum', 2),
      gone('r2', 'Archive\n2019\n2020', 3),
    ];
    expect(sidebarLead(blocks, widgets)).toBe(3);
    // Two places are a share bar and a tools bar, however many buttons they hold.
    const bars = [
      gone('r0', 'Facebook\nTwitter\nLinkedIn\nEmail', 1),
      gone('r1', 'Print\nSave\nShare\nComments', 2),
    ];
    expect(sidebarLead(blocks, bars)).toBe(0);
  });

  it('never takes a byline or a date for a widget’s title', () => {
    const prose =
      '为拆一幢房，断送了三条人命，前天的这场惨剧发生得实在太突然，太震惊了，记者在现场看到，拆房工地没有任何防护措施，围观的群众说起当时的情形仍心有余悸。'.repeat(
        2,
      );
    const widgets = [
      gone('r0', '微博\n微信\n空间', 1),
      gone('r1', '打印\n关闭\n纠错', 2),
      gone('r2', '上一篇\n下一篇\n返回', 3),
    ];
    expect(sidebarLead(['栏目', '相关', '推荐', prose].map(block), widgets)).toBe(3);
    for (const header of [
      ['记者 张三', '相关', '推荐'],
      ['By Jane Doe', 'Related', 'Picks'],
      ['2024-07-15 10:00', '相关', '推荐'],
    ])
      expect(sidebarLead([...header, prose].map(block), widgets)).toBe(0);
  });

  it('puts the dropped lines among the removed lists where they stood, the rest placed anew', () => {
    const blocks = ['个人信息', '最新文章', HEADLINE, '正文'].map(block);
    const removed = [
      gone('r0', '菜单', 0),
      gone('r1', '照片', 1),
      gone('r2', '文章列表', 2),
      gone('r3', '评论', 4),
    ];
    expect(sidebarLead(blocks, removed)).toBe(0); // no paragraph of prose: nothing says where the post starts
    const { blocks: kept, removed: now } = dropLead(blocks, removed, 2);
    expect(kept.map((b) => b.text)).toEqual([HEADLINE, '正文']);
    expect(now.map((r) => [r.text, r.beforeBlock])).toEqual([
      ['菜单', 0],
      ['个人信息', 0],
      ['照片', 0],
      ['最新文章', 0],
      ['文章列表', 0],
      ['评论', 2],
    ]);
    expect(new Set(now.map((r) => r.id)).size).toBe(now.length);
  });
});
