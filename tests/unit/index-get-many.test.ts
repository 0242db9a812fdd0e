/**
 * Lookups by content hash (fake-indexeddb): each key finds its record or nothing, in the keys'
 * order, whether the range between the keys is read at once or each key asked for alone.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { GlossDB } from '../../src-renderer/src/db/db';
import type { Article } from '../../src-renderer/src/db/models';
import { indexGetMany } from '../../src-renderer/src/db/index-get-many';

let counter = 0;

async function libraryOf(hashes: string[]): Promise<GlossDB> {
  const database = new GlossDB(`index-get-many-${++counter}`);
  await database.articles.bulkAdd(
    hashes.map(
      (contentHash, i) => ({ id: `a${i}`, contentHash, title: `Title ${contentHash}` }) as unknown as Article,
    ),
  );
  return database;
}

const lookUp = (database: GlossDB, keys: string[]) =>
  database.transaction('r', database.articles, () => indexGetMany(database.articles, 'contentHash', keys));

const hex = (n: number) => n.toString(16).padStart(4, '0');

describe('indexGetMany', () => {
  it('reads a dense range at once and answers each key in order, missing ones undefined', async () => {
    const database = await libraryOf(['b', 'd', 'f', 'h']);
    const found = await lookUp(database, ['h', 'c', 'b', 'f', 'b']);
    expect(found.map((a) => a?.id)).toEqual(['a3', undefined, 'a0', 'a2', 'a0']);
  });

  it('asks for each key alone when the range holds many more records than keys', async () => {
    const all = Array.from({ length: 60 }, (_, i) => hex(i));
    const database = await libraryOf(all);
    // Two keys at the ends of a range of 60 records, and one that is not there.
    const found = await lookUp(database, [hex(59), 'zzzz', hex(0)]);
    expect(found.map((a) => a?.title)).toEqual([`Title ${hex(59)}`, undefined, `Title ${hex(0)}`]);
  });

  it('bounds the range in IndexedDB’s order of UTF-16 code units (astral characters before the last BMP ones)', async () => {
    const keys = ['a', '\u{1F600}', '\uFFFF', '中'];
    const database = await libraryOf(keys);
    const found = await lookUp(database, ['\uFFFF', 'a', '\u{1F600}', '中']);
    expect(found.map((a) => a?.id)).toEqual(['a2', 'a0', 'a1', 'a3']);
  });

  it('answers one key, and none', async () => {
    const database = await libraryOf(['x']);
    expect((await lookUp(database, ['x']))[0]?.id).toBe('a0');
    expect(await lookUp(database, [])).toEqual([]);
  });
});
