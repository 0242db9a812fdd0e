/**
 * Article notes as Markdown: the seed article's notes against a golden file, and the structure of
 * the output as a CommonMark parser sees it, including passages and notes written to break it.
 */
import { describe, it, expect } from 'vitest';
import { articleToMarkdown } from '../../src-renderer/src/export/article-markdown';
import { highlightsToClipboardMarkdown } from '../../src-renderer/src/export/clipboard-markdown';
import { mergeManagedRegion } from '../../src-renderer/src/export/managed-region';
import { highlightBlockId, obsidianTag } from '../../src-renderer/src/export/obsidian';
import { yamlString } from '../../src-renderer/src/export/markdown-text';
import { canonicalText } from '../../src-shared/articles/canonical-text';
import type { ArticleWithContent, Highlight } from '../../src-renderer/src/db/models';
import { parse as parseYaml } from 'yaml';
import {
  COLOR_LABELS,
  NOW,
  SEED_HIGHLIGHTS,
  expectGolden,
  highlightOn,
  markdownShape,
  seedArticle,
  seedHighlights,
} from './export-fixtures';

const BEGIN = /^<!-- gloss:begin article:[^\s]+ .*-->$/;

describe('articleToMarkdown on the seed article', () => {
  const article = seedArticle();
  const highlights = seedHighlights(article);
  const output = articleToMarkdown({ article, highlights, colorLabels: COLOR_LABELS, now: NOW });

  it('matches the golden file (UPDATE_GOLDEN=1 rewrites it)', () => {
    expectGolden('seed-notes.md', output);
  });

  it('has frontmatter that parses as YAML with the expected keys and values', () => {
    const { frontmatter } = markdownShape(output);
    expect(frontmatter).toMatchObject({
      title: article.title,
      source: 'seed-article.txt',
      'source-path': '/home/reader/Downloads/seed-article.txt',
      imported: '2024-05-01T08:00:00.000Z',
      exported: NOW,
      tags: ['对口帮扶', 'east_west'],
      'gloss-id': article.id,
    });
    if (article.byline) expect(frontmatter?.author).toBe(article.byline);
    if (article.publishedAt) expect(frontmatter?.published).toBe(article.publishedAt);
  });

  it('has one blockquote per highlight, in document order, with the exact text of the passage', () => {
    const shape = markdownShape(output);
    expect(shape.blockquotes).toBe(highlights.length);
    const ordered = [...highlights].sort((a, b) => a.position.start - b.position.start);
    const norm = (s: string) =>
      s
        .replace(/[ \t]+/g, ' ')
        .replace(/ *\n */g, '\n')
        .trim();
    expect(shape.quoteTexts.map(norm)).toEqual(ordered.map((h) => norm(h.quote.exact)));
    expect(highlights.find((h) => h.id === SEED_HIGHLIGHTS[2].id)?.quote.exact).toContain('\n\n');
    expect(output).toMatch(/> 回望过去:\n>\n> 一个老人的初心与二十年的携手/);
  });

  it('has headings only for the title and its sections, and no HTML but the two markers', () => {
    const shape = markdownShape(output);
    expect(shape.headings).toEqual([`h1 ${article.title}`, 'h2 Note', 'h2 Highlights']);
    expect(shape.html).toHaveLength(2);
    expect(shape.html[0]).toMatch(BEGIN);
    expect(shape.html[1]).toBe('<!-- gloss:end -->');
  });

  it('gives each highlight a block id, its color label, its tags, a link back and its note', () => {
    for (const h of highlights) {
      expect(output).toContain(`\n^${highlightBlockId(h.id)}\n`);
      expect(output).toContain(`(gloss://article/${article.id}#${h.id})`);
    }
    expect(output).toContain('Yellow · key fact · #agriculture · [Open in Gloss]');
    expect(output).toContain('Blue · timeline · 1996 · #policy/milestone · [Open in Gloss]');
    expect(output).toContain('Green · #energy #east_west · [Open in Gloss]');
    expect(output).toContain('Pink · [Open in Gloss]');
    const shape = markdownShape(output);
    const types = shape.tokens.map((t) => t.type);
    expect(types).toContain('bullet_list_open'); // the note's list stays a list
    expect(types.filter((t) => t === 'bullet_list_open')).toHaveLength(1);
  });
});

