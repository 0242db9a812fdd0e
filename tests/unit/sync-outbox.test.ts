/** The outbox: every change recorded in the change's own transaction; server changes never echo. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { GlossDB } from '../../src-renderer/src/db/db';
import { markRemoteApply } from '../../src-renderer/src/sync/outbox';

let count = 0;
const fresh = () => new GlossDB(`sync-outbox-${++count}`);
const tag = (name: string) => ({ name, color: '#000', hotkey: null, createdAt: 'now' });

describe('the sync outbox', () => {
  it('records puts, deletes and range deletes, once per record, with a newer stamp each time', async () => {
    const db = fresh();
    await db.tags.put(tag('a'));
    const first = (await db.syncOutbox.toArray())[0];
    await db.tags.put({ ...tag('a'), color: '#fff' });
    await db.tags.bulkPut([tag('b'), tag('c')]);
    const entries = await db.syncOutbox.toArray();
    expect(entries.map((e) => e.key).sort()).toEqual(['a', 'b', 'c']);
    expect(entries.find((e) => e.key === 'a')!.stamp > first.stamp).toBe(true);
    await db.syncOutbox.clear();
    await db.tags.where('name').startsWith('b').delete();
    await db.tags.clear();
    expect((await db.syncOutbox.toArray()).map((e) => e.key).sort()).toEqual(['a', 'b', 'c']);
  });

  it('records only the settings that belong to the library', async () => {
    const db = fresh();
    await db.settings.put({ key: 'theme', value: 'dark' });
    await db.settings.put({ key: 'colorLabels', value: { yellow: 'Key' } });
    expect((await db.syncOutbox.toArray()).map((e) => e.key)).toEqual(['colorLabels']);
  });

  it('loses the entry with the change when the transaction fails', async () => {
    const db = fresh();
    await expect(
      db.transaction('rw', db.tags, async () => {
        await db.tags.put(tag('a'));
        throw new Error('crash in the middle');
      }),
    ).rejects.toThrow('crash');
    expect(await db.tags.count()).toBe(0);
    expect(await db.syncOutbox.count()).toBe(0);
  });

  it('records nothing for changes applied from the server', async () => {
    const db = fresh();
    await db.transaction('rw', db.tags, db.highlights, async () => {
      markRemoteApply(Dexie.currentTransaction.idbtrans);
      await db.tags.put(tag('from-server'));
    });
    expect(await db.tags.count()).toBe(1);
    expect(await db.syncOutbox.count()).toBe(0);
  });
});
