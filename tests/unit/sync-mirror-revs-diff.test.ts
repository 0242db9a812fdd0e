/**
 * The mirror's "which revisions are missing" in one read: the same answers as PouchDB's own,
 * without its read per document for documents it lacks or holds at the revision asked.
 */
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import { describe, expect, it } from 'vitest';
import { batchRevsDiff } from '../../src-renderer/src/sync/mirror-revs-diff';

PouchDB.plugin(memoryAdapter);
let count = 0;

async function mirrorWithDocs() {
  const db = new PouchDB(`revs-diff-${++count}`, { adapter: 'memory' });
  await db.bulkDocs(
    [
      { _id: 'one', _rev: '1-a', _revisions: { start: 1, ids: ['a'] } },
      { _id: 'two', _rev: '2-b', _revisions: { start: 2, ids: ['b', 'a'] } },
      { _id: 'split', _rev: '1-x', _revisions: { start: 1, ids: ['x'] } },
      { _id: 'split', _rev: '1-y', _revisions: { start: 1, ids: ['y'] } },
      { _id: 'gone', _rev: '2-d', _deleted: true, _revisions: { start: 2, ids: ['d', 'c'] } },
    ] as never[],
    { new_edits: false } as never,
  );
  return db;
}

const request = {
  absent: ['1-q', '2-r'],
  one: ['1-a'],
  two: ['1-a', '2-b', '3-z'],
  split: ['1-x', '1-y', '2-w'],
  gone: ['2-d'],
  other: ['1-a'],
};

describe("the mirror's missing revisions", () => {
  it("answers as PouchDB's own revsDiff does", async () => {
    const plain = await mirrorWithDocs();
    const batched = await mirrorWithDocs();
    batchRevsDiff(batched);
    expect(await batched.revsDiff(request)).toEqual(await plain.revsDiff(request));
  });

  it('reads no document one by one when each is absent or at the revision asked', async () => {
    const db = await mirrorWithDocs();
    batchRevsDiff(db);
    let oneByOne = 0;
    const target = db as unknown as { _getRevisionTree: (...args: unknown[]) => unknown };
    const read = target._getRevisionTree.bind(db);
    target._getRevisionTree = (...args: unknown[]) => {
      oneByOne++;
      return read(...args);
    };
    expect(await db.revsDiff({ absent: ['1-q'], one: ['1-a'], gone: ['2-d'] })).toEqual({
      absent: { missing: ['1-q'] },
    });
    expect(oneByOne).toBe(0);
    await db.revsDiff({ two: ['1-a'] });
    expect(oneByOne).toBe(1);
  });
});
