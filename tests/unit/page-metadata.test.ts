/**
 * What a page's markup says about its author and date: author metas that are not people,
 * scholarly citation metas, the author's own link or tag (never a commenter's), and the
 * properties table of an official document.
 */
import { describe, expect, it } from 'vitest';
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

  it('reads nothing from a page without one', () => {
    expect(readDocumentProperties(parseDocument('<p>发布日期：见下文</p><td>成文日期：</td>'))).toEqual({
      issuer: null,
      writtenOn: null,
      postedOn: null,
    });
  });
});
