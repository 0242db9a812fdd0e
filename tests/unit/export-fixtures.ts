/**
 * Articles and highlights for the exporter tests: the seed article imported from its bytes, with
 * highlights placed by searching for their text (so they stay put when extraction improves),
 * a Markdown structure probe built on markdown-it, and the golden-file comparison.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt, { type Token } from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import { expect } from 'vitest';
import { importBytes } from '../../src-main/import/import-file';
import { canonicalText } from '../../src-shared/articles/canonical-text';
import type { ArticleWithContent, Highlight, HighlightColor } from '../../src-renderer/src/db/models';

export const repoRoot = path.resolve(__dirname, '../..');
export const NOW = '2024-06-01T12:00:00.000Z';

export function seedArticle(): ArticleWithContent {
  const bytes = new Uint8Array(readFileSync(path.join(repoRoot, 'tests/fixtures/seed-article.txt')));
  const result = importBytes(bytes, 'seed-article.txt', { path: '/home/reader/Downloads/seed-article.txt' });
  if (!result.ok) throw new Error(`the seed did not import: ${result.error.reason}`);
  const { bytes: _bytes, ...imported } = result.article;
  return {
    ...imported,
    id: '3f6c1a2e-8b4d-4c1e-9a7f-5d2b8e0c4a11',
    importedAt: '2024-05-01T08:00:00.000Z',
    charCount: canonicalText(imported.blocks).length,
    tags: ['对口帮扶', 'east west'],
    note: 'Read for the **20-year review**; compare with the 2016 meeting.',
    readingPosition: null,
    dismissedSuggestions: [],
  };
}

export interface HighlightSpec {
  id: string;
  /** The passage runs from the first `from` to the end of the next `to` (default: `from` itself). */
  from: string;
  to?: string;
  color?: HighlightColor;
  note?: string;
  tags?: string[];
  date?: Highlight['date'];
}

/** A highlight on `text`, placed where its words are, with 32 characters of context. */
export function highlightOn(text: string, articleId: string, spec: HighlightSpec): Highlight {
  const start = text.indexOf(spec.from);
  if (start < 0) throw new Error(`"${spec.from}" is not in the article text`);
  const to = spec.to ?? spec.from;
  const toAt = text.indexOf(to, start);
  if (toAt < 0) throw new Error(`"${to}" is not in the article text after "${spec.from}"`);
  const end = toAt + to.length;
  return {
    id: spec.id,
    articleId,
    color: spec.color ?? 'yellow',
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(end, end + 32),
    },
    position: { type: 'TextPositionSelector', start, end },
    note: spec.note ?? '',
    tags: spec.tags ?? [],
    date: spec.date ?? null,
    createdAt: '2024-05-02T09:00:00.000Z',
    updatedAt: '2024-05-03T10:00:00.000Z',
  };
}

/** The golden set: several colors, tags, a Markdown note, a quote spanning a paragraph break. */
export const SEED_HIGHLIGHTS: HighlightSpec[] = [
  {
    id: 'b9a1c3d2-0001-4000-8000-000000000001',
    from: '七星关区撒拉溪镇',
    to: '土鸡蛋',
    tags: ['agriculture'],
  },
  {
    id: 'b9a1c3d2-0002-4000-8000-000000000002',
    from: '比鸡蛋“飞”得更快的',
    to: '点亮深圳的万家灯火。',
    color: 'green',
    tags: ['energy', 'east west'],
  },
  {
    id: 'b9a1c3d2-0003-4000-8000-000000000003',
    from: '回望过去',
    to: '一个老人的初心与二十年的携手',
    color: 'purple',
    tags: ['policy/milestone'],
    note: '**Turning point.** See [[Xi Zhongxun]] and `深发[1997]16号`.\n\n- donated a month of salary\n- 7 areas of support',
  },
  {
    id: 'b9a1c3d2-0004-4000-8000-000000000004',
    from: '1996',
    to: '血肉亲情。',
    color: 'blue',
    tags: ['policy/milestone'],
    date: { value: '1996', precision: 'year' },
    note: 'Start of the partnership.',
  },
  { id: 'b9a1c3d2-0005-4000-8000-000000000005', from: '对深圳的情谊,毕节永远铭记。', color: 'pink' },
];

export function seedHighlights(article: ArticleWithContent): Highlight[] {
  const text = canonicalText(article.blocks);
  // Given out of order on purpose: exports sort by position.
  return [...SEED_HIGHLIGHTS].reverse().map((spec) => highlightOn(text, article.id, spec));
}

export const COLOR_LABELS = { yellow: 'key fact', blue: 'timeline' } as const;

/** Compares with tests/golden/<name>; UPDATE_GOLDEN=1 writes the file instead. */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(repoRoot, 'tests/golden', name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    writeFileSync(file, actual);
    if (process.env.UPDATE_GOLDEN !== '1')
      throw new Error(`${name} did not exist and was written: review and commit it`);
    return;
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

export interface MarkdownShape {
  frontmatter: Record<string, unknown> | null;
  /** Heading texts with their level, e.g. `h2 Highlights`. */
  headings: string[];
  blockquotes: number;
  /** Raw HTML blocks and inline HTML, verbatim. */
  html: string[];
  /** Text of each top-level blockquote, paragraphs joined by a blank line. */
  quoteTexts: string[];
  tokens: Token[];
}

const markdown = new MarkdownIt({ html: true });

/** The text an inline token shows: escapes resolved, line breaks kept. */
function inlineText(token: Token): string {
  return (token.children ?? [])
    .map((c) => (c.type === 'softbreak' || c.type === 'hardbreak' ? '\n' : c.content))
    .join('');
}

/** What a Markdown file is made of, as a CommonMark parser with HTML enabled sees it. */
export function markdownShape(text: string): MarkdownShape {
  let body = text;
  let frontmatter: Record<string, unknown> | null = null;
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (fm) {
    frontmatter = parseYaml(fm[1]) as Record<string, unknown>;
    body = text.slice(fm[0].length);
  }
  const tokens = markdown.parse(body, {});
  const headings: string[] = [];
  const html: string[] = [];
  const quoteTexts: string[] = [];
  let blockquotes = 0;
  let depth = 0;
  let paragraphs: string[] = [];
  tokens.forEach((token, i) => {
    if (token.type === 'heading_open') headings.push(`${token.tag} ${inlineText(tokens[i + 1])}`);
    if (token.type === 'html_block') html.push(token.content.trim());
    for (const child of token.children ?? []) if (child.type === 'html_inline') html.push(child.content);
    if (token.type === 'blockquote_open') {
      blockquotes++;
      if (depth === 0) paragraphs = [];
      depth++;
    }
    if (token.type === 'blockquote_close' && --depth === 0) quoteTexts.push(paragraphs.join('\n\n'));
    if (depth > 0 && token.type === 'inline') paragraphs.push(inlineText(token));
  });
  return { frontmatter, headings, blockquotes, html, quoteTexts, tokens };
}