describe('passages and notes written to break the page', () => {
  const nastyQuote = [
    '# Not a heading',
    '> not a quote',
    '- not a list',
    '+ nor this',
    '1. not ordered',
    '2) nor this',
    '---',
    '<script>alert("x")</script>',
    '| a | b |',
    '|---|---|',
    '[[Wiki link]] and [link](http://x) and ![img](x.png) and $E=mc^2$ and `code` and *em* and _em_',
    '==mark== and %%hidden%% and #tag and ~~gone~~ and &amp; and a\\ backslash ^block-1',
    '',
    '    four spaces, not code',
    '<!-- gloss:end -->',
    'Setext?',
    '===',
    '[!note] not a callout',
  ].join('\n');

  const nastyNote = [
    '# Heading in a note',
    'Text line',
    '---',
    'Another line',
    '===',
    '> quote in a note',
    '- > quote in a list',
    '<script>alert(1)</script>',
    '<div>html block</div>',
    'inline <b>bold</b> and <https://example.com> stay links, `<code>` stays code',
    '%% an Obsidian comment that never ends',
    '$$ math that never ends',
    '<!-- gloss:end -->',
    '```js',
    "const a = '<b>';",
    '<!-- gloss:end -->',
  ].join('\n');

  const text = `Before.\n\n${nastyQuote}\n\nAfter.`;
  const article: ArticleWithContent = {
    ...seedArticle(),
    id: 'nasty-1',
    title: '# Title with `code` and <b>html</b> | pipes [[x]]',
    byline: '*Someone*',
    note: nastyNote,
    blocks: text.split('\n\n').map((t) => ({ kind: 'paragraph' as const, text: t })),
    tags: ['#hash tag', 'a/b', '1997', '!!!'],
  };
  const canonical = canonicalText(article.blocks);
  const highlights: Highlight[] = [
    highlightOn(canonical, article.id, {
      id: 'n1',
      from: '# Not a heading',
      to: '[!note] not a callout',
      note: nastyNote,
    }),
    highlightOn(canonical, article.id, { id: 'n2', from: 'After.', note: '-\nplain' }),
  ];
  const output = articleToMarkdown({ article, highlights, now: NOW });
  const shape = markdownShape(output);

  it('adds no headings, HTML or blockquotes', () => {
    expect(shape.headings).toEqual([`h1 ${article.title}`, 'h2 Note', 'h2 Highlights']);
    expect(shape.html).toHaveLength(2);
    expect(shape.blockquotes).toBe(2);
    const types = new Set(shape.tokens.map((t) => t.type));
    for (const unwanted of ['table_open', 'hr', 'ordered_list_open', 'code_block'])
      expect(types).not.toContain(unwanted);
  });

  it('shows the passage as the text it is', () => {
    const lines = (s: string) =>
      s
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '');
    expect(lines(shape.quoteTexts[0])).toEqual(lines(nastyQuote));
  });

  it('keeps the note as Markdown but closes what it left open', () => {
    const fences = shape.tokens.filter((t) => t.type === 'fence');
    expect(fences).toHaveLength(2); // the unclosed fence, closed, in both notes
    expect(fences[0].content).toContain("const a = '<b>';");
    expect(output).toContain('<https://example.com>');
    expect(output).toContain('`<code>`');
    expect(output).toContain('\\%\\% an Obsidian comment');
    expect(output).toContain('\\$\\$ math');
  });

  it('keeps exactly one begin and one end marker, so re-export replaces the whole region', () => {
    const markerLines = output.split('\n').filter((l) => l.startsWith('<!-- gloss:'));
    expect(markerLines).toHaveLength(2);
    const edited = `${output}\nMy own thoughts after the export.\n`;
    const merged = mergeManagedRegion(edited, output);
    expect(merged).toBe(edited);
  });

  it('writes frontmatter that YAML reads back exactly', () => {
    expect(shape.frontmatter?.title).toBe(article.title);
    expect(shape.frontmatter?.author).toBe('*Someone*');
    expect(shape.frontmatter?.tags).toEqual(['hash_tag', 'a/b', '_1997']);
  });
});

describe('escaping helpers', () => {
  it('yamlString survives quotes, backslashes, colons, newlines, control characters and a BOM', () => {
    const tricky = 'a "quoted": value \\ with # and\nnewline\ttab \u0007 \ufeff ---\n- list?';
    expect(parseYaml(`key: ${yamlString(tricky)}`)).toEqual({ key: tricky });
  });

  it('obsidianTag makes names Obsidian accepts', () => {
    expect(obsidianTag('east west')).toBe('east_west');
    expect(obsidianTag('policy/milestone')).toBe('policy/milestone');
    expect(obsidianTag('对口 帮扶')).toBe('对口_帮扶');
    expect(obsidianTag('#already')).toBe('already');
    expect(obsidianTag('1997')).toBe('_1997');
    expect(obsidianTag('a.b,c')).toBe('a_b_c');
    expect(obsidianTag('  ')).toBeNull();
  });

  it('highlightBlockId keeps only letters, digits and dashes, and keeps different ids apart', () => {
    expect(highlightBlockId('b9a1c3d2-0001')).toBe('gloss-b9a1c3d2-0001');
    const a = highlightBlockId('a_b');
    const b = highlightBlockId('a.b');
    expect(a).toMatch(/^[A-Za-z0-9-]+$/);
    expect(a).not.toBe(b);
  });
});

describe('highlightsToClipboardMarkdown', () => {
  const article = seedArticle();
  const highlights = seedHighlights(article).slice(0, 2);

  it('copies the selected passages with notes and a source line, without markers or block ids', () => {
    const text = highlightsToClipboardMarkdown(article, highlights, COLOR_LABELS);
    const shape = markdownShape(text);
    expect(shape.blockquotes).toBe(2);
    expect(shape.html).toEqual([]);
    expect(shape.headings).toEqual([]);
    expect(text).not.toMatch(/^\^/m);
    expect(text).toContain(`(gloss://article/${article.id})`);
    expect(text.indexOf(SEED_HIGHLIGHTS[3].from)).toBeLessThan(text.indexOf(SEED_HIGHLIGHTS[4].from));
  });
});
