/**
 * The integrity check at start, on a library a crash left inconsistent: text restored from the
 * kept bytes, an article with neither kept and named, leftovers of deleted articles removed and
 * counted, highlights of deleted articles set aside whole — nothing dropped silently.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src-main/import/import-file';
import { GlossDB } from '../../src-renderer/src/db/db';
import { checkIntegrity, needsTelling, QUARANTINE_KEY } from '../../src-renderer/src/db/integrity';
import { saveImportResults } from '../../src-renderer/src/library/article-store';
import type { Highlight } from '../../src-renderer/src/db/models';

const seed = new Uint8Array(readFileSync(join(__dirname, '../fixtures/seed-article.txt')));
const note = (text: string) => new TextEncoder().encode(`Note ${text}\n\nSome text of the note ${text}.`);

describe('checkIntegrity', () => {
  it('repairs or sets aside what a crash left, and says so', async () => {
    const database = new GlossDB('integrity-1');
    const saved = await saveImportResults(
      [importBytes(seed, 'seed.txt'), importBytes(note('a'), 'a.txt'), importBytes(note('b'), 'b.txt')],
      { database },
    );
    const [seedId, aId, bId] = saved.added.map((a) => a.id);
    // The crash: a's text lost (its bytes kept), b's text and bytes lost, a deleted article's
    // leftovers and its highlight still there.
    await database.contents.bulkDelete([aId, bId]);
    await database.sources.delete(bId);
    await database.contents.put({
      articleId: 'gone',
      blocks: [{ kind: 'paragraph', text: 'x' }],
      removed: [],
    });
    const orphan = {
      id: 'h-orphan',
      articleId: 'gone',
      color: 'yellow',
      quote: { exact: 'x', prefix: '', suffix: '' },
      position: { start: 0, end: 1 },
      note: 'my note',
      tags: [],
      date: null,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    } as unknown as Highlight;
    await database.highlights.put(orphan);

    const reextract = async (bytes: Uint8Array, fileName: string, encoding: string) =>
      importBytes(bytes, fileName, { encoding });
    const bTitle = (await database.articles.get(bId))!.title;
    const report = await checkIntegrity(database, reextract);
    expect(report).toEqual({
      articles: 3,
      restoredText: 1,
      unreadable: [bTitle],
      removedLeftovers: 1,
      quarantinedHighlights: 1,
    });
    expect(needsTelling(report)).toBe(true);
    expect((await database.contents.get(aId))?.blocks.map((b) => b.text)).toContain(
      'Some text of the note a.',
    );
    expect(await database.articles.get(bId)).toBeDefined();
    expect(await database.contents.get('gone')).toBeUndefined();
    expect(await database.highlights.get('h-orphan')).toBeUndefined();
    expect((await database.settings.get(QUARANTINE_KEY))?.value).toEqual([orphan]);
    expect((await database.contents.get(seedId))?.blocks.length).toBeGreaterThan(10);

    // A second start finds nothing more to do.
    const again = await checkIntegrity(database, reextract);
    expect(needsTelling({ ...again, unreadable: [] })).toBe(false);
  });
});
