/**
 * The library's articles by content hash as the window holds them (articles-by-hash.ts), followed
 * through Dexie's change notices on a real database (fake-indexeddb): the answer is never older
 * than the last commit — a deleted article is not named, a new title is — a write that names no
 * keys sends the caller to the database until the table is read again, and saving files
 * recognized by their hash names them from it without reading the articles.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { BatchResult } from '../../src-main/ipc/contract';
import { GlossDB } from '../../src-renderer/src/db/db';
import { ArticlesByHash } from '../../src-renderer/src/import/articles-by-hash';
import { changedKeys } from '../../src-renderer/src/library/live-rows';
import { saveImportResults } from '../../src-renderer/src/library/article-store';
import { articleRecord } from './support/article-record';

let counter = 0;
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** A fresh database, its ArticlesByHash told of its commits, and how many records it read. */
function held(articles = 3) {
  const database = new GlossDB(`articles-by-hash-${++counter}`);
  const reads = { whole: 0, ids: 0 };
  const byHash = new ArticlesByHash({
    readAll: () => (reads.whole++, database.articles.toArray()),
    readIds: (ids) => ((reads.ids += ids.length), database.articles.bulkGet(ids)),
  });
  const listener = (parts: Parameters<typeof changedKeys>[0][number]) =>
    byHash.noteChanged(changedKeys([parts], database.name, 'articles'));
  Dexie.on('storagemutated', listener);
  stops.push(() => Dexie.on('storagemutated').unsubscribe(listener));
  const records = Array.from({ length: articles }, (_, i) =>
    articleRecord(`a${i}`, { title: `Article ${i}`, contentHash: `hash-${i}` }),
  );
  return { database, byHash, reads, records };
}

const known = (hash: string, fileName = `${hash}.txt`): BatchResult => ({
  ok: 'known',
  known: { contentHash: hash, fileName, path: `/files/${fileName}` },
});

describe('articles by hash, held in the window', () => {
  it('answers null until the table is read whole, then names each hash’s article', async () => {
    const { database, byHash, records } = held();
    await database.articles.bulkAdd(records);
    expect(await byHash.find(['hash-0'])).toBeNull();
    await byHash.load();
    const found = await byHash.find(['hash-2', 'hash-0', 'unknown']);
    expect([...found!].map(([hash, a]) => [hash, a.id, a.title])).toEqual([
      ['hash-2', 'a2', 'Article 2'],
      ['hash-0', 'a0', 'Article 0'],
    ]);
  });

  it('never names an article deleted or renamed since, without being asked to refresh', async () => {
    const { database, byHash, records, reads } = held();
    await database.articles.bulkAdd(records);
    await byHash.load();
    await database.articles.delete('a1');
    await database.articles.update('a2', { title: 'Renamed' });
    const found = await byHash.find(['hash-0', 'hash-1', 'hash-2']);
    expect([...found!.values()].map((a) => `${a.id} ${a.title}`)).toEqual(['a0 Article 0', 'a2 Renamed']);
    // Only the two changed articles were read again.
    expect(reads).toEqual({ whole: 1, ids: 2 });
    // A hash that moved to another article is named by the new one.
    await database.transaction('rw', database.articles, async () => {
      await database.articles.delete('a0');
      await database.articles.add(articleRecord('b0', { title: 'Again', contentHash: 'hash-0' }));
    });
    expect((await byHash.find(['hash-0']))?.get('hash-0')?.id).toBe('b0');
  });

  it('after a write that names no keys, answers null until read whole again', async () => {
    const { database, byHash, records, reads } = held(60);
    await byHash.load();
    // Dexie names no keys for a write of 50 records or more.
    await database.articles.bulkAdd(records);
    expect(await byHash.find(['hash-5'])).toBeNull();
    await byHash.refresh();
    expect((await byHash.find(['hash-5']))?.get('hash-5')?.title).toBe('Article 5');
    expect(reads.whole).toBe(2);
  });

  it('reads again what changed while the table was being read whole', async () => {
    const { database, byHash, records } = held();
    await database.articles.bulkAdd(records);
    const loading = byHash.load();
    await database.articles.update('a0', { title: 'Changed meanwhile' });
    await loading;
    expect((await byHash.find(['hash-0']))?.get('hash-0')?.title).toBe('Changed meanwhile');
  });

  it('names re-imported files from it when saving, and the deleted one as deleted', async () => {
    const { database, byHash, records } = held();
    await database.articles.bulkAdd(records);
    await byHash.load();
    await database.articles.delete('a1');
    const summary = await saveImportResults([known('hash-0', 'zero.txt'), known('hash-1', 'one.txt')], {
      database,
      knownArticles: byHash,
    });
    expect(summary.duplicates).toEqual([{ id: 'a0', title: 'Article 0', fileName: 'zero.txt' }]);
    expect(summary.failed.map((f) => [f.fileName, f.kind])).toEqual([['one.txt', 'deleted-meanwhile']]);
  });

  it('saving reads the database itself when the articles are not held, in a transaction Dexie opened', async () => {
    const { database, records } = held();
    await database.articles.bulkAdd(records);
    const opened: string[][] = [];
    database.use({
      stack: 'dbcore',
      name: 'record-transactions',
      create: (down) => ({
        ...down,
        transaction: (stores, mode, options) => {
          opened.push([mode, ...stores]);
          return down.transaction(stores, mode, options);
        },
      }),
    });
    database.close();
    await database.open();
    const unheld = new ArticlesByHash({ readAll: async () => [], readIds: async () => [] });
    const summary = await saveImportResults([known('hash-2')], { database, knownArticles: unheld });
    expect(summary.duplicates.map((d) => d.id)).toEqual(['a2']);
    expect(opened).toContainEqual(['readonly', 'articles']);
  });
});
