/**
 * The search index applies its change journal in order, a slice at a time, and can pause between
 * slices (for an import): what it applied is searchable, what it left is applied by the next
 * call, and a crash after a paused apply replays the rest at the next start.
 */
import './support/renderer-globals';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src-renderer/src/db/db';
import { saveImportResults } from '../../src-renderer/src/library/article-store';
import { IndexKeeper } from '../../src-renderer/src/search/index-keeper';
import { importBytes } from '../../src-main/import/import-file';

const utf8 = (text: string) => new TextEncoder().encode(text);
const found = (keeper: IndexKeeper, query: string) => keeper.engine.search(query).articles.length;

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function importThree(): Promise<void> {
  // Three saves: each article and its text are two journal entries.
  await saveImportResults([importBytes(utf8('甲文\n\n第一篇讲铁路。\n'), 'a.txt')]);
  await saveImportResults([importBytes(utf8('乙文\n\n第二篇讲公路。\n'), 'b.txt')]);
  await saveImportResults([importBytes(utf8('丙文\n\n第三篇讲水路。\n'), 'c.txt')]);
}

describe('applying the journal in slices', () => {
  it('pauses between slices when asked, in journal order, and finishes on the next call', async () => {
    const keeper = new IndexKeeper(db, undefined, 500, 2);
    await keeper.start();
    await importThree();
    let asked = 0;
    const applied = await keeper.applyJournal(() => ++asked > 0);
    expect(applied).toBe(2);
    expect([found(keeper, '铁路'), found(keeper, '公路'), found(keeper, '水路')]).toEqual([1, 0, 0]);
    expect(await keeper.applyJournal()).toBe(4);
    expect([found(keeper, '铁路'), found(keeper, '公路'), found(keeper, '水路')]).toEqual([1, 1, 1]);
    expect(await keeper.applyJournal()).toBe(0);
  });

  it('applies every slice when nothing asks it to pause', async () => {
    const keeper = new IndexKeeper(db, undefined, 500, 2);
    await keeper.start();
    await importThree();
    expect(await keeper.applyJournal()).toBe(6);
    expect([found(keeper, '铁路'), found(keeper, '公路'), found(keeper, '水路')]).toEqual([1, 1, 1]);
  });

  it('a paused apply followed by a crash loses nothing: the next start replays the rest', async () => {
    const first = new IndexKeeper(db, undefined, 500, 2);
    await first.start();
    await first.store(true);
    await importThree();
    await first.applyJournal(() => true);
    // The window closes here: nothing more is applied or stored.
    const next = new IndexKeeper(db, undefined, 500, 2);
    await next.start();
    expect([found(next, '铁路'), found(next, '公路'), found(next, '水路')]).toEqual([1, 1, 1]);
  });
});
