/**
 * What a page's markup says about its author and date: author metas that are not people,
 * scholarly citation metas, the author's own link or tag (never a commenter's), and the
 * properties table of an official document.
 */
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../../src-main/import/html/boilerplate';
import type { TextSegment } from '../../src-main/import/html/to-blocks';
import { extractHtml } from '../../src-main/import/extract-html';
import { parseDocument } from '../../src-main/import/html/dom';
import { readDocumentProperties } from '../../src-main/import/html/document-properties';
import { readMetadata } from '../../src-main/import/html/metadata';

function meta(head: string, body = '') {
  return readMetadata(
    parseDocument(
      `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`,
    ),
  );
}

const PARAGRAPHS = [
  '为做好嫩江干流补充治理工程建设，确保工程前期建设征地实物调查工作顺利进行，维护相关单位和人民群众合法权益，特通告如下。',
  '一、工程位于大安市、镇赉县和前郭县，建设征占地范围为现有堤防距堤脚线两侧十五米范围内，起点为两省交界处。',
  '二、自本通告发布之日起，在工程建设征占地范围内，禁止任何单位和个人新建、扩建和改建项目，禁止擅自开发土地。',
  '三、自本通告发布之日起，上述区域内新迁入的人口不享有相关补偿政策，各地政府要切实履行属地管理责任。',
];

describe('author metas', () => {
  it('keeps a person and drops what is not one', () => {
    expect(meta('<meta name="author" content="张三">').author).toBe('张三');
    expect(meta('<meta name="author" content="记者王敬照">').author).toBe('王敬照');
    expect(meta('<meta name="author" content="L_104485">').author).toBeNull();
    expect(meta('<meta name="author" content="www.yunnan.cn,云南日报报业集团,云南网">').author).toBeNull();
  });

  it('drops the credit of the software that made the page', () => {
    expect(
      meta(
        '<meta name="generator" content="Discuz! X3.4"><meta name="author" content="Discuz! Team and Comsenz UI Team">',
      ).author,
    ).toBeNull();
  });

  it('reads citation_authors', () => {
    expect(meta('<meta name="citation_authors" content="赵  培">').author).toBe('赵 培');
  });
});

describe('the author as the markup marks them', () => {
  it('reads the first link to the author page of a blog, not the archive links after it', () => {
    const body =
      '<a href="http://blog.example.com/?author=102" title="[太小心]的博客">太小心</a>' +
      '<a href="http://blog.example.com/?pc=0&author=102">未归类</a>';
    expect(meta('', body).author).toBe('太小心');
    expect(meta('', '<a href="/author/jane-roe/">By Jane Roe</a>').author).toBe('Jane Roe');
    const unnamed = '<a href="?author=102">查看全部文章：共 12 篇</a><a href="?pc=0&author=102">未归类</a>';
    expect(meta('', unnamed).author).toBeNull();
  });

  it('does not take a link that only mentions authors, or a nav word', () => {
    expect(meta('', '<a href="/forumview?bn=authorship">原创</a>').author).toBeNull();
    expect(meta('', '<a href="/author/jane/">查看全部文章：共 12 篇</a>').author).toBeNull();
  });

  it("reads itemprop=author, but never a commenter's", () => {
    expect(
      meta(
        '',
        '<div itemprop="author" itemscope><span itemprop="name">Jane Roe</span><span>Staff writer, 12 articles</span></div>',
      ).author,
    ).toBe('Jane Roe');
    expect(
      meta(
        '',
        '<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Гость</span></div>',
      ).author,
    ).toBeNull();
    expect(
      meta('', '<div class="comment-list"><a rel="author" href="/u/1">Reader One</a></div>').author,
    ).toBeNull();
  });
});

