/** Markdown extraction: structure, inline markup reduced to text, raw HTML inert, front matter. */
import { describe, expect, it } from 'vitest';
import { extractMarkdown } from '../../src-main/import/extract-markdown';

describe('extractMarkdown', () => {
  it('turns headings, lists, quotes, emphasis, links and code into plain blocks', () => {
    const r = extractMarkdown(
      '# 标题\n\n正文有**粗体**和[链接](https://x.example)。\n\n- 第一\n- 第二\n\n> 引文\n\n```\ncode()\n```\n',
      'file',
    );
    expect(r.title).toBe('标题');
    expect(r.blocks).toEqual([
      { kind: 'heading', level: 1, text: '标题' },
      { kind: 'paragraph', text: '正文有粗体和链接。' },
      { kind: 'list-item', text: '第一' },
      { kind: 'list-item', text: '第二' },
      { kind: 'quote', text: '引文' },
      { kind: 'code', text: 'code()' },
    ]);
  });

  it('never keeps raw HTML as markup nor script text', () => {
    const r = extractMarkdown(
      'Hello <b onclick="x()">bold</b> <script>EVIL()</script>\n\n<div><script>EVIL2()</script><p>kept text</p></div>\n',
      'f',
    );
    const text = r.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('bold');
    expect(text).toContain('kept text');
    expect(text).not.toMatch(/EVIL|<|onclick/);
  });

  it('reads title, author and date from YAML front matter', () => {
    const r = extractMarkdown('---\ntitle: "前言"\nauthor: 李四\ndate: 2021-06-01\n---\n\n正文。\n', 'file');
    expect(r).toMatchObject({ title: '前言', byline: '李四', publishedAt: '2021-06-01' });
    expect(r.blocks).toEqual([{ kind: 'paragraph', text: '正文。' }]);
  });

  it('falls back to the file name for the title', () => {
    expect(extractMarkdown('just text', 'notes').title).toBe('notes');
  });
});
