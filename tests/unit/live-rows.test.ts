/**
 * The library list's live copy of the articles table: read whole once, then only the records
 * Dexie's change notices name are read again and merged, in key order, equal at every step to
 * reading the whole table; a change the notices do not name key by key reads everything again.
 */
import 'fake-indexeddb/auto';
import Dexie, { type ObservabilitySet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changedKeys, liveRows } from '../../src-renderer/src/library/live-rows';
import { watchTables } from '../../src-renderer/src/library/throttled-live-query';

interface Row {
  id: string;
  title: string;
}

let database: Dexie;
let notices: ObservabilitySet[] = [];
const listen = (parts: ObservabilitySet) => void notices.push(parts);

beforeEach(async () => {
  database = new Dexie(`rows-${Math.random()}`);
  database.version(1).stores({ articles: 'id, title', tags: 'name' });
  await database.open();
  notices = [];
  Dexie.on('storagemutated', listen);
});
afterEach(() => {
  Dexie.on('storagemutated').unsubscribe(listen);
  database.close();
});

const articles = () => database.table<Row, string>('articles');
const settleNotices = () => new Promise((resolve) => setTimeout(resolve, 10));

/** liveRows over the articles table, reading changed keys with `readKeys`, counting whole reads. */
function articleRows(readKeys: (keys: string[]) => Promise<(Row | undefined)[]>) {
  const reads = { whole: 0 };
  const query = liveRows<Row>({
    dbName: database.name,
    table: 'articles',
    readAll: () => {
      reads.whole++;
      return articles().toArray();
    },
    readKeys,
    keyOf: (row) => row.id,
  });
  return { query, reads };
}

describe('changedKeys', () => {
  it('names the keys added, changed and deleted; nothing for other tables', async () => {
    await articles().bulkAdd([
      { id: 'b', title: 'B' },
      { id: 'a', title: 'A' },
    ]);
    await articles().update('a', { title: 'A2' });
    await articles().delete('b');
    await database.table('tags').add({ name: 'x' });
    await settleNotices();
    expect(changedKeys(notices, database.name, 'articles')?.sort()).toEqual(['a', 'b']);
    expect(changedKeys(notices.slice(-1), database.name, 'articles')).toEqual([]);
  });

  it('gives up (read everything) on a cleared table, a change to everything, or too many keys', async () => {
    await articles().bulkAdd([
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B' },
      { id: 'c', title: 'C' },
    ]);
    await settleNotices();
    expect(changedKeys(notices, database.name, 'articles', 2)).toBeNull();
    notices = [];
    await articles().clear();
    await settleNotices();
    expect(changedKeys(notices, database.name, 'articles')).toBeNull();
    expect(changedKeys([{ all: {} } as unknown as ObservabilitySet], database.name, 'articles')).toBeNull();
  });
});

describe('liveRows', () => {
  it('reads the whole table once, then only what changed, equal to a whole read at every step', async () => {
    await articles().bulkAdd([
      { id: 'm', title: 'M' },
      { id: 'c', title: 'C' },
    ]);
    const keyReads: string[][] = [];
    const { query, reads } = articleRows((keys) => {
      keyReads.push([...keys].sort());
      return articles().bulkGet(keys);
    });
    const seen: Row[][] = [];
    const subscription = watchTables(database.name, ['articles'], query, 0).subscribe((rows) =>
      seen.push(rows),
    );
    const until = async (length: number) => {
      while (seen.length < length) await new Promise((resolve) => setTimeout(resolve, 5));
    };
    const expectWhole = async () => expect(seen[seen.length - 1]).toEqual(await articles().toArray());

    await until(1);
    await expectWhole();
    await articles().bulkAdd([
      { id: 'z', title: 'Z' },
      { id: 'a', title: 'A' },
    ]);
    await until(2);
    await expectWhole();
    await articles().update('c', { title: 'C2' });
    await until(3);
    await expectWhole();
    await articles().delete('m');
    await until(4);
    await expectWhole();
    expect(reads.whole).toBe(1);
    expect(keyReads).toEqual([['a', 'z'], ['c'], ['m']]);

    await articles().clear();
    await articles().add({ id: 'q', title: 'Q' });
    while ((seen[seen.length - 1] ?? []).map((r) => r.id).join() !== 'q')
      await new Promise((resolve) => setTimeout(resolve, 5));
    await expectWhole();
    expect(reads.whole).toBeGreaterThan(1);
    subscription.unsubscribe();
  });

  it('reads everything again after a failed run', async () => {
    await articles().add({ id: 'a', title: 'A' });
    let failNext = false;
    const { query, reads } = articleRows((keys) => {
      if (failNext) {
        failNext = false;
        return Promise.reject(new Error('read failed'));
      }
      return articles().bulkGet(keys);
    });
    expect(await query(null)).toEqual([{ id: 'a', title: 'A' }]);
    await articles().add({ id: 'b', title: 'B' });
    await settleNotices();
    failNext = true;
    await expect(query(notices)).rejects.toThrow('read failed');
    // watchTables passes null after a failure: everything is read.
    expect(await query(null)).toEqual(await articles().toArray());
    expect(reads.whole).toBe(2);
  });
});
