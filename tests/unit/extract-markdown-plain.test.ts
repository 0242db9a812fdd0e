/**
 * The line reader for plain Markdown (headings and paragraphs only) must give exactly the blocks
 * markdown-it gives, and must decline every document it cannot read that way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  extractMarkdown,
  markdownItBlocks,
  plainMarkdownBlocks,
  readFrontMatter,
} from '../../src-main/import/extract-markdown';

describe('plainMarkdownBlocks', () => {
  it('reads headings and paragraphs as markdown-it does', () => {
    const body = [
      '# 上海市动物防疫条例',
      '',
      '<!-- INFO END -->',
      '## 第一章\u3000总则',
      '第一条 为了加强管理，依据《中华人民共和国动物防疫法》，制定本条例。  ',
      '\u3000\u3000第二款 行内空格保留。 ',
      '1997年9月19日 通过<中华人民共和国会计法>的决定 [1]',
      '',
      '1.人民法院根据需要设立执行机构。',
      '###### 六级标题 ',
      '',
      '\u3000',
      '',
    ].join('\r\n');
    const expected = [
      { kind: 'heading', level: 1, text: '上海市动物防疫条例' },
      { kind: 'heading', level: 2, text: '第一章\u3000总则' },
      {
        kind: 'paragraph',
        text: '第一条 为了加强管理，依据《中华人民共和国动物防疫法》，制定本条例。\n\u3000\u3000第二款 行内空格保留。\n1997年9月19日 通过<中华人民共和国会计法>的决定 [1]',
      },
      { kind: 'paragraph', text: '1.人民法院根据需要设立执行机构。' },
      { kind: 'heading', level: 6, text: '六级标题' },
    ];
    expect(plainMarkdownBlocks(body)).toEqual(expected);
    expect(markdownItBlocks(body).blocks).toEqual(expected);
    expect(extractMarkdown(body, 'file')).toMatchObject({ title: '上海市动物防疫条例', blocks: expected });
  });

  it.each([
    ['emphasis', '正文有**粗体**。'],
    ['a link', '见[链接](https://x.example)。'],
    ['an image', '![图](a.png)'],
    ['a link reference', '[1]: https://x.example\n\n见[1]。'],
    ['a list', '- 第一\n- 第二'],
    ['an ordered list', '1. 第一'],
    ['an ordered list of one empty item', '1.'],
    ['a quote', '> 引文'],
    ['indented code', '    code()'],
    ['a fence', '```\ncode\n```'],
    ['a setext heading', '标题\n==='],
    ['a heading with a closing sequence', '# 标题 #'],
    ['a # line that is no heading', '#标签'],
    ['an HTML tag', '<b>粗</b>'],
    ['an autolink', '见 <https://x.example>'],
    ['an entity', 'a &amp; b'],
    ['an escape', 'a \\* b'],
    ['a table', 'a | b\n--|--'],
    ['a comment followed by text', '<!-- c --> 正文'],
  ])('declines %s', (_what, body) => {
    expect(plainMarkdownBlocks(body)).toBeNull();
  });

  it('agrees with markdown-it on thousands of generated documents', () => {
    let seed = 20240611;
    const random = () => {
      // mulberry32: the same documents on every run.
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
    const text = [
      '第一条',
      '本条例',
      'abc',
      'x',
      '1997年',
      '《法》',
      '<中华>',
      '！',
      '!',
      '#',
      ':',
      '：',
      '1.',
      '6.1',
      '[1]',
      '(x)',
      ']',
    ];
    const space = [' ', '  ', '   ', '\t', '\u3000', '\u00a0', '\uFEFF', '\0', ' \t', '\t '];
    const markup = [
      '*',
      '_',
      '`',
      '~~',
      '[',
      ']',
      '](',
      '[x](y)',
      '![i](p)',
      '&amp;',
      '\\',
      '|',
      '<a>',
      '<',
      '>',
      '-',
      '=',
      '2)',
    ];
    const starts = ['# ', '## ', '###### ', '####### ', '#', '<!-- c -->', '<!-->', ' ', '    ', '\t'];
    const moreStarts = [
      '- ',
      '1. ',
      '1.',
      '2)',
      '> ',
      '===',
      '---',
      ':-',
      '\u3000',
      '= ',
      '+ ',
      '[1]: /u',
      '[1]',
      '[x]: y',
    ];
    const line = () => {
      const r = random();
      if (r < 0.15) return pick(['', ' ', '\t ', '']);
      let out = r < 0.65 ? pick(text) : r < 0.92 ? pick(starts) : pick(moreStarts);
      const pieces = Math.floor(random() * 4);
      for (let i = 0; i < pieces; i++) {
        const p = random();
        out += p < 0.55 ? pick(text) : p < 0.95 ? pick(space) : pick(markup);
      }
      return out;
    };
    let plain = 0;
    const runs = 4000;
    for (let n = 0; n < runs; n++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 6) }, line);
      const body = lines.join(random() < 0.8 ? '\n' : '\r\n') + pick(['', '\n', '\r\n', '\r']);
      const fast = plainMarkdownBlocks(body);
      if (fast === null) continue;
      plain++;
      expect(fast, JSON.stringify(body)).toEqual(markdownItBlocks(body).blocks);
    }
    // The comparison means something only if the line reader took many of the documents.
    expect(plain).toBeGreaterThan(runs / 5);
  });
});

const lawref = resolve(__dirname, '../..', '../shared/corpora/lawrefbook-sample');

describe.skipIf(!existsSync(lawref))(
  'the lawrefbook sample (skipped when ../shared/corpora is absent)',
  () => {
    it('reads most law texts line by line, each exactly as markdown-it does', () => {
      const files = readdirSync(lawref).filter((name) => name.endsWith('.md'));
      let plain = 0;
      for (const name of files) {
        const { body } = readFrontMatter(readFileSync(resolve(lawref, name), 'utf8'));
        const fast = plainMarkdownBlocks(body);
        if (fast === null) continue;
        plain++;
        expect(fast, name).toEqual(markdownItBlocks(body).blocks);
      }
      expect(plain).toBeGreaterThan(files.length * 0.8);
    });
  },
);
