/**
 * The person's corrections: edits win over re-extraction (Reopen with encoding) and re-import,
 * appear in the frontmatter, are undoable; "Remove this paragraph" and its undo; the input rules.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { db } from '../../src-renderer/src/db/db';
import { saveImportResults } from '../../src-renderer/src/library/article-store';
import { replaceExtraction } from '../../src-renderer/src/reader/article-content-store';
import {
  editArticleInfo,
  highlightsInBlock,
  removeParagraph,
} from '../../src-renderer/src/reader/article-info-store';
import { undoStack } from '../../src-renderer/src/undo/undo-stack';
import { articleFrontmatter } from '../../src-renderer/src/export/article-markdown';
import { importBytes } from '../../src-main/import/import-file';
import { readInfoInput, stillUnsure, withUserEdits } from '../../src-shared/articles/article-info';
import type { ImportedArticle } from '../../src-main/ipc/contract';
import { undoLabel } from '../../src-renderer/src/undo/undo-label';

const seed = new Uint8Array(readFileSync('tests/fixtures/seed-article.txt'));

function imported(): ImportedArticle {
  const result = importBytes(seed, 'seed-article.txt');
  if (!result.ok) throw new Error(result.error.reason);
  return result.article;
}

async function importSeed(): Promise<string> {
  const summary = await saveImportResults([{ ok: true, article: imported() }]);
  return summary.added[0]?.id ?? summary.duplicates[0].id;
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('edits of article info', () => {
  it('win over Reopen with encoding and over a re-import, and are exported', async () => {
    const id = await importSeed();
    await editArticleInfo(
      id,
      { title: '毕节二十年', publishedAt: '2021-12-30' },
      undoLabel('info.undoLabel'),
    );
    const again = imported();
    expect(again.title).not.toBe('毕节二十年');
    await replaceExtraction(id, again);
    let article = (await db.articles.get(id))!;
    expect(article.title).toBe('毕节二十年');
    expect(article.publishedAt).toBe('2021-12-30');
    // A field the person left alone follows the new extraction.
    expect(article.byline).toBe(again.byline);
    expect(article.userEdits).toEqual({ title: '毕节二十年', publishedAt: '2021-12-30' });

    expect(await importSeed()).toBe(id);
    article = (await db.articles.get(id))!;
    expect(article.title).toBe('毕节二十年');
    const frontmatter = articleFrontmatter(article, '2026-01-01T00:00:00.000Z').join('\n');
    expect(frontmatter).toContain('title: "毕节二十年"');
    expect(frontmatter).toContain('published: "2021-12-30"');
  });

  it('is undone and redone as one step', async () => {
    const id = await importSeed();
    const before = (await db.articles.get(id))!;
    await editArticleInfo(id, { byline: '张三', siteName: '毕节日报' }, undoLabel('info.undoLabel'));
    expect((await db.articles.get(id))!.byline).toBe('张三');
    await undoStack.undo();
    const undone = (await db.articles.get(id))!;
    expect(undone.byline).toBe(before.byline);
    expect(undone.siteName).toBe(before.siteName);
    expect(undone.userEdits ?? {}).toEqual({});
    await undoStack.redo();
    expect((await db.articles.get(id))!.siteName).toBe('毕节日报');
  });
});

describe('Remove this paragraph', () => {
  it('moves the block into the removed text at its place, shifts later highlights, and undoes exactly', async () => {
    const id = await importSeed();
    const content = (await db.contents.get(id))!;
    const index = content.blocks.findIndex((b) => b.text.includes('回望过去'));
    const later = content.blocks[index + 2].text;
    const text = content.blocks.map((b) => b.text).join('\n\n');
    const start = text.indexOf(later);
    const inside = text.indexOf('回望过去');
    const now = new Date().toISOString();
    const highlight = (hid: string, from: number, exact: string) => ({
      id: hid,
      articleId: id,
      color: 'yellow' as const,
      quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector' as const, start: from, end: from + exact.length },
      note: '',
      tags: [],
      date: null,
      createdAt: now,
      updatedAt: now,
    });
    await db.highlights.bulkPut([highlight('h-in', inside, '回望过去'), highlight('h-after', start, later)]);
    expect((await highlightsInBlock(id, index)).map((h) => h.id)).toEqual(['h-in']);

    expect(await removeParagraph(id, index, undoLabel('paragraph.removeUndo'))).toBe(true);
    const after = (await db.contents.get(id))!;
    expect(after.blocks).toHaveLength(content.blocks.length - 1);
    const moved = after.removed.find((r) => r.reason === 'by-person')!;
    expect(moved.text).toBe(content.blocks[index].text);
    expect(moved.beforeBlock).toBe(index);
    const newText = after.blocks.map((b) => b.text).join('\n\n');
    const shifted = (await db.highlights.get('h-after'))!;
    expect(newText.slice(shifted.position.start, shifted.position.end)).toBe(later);
    expect((await db.articles.get(id))!.charCount).toBe(newText.length);

    await undoStack.undo();
    expect((await db.contents.get(id))!).toEqual(content);
    expect((await db.highlights.get('h-after'))!.position.start).toBe(start);
  });
});

describe('input rules', () => {
  it('checks dates and addresses, clears blank fields, never blanks the title', () => {
    expect(readInfoInput('publishedAt', '2022-02-30')).toEqual({ ok: false, problem: 'date' });
    expect(readInfoInput('publishedAt', '2022-01-17')).toEqual({ ok: true, value: '2022-01-17' });
    expect(readInfoInput('sourceUrl', 'javascript:alert(1)')).toEqual({ ok: false, problem: 'url' });
    expect(readInfoInput('byline', '  ')).toEqual({ ok: true, value: null });
    expect(readInfoInput('title', ' ')).toEqual({ ok: false, problem: 'title' });
  });

  it('puts back only the edited fields, and an edited field is no longer unsure', () => {
    expect(withUserEdits({ title: 'a', byline: 'b' }, { byline: null })).toEqual({
      title: 'a',
      byline: null,
    });
    expect(stillUnsure(['title', 'publishedAt'], { title: 'x' })).toEqual(['publishedAt']);
  });
});

describe('database version 3', () => {
  it('gives articles saved before it an empty set of the person’s edits', async () => {
    const { default: Dexie } = await import('dexie');
    const { GlossDB } = await import('../../src-renderer/src/db/db');
    const name = 'article-info-upgrade';
    const old = new Dexie(name);
    old.version(1).stores({ articles: 'id, &contentHash, importedAt, title, publishedAt, *tags' });
    await old
      .table('articles')
      .add({ id: 'a1', contentHash: 'h', importedAt: '2020-01-01', title: 'T', tags: [] });
    old.close();
    const upgraded = new GlossDB(name);
    expect((await upgraded.articles.get('a1'))?.userEdits).toEqual({});
    upgraded.close();
  });
});
