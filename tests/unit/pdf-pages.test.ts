/**
 * Pages of a PDF article: where each page starts in the canonical text, the page cited with a
 * quote in the Markdown export, and "Open original" never launching what the bytes are not.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../src-shared/articles/canonical-text';
import { pageAt, pageStarts } from '../../src-shared/articles/pages';
import { articleFromImport } from '../../src-renderer/src/library/article-store';
import { articleToMarkdown } from '../../src-renderer/src/export/article-markdown';
import { originalToOpen } from '../../src-main/app/open-original';
import type { ImportedArticle } from '../../src-main/ipc/contract';
import { highlightOn, NOW } from './export-fixtures';
import { PNG } from './tiny-images';

const blocks = [
  { kind: 'paragraph' as const, text: '第一页的段落。', page: 1 },
  { kind: 'paragraph' as const, text: '跨页的段落从第一页开始，到第二页结束。', page: 1 },
  { kind: 'paragraph' as const, text: '第三页的段落。', page: 3 },
];

describe('page starts', () => {
  it('records where each page begins and finds the page of an offset', () => {
    const starts = pageStarts(blocks);
    const text = canonicalText(blocks);
    expect(starts).toEqual([
      { offset: 0, page: 1 },
      { offset: text.indexOf('第三页'), page: 3 },
    ]);
    expect(pageAt(starts, text.indexOf('第二页结束'))).toBe(1);
    expect(pageAt(starts, text.indexOf('第三页') + 2)).toBe(3);
    expect(pageStarts([{ text: 'no pages' }])).toBeUndefined();
  });

  it('cites the page with each quote of a PDF article, and none for other articles', () => {
    const imported = {
      title: '通知',
      byline: null,
      publishedAt: null,
      siteName: null,
      format: 'pdf',
      encoding: 'binary',
      encodingSource: 'utf-8',
      replacedSequences: 0,
      blocks,
      removed: [],
      source: { fileName: 'n.pdf', path: null, byteLength: 1, modifiedAt: null },
      contentHash: 'h',
      bytes: new Uint8Array([1]),
    } satisfies ImportedArticle;
    const { article } = articleFromImport(imported, 'a1', NOW);
    const text = canonicalText(blocks);
    const highlights = [
      highlightOn(text, 'a1', { id: 'h1', from: '第一页开始', to: '第二页结束' }),
      highlightOn(text, 'a1', { id: 'h2', from: '第三页的段落' }),
    ];
    const markdown = articleToMarkdown({ article, highlights, now: NOW });
    expect(markdown).toMatch(/> 第一页开始，到第二页结束\n\n\^gloss-h1\n\nYellow · p\. 1 ·/);
    expect(markdown).toMatch(/> 第三页的段落\n\n\^gloss-h2\n\nYellow · p\. 3 ·/);
    const { article: web } = articleFromImport(
      { ...imported, format: 'html', blocks: blocks.map(({ page: _page, ...b }) => b) },
      'a2',
      NOW,
    );
    expect(articleToMarkdown({ article: web, highlights, now: NOW })).not.toContain('p. ');
  });
});

describe('open original', () => {
  const pdf = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');

  it('opens the original file when it is unchanged, else a copy named by what the bytes are', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-original-'));
    const original = join(dir, 'notice.pdf');
    writeFileSync(original, pdf);
    expect(await originalToOpen(pdf, 'notice.pdf', original, dir)).toBe(original);
    writeFileSync(original, 'changed');
    const copy = await originalToOpen(pdf, 'setup.exe', original, dir);
    expect(copy).toMatch(/gloss-originals[\\/][0-9a-f]{12}[\\/]setup\.pdf$/);
    expect(await originalToOpen(PNG, 'photo.pdf', null, dir)).toBeNull();
  });
});