describe('the properties table of an official document', () => {
  const table =
    '<table><tr><td>发文机关：</td><td>吉林省人民政府</td></tr><tr><td>成文日期：</td><td>2022年01月27日</td></tr>' +
    '<tr><td>发布日期：</td><td>2022年01月28日</td></tr></table>';

  it('pairs label cells with their values, and list items with their text', () => {
    expect(readDocumentProperties(parseDocument(table))).toEqual({
      issuer: '吉林省人民政府',
      writtenOn: '2022-01-27',
      postedOn: '2022-01-28',
    });
    const list =
      '<ul><li><span>发文机关：</span>国务院办公厅</li><li><span>发布日期：</span>2021年3月4日</li></ul>';
    expect(readDocumentProperties(parseDocument(list))).toEqual({
      issuer: '国务院办公厅',
      writtenOn: null,
      postedOn: '2021-03-04',
    });
  });

  it('dates the document by the date it bears and credits the issuing body', () => {
    const html =
      '<!doctype html><html><head><meta charset="utf-8"><meta name="PubDate" content="2022-01-28 00:00:00"></head><body>' +
      `${table}<h1>吉林省人民政府关于禁止新增建设项目的通告</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}` +
      '<p>吉林省人民政府</p><p>2022年1月27日</p></body></html>';
    const r = extractHtml(html, { fileName: 'notice.html' });
    expect(r.byline).toBe('吉林省人民政府');
    expect(r.publishedAt).toBe('2022-01-27');
  });

  it('keeps the table out of the text, beside the headline in one container, and the headline is the title', () => {
    const title = '常州市人民政府办公室关于印发老旧小区改造三年行动计划的通知';
    const html =
      `<!doctype html><html><head><meta charset="utf-8"><title>${title}_常州市人民政府</title></head><body>` +
      '<div class="nav"><a href="/">首页</a> <a href="/gk">政府信息公开</a></div>' +
      '<div class="left"><h3>信息公开目录</h3><ul><li><a href="#">机构职能</a></li><li><a href="#">政策文件</a></li></ul></div>' +
      '<div class="right">' +
      '<table><tr><td>索 引 号：</td><td>014115634/2021-00187</td><td>分　　类：</td><td>城乡建设</td></tr>' +
      '<tr><td>发文机关：</td><td>常州市人民政府办公室</td><td>成文日期：</td><td>2021-03-29</td></tr>' +
      `<tr><td>标\u3000\u3000题：</td><td colspan="3">${title}</td></tr>` +
      '<tr><td>发文字号：</td><td>常政办发〔2021〕27号</td><td>发布日期：</td><td>2021-04-02</td></tr></table>' +
      `<div class="con_title">${title}</div><div id="zoom">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>` +
      '</div><div class="footer">主办单位：常州市人民政府办公室</div></body></html>';
    const r = extractHtml(html, { fileName: 'content_2218475.html' });
    expect(r.title).toBe(title);
    expect(r.byline).toBe('常州市人民政府办公室');
    const text = r.blocks.map((b) => b.text).join('\n');
    for (const cell of ['索 引 号', '发文字号', '常政办发〔2021〕27号', '城乡建设'])
      expect(text).not.toContain(cell);
    expect(text).toContain(PARAGRAPHS[0].slice(0, 20));
  });

  it('removes the table’s labels and values kept above the text as its header, nothing else', () => {
    const seg = (text: string): TextSegment => ({ text, region: 'main', kind: 'paragraph', linkChars: 0 });
    const blocks = [
      '索 引 号：',
      '014115634/2021-00187',
      '发文机关：',
      '常州市人民政府办公室',
      '标\u3000\u3000题：',
      '常州市人民政府办公室关于印发老旧小区改造三年行动计划的通知',
      '发文字号：',
      '常政办发〔2021〕27号',
      '各辖市、区人民政府，市各委办局：',
      ...PARAGRAPHS,
    ].map(seg);
    const reasons = classifyBlocks(blocks, '示例');
    expect(reasons.slice(0, 8)).toEqual(Array(8).fill('header'));
    expect(reasons.slice(8)).toEqual(Array(PARAGRAPHS.length + 1).fill(null));
    // An interview's speakers are no table's fields.
    const interview = [
      '记者：',
      '您为什么决定离开公司？',
      '张三：',
      '“我想尝试新的东西。”',
      '记者：',
      '之后有什么打算？',
      '张三：',
      '先休息一段时间。',
      ...PARAGRAPHS,
    ].map(seg);
    expect(classifyBlocks(interview, '示例').every((r) => r === null)).toBe(true);
    const qa = [
      'Q:',
      'Why did you leave?',
      'A:',
      'I wanted something new.',
      'Q:',
      'And now?',
      'A:',
      'Rest.',
      ...PARAGRAPHS,
    ].map(seg);
    expect(classifyBlocks(qa, '示例').every((r) => r === null)).toBe(true);
    // One label alone is a salutation, not a table.
    expect(classifyBlocks(['各位代表：', ...PARAGRAPHS].map(seg), '示例')).toEqual(
      Array(PARAGRAPHS.length + 1).fill(null),
    );
  });

  it('takes a salutation before the text for no table', () => {
    const html =
      '<!doctype html><html><head><meta charset="utf-8"><title>在全市工作会议上的讲话</title></head><body>' +
      `<h1>在全市工作会议上的讲话</h1><p>各位代表：</p>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    expect(extractHtml(html, { fileName: 'speech.html' }).blocks[0].text).toBe('各位代表：');
  });

  it('reads nothing from a page without one', () => {
    expect(readDocumentProperties(parseDocument('<p>发布日期：见下文</p><td>成文日期：</td>'))).toEqual({
      issuer: null,
      writtenOn: null,
      postedOn: null,
    });
  });
});

describe('the box a page classes as its author’s', () => {
  it('passes over a section’s trail set in it, and reads the reporter’s name without the role', () => {
    const body =
      '<div class="title_author"><div class="cate"><a href="/national/">사회</a> &gt; <a href="/edu/">교육ㆍ시험</a></div>' +
      '<h1>서울 초등생 생존수영, 올해부터 3~6학년 전체로 확대</h1></div>' +
      '<div class="news_author"><ul><li class="name"><a href="mailto:sypark@example.com">박소영 기자</a></li>' +
      '<li class="email"><a href="mailto:sypark@example.com">sypark@example.com</a></li></ul></div>';
    expect(meta('', body).classedAuthor).toBe('박소영');
  });

  it('reads no e-mail address as a name, and no trail of sections in any script', () => {
    expect(meta('', '<div class="author"><a href="mailto:a@b.cn">a@b.cn</a></div>').classedAuthor).toBeNull();
    expect(
      meta('', '<div class="author"><a href="/news/">新闻</a> › <a href="/news/society/">社会</a></div>')
        .classedAuthor,
    ).toBeNull();
    expect(meta('', '<p class="byline"><a href="/author/li">中村真理子記者</a></p>').classedAuthor).toBe(
      '中村真理子',
    );
    // Co-authors set apart by a slash are no trail.
    const authors =
      '<div class="article-authors"><a href="/by/jane">Jane Doe</a> / <a href="/by/john">John Roe</a></div>';
    expect(meta('', authors).classedAuthor).toBe('Jane Doe, John Roe');
  });
});
