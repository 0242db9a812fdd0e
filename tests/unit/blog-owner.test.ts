/**
 * Credits on blogs and forum threads: the blog's owner as its <title> or header names the blog,
 * the name the author element shows that the <title> also carries, a thread's 楼主 over a
 * reply's 作者, and a comment list marked "cmt" whose names are commenters'.
 */
import { describe, expect, it } from 'vitest';
import { blogOwner } from '../../src-shared/extraction/blog-owner';
import { extractHtml } from '../../src-main/import/extract-html';
import { extractPlainText } from '../../src-main/import/extract-text';

const PROSE = [
  '母亲的菜园在老屋后面，不大，一分来地，却一年四季没闲过。开春种豌豆和蚕豆，入夏是黄瓜、豇豆和茄子。',
  '每次回家，母亲总要领我去菜园转一圈，指着这垄那垄告诉我，哪棵是她新换的种，哪棵今年结得格外好。',
  '今年五一回去，蚕豆正好上市。母亲一早就下地摘了一篮，中午炒了一盘咸肉蚕豆，说是城里吃不到这个味道。',
];

describe('a blog’s owner, named by its pages', () => {
  it('reads "X的博客", "X的日志", "X’s Blog" from title parts and header lines', () => {
    // The owner's name stands alone somewhere on the page too (a profile box).
    expect(blogOwner(['母亲的菜园 - 江南布衣的日志 - 网易博客'], '母亲的菜园', ['江南布衣'])).toBe(
      '江南布衣',
    );
    expect(blogOwner(['首页', '周文澜的专栏'], '县城', ['周文澜'])).toBe('周文澜');
    expect(blogOwner(['欢迎光临老树的个人空间'], '', ['老树'])).toBe('老树');
    expect(blogOwner(['Notes on Tea | Jane Doe’s Blog'], 'Notes on Tea', ['Jane Doe'])).toBe('Jane Doe');
    expect(blogOwner(['Notes on Tea | Jane Doe’s Blog'], 'Notes on Tea', [])).toBeNull();
  });

  it('names nobody for "我的博客", a list heading, a sentence or the headline itself', () => {
    expect(blogOwner(['我的博客', '最新的日志', '热门博客'], '', ['我'])).toBeNull();
    expect(blogOwner(['他说：这是最好的时代的博客'], '', ['他说：这是最好的时代'])).toBeNull();
    // A post's headline about blogs: its words before 的 are no one's.
    expect(blogOwner(['如何搭建自己的博客 - 技术分享'], '如何搭建自己的博客', ['如何搭建自己'])).toBeNull();
    // A name the page never shows alone is none: "留给孩子成长的空间" names no owner.
    expect(blogOwner(['留给孩子成长的空间 - 育儿 - 某网'], '孩子', ['留给孩子成长的空间'])).toBeNull();
  });

  it('takes no owner from a post’s headline on either path', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>如何搭建自己的博客 - 技术分享</title></head>
      <body><h1>如何搭建自己的博客</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    expect(extractHtml(html, { fileName: 'a.html' }).byline).toBeNull();
    const text = ['如何搭建自己的博客 - 技术分享', '如何搭建自己的博客', ...PROSE].join('\n\n');
    expect(extractPlainText(text, { fileName: 'a.txt' }).byline).toBeNull();
  });

  const blog = (comments: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">
    <title>母亲的菜园 - 江南布衣的日志 - 网易博客</title></head><body>
    <div class="g-hd"><h1><a href="/">江南布衣的博客</a></h1><p>一蓑烟雨任平生</p></div>
    <div class="nbw-blog"><h3 class="title">母亲的菜园</h3><p class="info">2010-05-12 21:34:07 分类：家常</p>
    ${PROSE.map((p) => `<p>${p}</p>`).join('')}</div>${comments}
    <div class="g-sd"><h4>关于我</h4><p><a href="/profile">江南布衣</a></p><p>男，浙江 杭州</p></div></body></html>`;
  const comments = `<div class="nbw-cmt"><h4>评论</h4><div class="cmt-item">
    <div class="cmt-author"><a href="/yunshui">云水禅心</a><span>2010-5-12 22:18</span></div>
    <div class="cmt-cnt">看完想家了。</div></div></div>`;

  it('is the byline of a post nobody else is credited for, not a commenter named by "cmt" markup', () => {
    const article = extractHtml(blog(comments), { fileName: 'blog.html' });
    expect(article.byline).toBe('江南布衣');
    expect(article.blocks.map((b) => b.text).join('\n')).not.toContain('看完想家了');
  });

  it('is read from the page saved as text too', () => {
    const text = [
      '母亲的菜园 - 江南布衣的日志 - 网易博客',
      '江南布衣的博客',
      '江南布衣',
      '母亲的菜园',
      '2010-05-12 21:34:07',
      ...PROSE,
    ];
    expect(extractPlainText(text.join('\n\n'), { fileName: 'blog.txt' }).byline).toBe('江南布衣');
  });

  it('is read where the <title> names the blog by its owner alone', () => {
    const page = blog('').replace(
      '<title>母亲的菜园 - 江南布衣的日志 - 网易博客</title>',
      '<title>母亲的菜园 - 江南布衣 - 凤凰博报</title>',
    );
    expect(page).toContain('- 江南布衣 -');
    expect(extractHtml(page, { fileName: 'blog.html' }).byline).toBe('江南布衣');
  });

  it('yields to a writer the page credits', () => {
    const credited = blog('').replace('<p class="info">', '<p class="info">作者：林小溪 ');
    expect(extractHtml(credited, { fileName: 'blog.html' }).byline).toBe('林小溪');
  });
});

describe('an author element whose name the <title> also carries', () => {
  it('is the writer, not a part of the site’s name', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>县城青年的出路在哪里 - 周文澜 - 博客中国</title></head>
      <body><div class="article"><h1>县城青年的出路在哪里</h1>
      <div class="art_info"><span class="author"><a href="/zhou">周文澜</a></span> <span>2012-11-07 09:15</span></div>
      ${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(extractHtml(page, { fileName: 'a.html' }).byline).toBe('周文澜');
  });
});

describe('a thread’s 楼主', () => {
  it('is its poster, over a reply’s 作者 below', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>在县城当了十年小公务员_天涯杂谈_论坛</title></head>
      <body><h1>在县城当了十年小公务员</h1>
      <div class="atl-info"><span>楼主：<a href="/3156">青石板上的猫</a></span> <span>时间：2011-09-03 20:15:44</span></div>
      <div class="atl-item host-item"><div class="bbs-content">${PROSE.join('<br><br>')}</div></div>
      <div class="atl-item"><div class="atl-info"><span>作者：<a href="/4021">路过打酱油的</a></span>
      <span>时间：2011-09-03 20:31:02</span></div><div class="bbs-content">沙发！楼主说的台账太真实了。</div></div>
      </body></html>`;
    expect(extractHtml(page, { fileName: 'post-free-2271234-1.shtml' }).byline).toBe('青石板上的猫');
  });
});

