/** Saving imports in the database (fake-indexeddb): dedupe by content, failures never stored, undoable deletion. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GlossDB } from '../../src-renderer/src/db/db';
import {
  deleteArticle,
  restoreDeletedArticle,
  saveImportResults,
} from '../../src-renderer/src/library/article-store';
import { importBytes } from '../../src-main/import/import-file';
import { highlightRecord } from './support/highlight-record';

const seed = new Uint8Array(readFileSync('tests/fixtures/seed-article.txt'));
let counter = 0;
const freshDb = () => new GlossDB(`article-store-${++counter}`);

describe('saving imported articles', () => {
  it('stores an article with its text and original bytes', async () => {
    const database = freshDb();
    const summary = await saveImportResults([importBytes(seed, 'seed-article.txt')], { database });
    expect(summary.added).toHaveLength(1);
    const id = summary.added[0].id;
    const article = await database.articles.get(id);
    expect(article?.source.fileName).toBe('seed-article.txt');
    expect(article?.charCount).toBeGreaterThan(1000);
    expect((await database.contents.get(id))?.blocks.length).toBeGreaterThan(10);
    expect(Array.from((await database.sources.get(id))!.bytes)).toEqual(Array.from(seed));
  });

  it('keeps one article when the same file is imported twice, in one batch or two', async () => {
    const database = freshDb();
    const first = await saveImportResults([importBytes(seed, 'a.txt'), importBytes(seed, 'copy-of-a.txt')], {
      database,
    });
    expect(first.added).toHaveLength(1);
    expect(first.duplicates.map((d) => d.fileName)).toEqual(['copy-of-a.txt']);
    const second = await saveImportResults([importBytes(seed, 'a.txt')], { database });
    expect(second.added).toHaveLength(0);
    expect(second.duplicates[0].id).toBe(first.added[0].id);
    expect(await database.articles.count()).toBe(1);
    expect(await database.sources.count()).toBe(1);
    expect(await database.contents.count()).toBe(1);
  });

  it('gives articles ids that increase in the order they were saved, so the database appends them', async () => {
    const database = freshDb();
    const utf8 = (text: string) => new TextEncoder().encode(text);
    const results = Array.from({ length: 30 }, (_, i) =>
      importBytes(utf8(`第${i}篇\n\n正文${i}。\n`), `${i}.txt`),
    );
    const first = await saveImportResults(results.slice(0, 20), { database });
    const second = await saveImportResults(results.slice(20), { database });
    const ids = [...first.added, ...second.added].map((a) => a.id);
    expect(ids).toHaveLength(30);
    expect([...ids].sort()).toEqual(ids);
    expect(await database.articles.toCollection().primaryKeys()).toEqual(ids);
  });

  it('stops a long save at its next transaction once cancelled, keeping each whole transaction', async () => {
    const database = freshDb();
    const utf8 = (text: string) => new TextEncoder().encode(text);
    const results = Array.from({ length: 250 }, (_, i) =>
      importBytes(utf8(`第${i}篇\n\n正文${i}。\n`), `${i}.txt`),
    );
    let cancelled = false;
    const summary = await saveImportResults(results, {
      database,
      onProgress: (done) => (cancelled = done >= 100),
      stopped: () => cancelled,
    });
    // One transaction of 100 was saved before Cancel; the other 150 never started.
    expect(summary.added).toHaveLength(100);
    expect(await database.articles.count()).toBe(100);
    expect(await database.contents.count()).toBe(100);
    expect(await database.sources.count()).toBe(100);
  });

  it('stores nothing for a file that failed', async () => {
    const database = freshDb();
    const failed = importBytes(new Uint8Array([0, 1, 2, 0, 0, 3, 4, 0, 0, 0]), 'binary.txt');
    const summary = await saveImportResults([failed], { database });
    expect(summary.failed).toEqual([
      expect.objectContaining({
        fileName: 'binary.txt',
        path: null,
        reason: expect.stringMatching(/binary/),
      }),
    ]);
    expect(await database.articles.count()).toBe(0);
    expect(await database.sources.count()).toBe(0);
    expect(await database.contents.count()).toBe(0);
  });

  it('leaves no half-written article when a write fails', async () => {
    const database = freshDb();
    const good = importBytes(seed, 'seed.txt');
    if (!good.ok) throw new Error('seed must import');
    // A value IndexedDB cannot store makes the transaction fail after the article row is added.
    const poisoned = {
      ...good,
      article: { ...good.article, bytes: (() => undefined) as unknown as Uint8Array },
    };
    await expect(saveImportResults([poisoned], { database })).rejects.toThrow();
    expect(await database.articles.count()).toBe(0);
    expect(await database.contents.count()).toBe(0);
  });

  it('deletes an article with everything that hangs off it, and undo brings all back', async () => {
    const database = freshDb();
    const { added } = await saveImportResults([importBytes(seed, 'seed.txt')], { database });
    const id = added[0].id;
    await database.highlights.add(highlightRecord('h1', id));
    const deleted = await deleteArticle(id, database);
    expect(await database.articles.count()).toBe(0);
    expect(await database.highlights.count()).toBe(0);
    expect(await database.sources.count()).toBe(0);
    await restoreDeletedArticle(deleted!, database);
    expect(await database.articles.get(id)).toEqual(deleted!.article);
    expect(await database.highlights.get('h1')).toBeTruthy();
    expect(await database.contents.get(id)).toEqual(deleted!.content);
  });
});