describe('a post’s line and a poster’s handle', () => {
  it('saved as text, takes the headline from a blog’s post line that sets its day before it', () => {
    const lines = [
      '婺源看秋记 - 一城烟雨 - 搜狐博客',
      '搜狐首页 | 博客首页 | 热门博客 | 圈子 | 相册',
      '登录 | 注册博客 | 帮助',
      '一城烟雨',
      '走过的路，看过的云，都写在这里',
      'http://moshanghuakai.blog.sohu.com',
      ...['首页', '日志', '相册', '视频', '档案', '留言'],
      '2007-11-03 | 婺源看秋记',
      '分类：行走',
      ...PROSE,
    ];
    expect(extractPlainText(lines.join('\n\n'), { fileName: 'a.txt' }).title).toBe('婺源看秋记');
  });

  it('reads a handle with digits after a writer’s label whole ("作者：江南布衣2008")', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>建议设立垃圾分类回收点_强国论坛</title></head>
      <body><h1>建议设立垃圾分类回收点</h1>
      <div class="postInfo">作者：<a href="/user?u=1">江南布衣2008</a> 发表时间：2009-06-15 10:22:31 点击：3456</div>
      ${PROSE.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    expect(extractHtml(page, { fileName: 'a.html' }).byline).toBe('江南布衣2008');
  });

  it('reads the byline meta ("byline": "ANDREW JACOBS")', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>北京胡同里最后的老式理发店</title>
      <meta name="byline" content="By ANDREW JACOBS"></head>
      <body><h1>北京胡同里最后的老式理发店</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    expect(extractHtml(page, { fileName: 'a.html' }).byline).toBe('ANDREW JACOBS');
  });
});
