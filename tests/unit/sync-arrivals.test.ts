/**
 * The applier takes what the replicator just wrote into the mirror as it came (arrivals.ts)
 * instead of reading it back, and still reads the mirror whenever it must: a batch that does
 * not start where the applier is, or a document with a second current version — also when that
 * version came in before the batch, where reading the mirror skipped it.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { applyMirrorChanges } from '../../src-renderer/src/sync/apply';
import { pushOutbox } from '../../src-renderer/src/sync/push';
import { SEQ_STATE } from '../../src-renderer/src/sync/sync-state';
import { bulkGetPresent } from '../../src-renderer/src/sync/present-rows';
import { writeOwn } from '../../src-renderer/src/sync/arrivals';
import { isRecordDocId, mirrorSeq } from '../../src-renderer/src/sync/mirror';
import type { MirrorDb } from '../../src-renderer/src/sync/mirror';
import { openReplica } from '../support/sync-replicas';
import { useSyncServer } from './support/sync-server-hooks';
import { highlightRecord } from './support/highlight-record';
import { sendLibrary } from './support/sent-library';

const testServer = useSyncServer();
let dbCount = 0;

/** Counts the documents the applier reads from the mirror's changes (the replicator reads no documents). */
function countApplierReads(mirror: MirrorDb): { docs: number } {
  const counted = { docs: 0 };
  const changes = mirror.changes.bind(mirror) as (options: object) => Promise<{ results: unknown[] }>;
  (mirror as unknown as { changes: unknown }).changes = (options: { include_docs?: boolean }) => {
    const feed = changes(options);
    if (options?.include_docs) void feed.then((answer) => (counted.docs += answer.results.length));
    return feed;
  };
  return counted;
}

const sentLibrary = (database: string) => sendLibrary(testServer(), database, 5);

describe('what the replicator wrote into the mirror', () => {
  it('reaches the library without being read back from the mirror', async () => {
    await sentLibrary(`arrivals${++dbCount}`);
    const b = await openReplica(testServer(), `arrivals${dbCount}`, 'correct horse');
    const reads = countApplierReads(b.mirror);
    await b.sync();
    expect(await b.db.highlights.count()).toBe(50);
    expect(await b.db.articles.count()).toBe(5);
    expect(reads.docs).toBe(0);
  });

  it('is read from the mirror only up to where the batch starts, when the applier is behind it', async () => {
    await sentLibrary(`arrivals${++dbCount}`);
    const b = await openReplica(testServer(), `arrivals${dbCount}`, 'correct horse');
    const reads = countApplierReads(b.mirror);
    // One revision of B's own in the mirror before the batch, not yet read by the applier.
    await b.db.highlights.put(highlightRecord('made-on-b', 'a0'));
    await pushOutbox(b.db, b.mirror, b.keys, { includeOriginals: true });
    await b.db.syncState.put({ id: SEQ_STATE, seq: 0 });
    await b.mirror.replicate.from(b.remote);
    while ((await applyMirrorChanges(b.db, b.mirror, b.keys)).read > 0);
    expect(await b.db.highlights.count()).toBe(51);
    expect(reads.docs).toBe(1);
  });
});

/** The mirror document `replica` wrote for its one changed record, with its revision history. */
async function editedDoc(replica: Awaited<ReturnType<typeof openReplica>>, note: string): Promise<object> {
  const since = await mirrorSeq(replica.mirror);
  await replica.db.highlights.update('h0-0', { note, updatedAt: new Date().toISOString() });
  await pushOutbox(replica.db, replica.mirror, replica.keys, { includeOriginals: true });
  const changed = (await replica.mirror.changes({ since })).results.filter((c) => isRecordDocId(c.id));
  expect(changed).toHaveLength(1);
  return replica.mirror.get(changed[0].id, { revs: true });
}

describe('a second current version that came before the batch', () => {
  it('is merged, not passed over for the batch’s version', async () => {
    await sentLibrary(`arrivals${++dbCount}`);
    const [b, x, y] = [
      await openReplica(testServer(), `arrivals${dbCount}`, 'correct horse'),
      await openReplica(testServer(), `arrivals${dbCount}`, 'correct horse'),
      await openReplica(testServer(), `arrivals${dbCount}`, 'correct horse'),
    ];
    for (const replica of [b, x, y]) await replica.sync();
    // X and Y each edit the same note apart: two revisions with the same parent.
    const fromX = await editedDoc(x, 'seen from X');
    const fromY = await editedDoc(y, 'seen from Y');
    // X's reaches B's mirror unkept (as after a restart), then another record, then Y's as a
    // batch the replicator kept. Reading the mirror one change at a time, the applier's first
    // read skips X's (the document's latest change is Y's) and stops where Y's batch starts.
    await writeOwn(b.mirror, [fromX], { new_edits: false });
    await b.db.highlights.update('h1-0', { color: 'pink' });
    await pushOutbox(b.db, b.mirror, b.keys, { includeOriginals: true });
    await b.mirror.bulkDocs([fromY], { new_edits: false });
    while ((await applyMirrorChanges(b.db, b.mirror, b.keys, 1)).read > 0);
    const note = (await b.db.highlights.get('h0-0'))?.note ?? '';
    expect(note).toContain('seen from X');
    expect(note).toContain('seen from Y');
  });
});

describe('a bulk read of the keys that are there', () => {
  class Rows extends Dexie {
    rows!: Dexie.Table<{ id: string; n: number }, string>;
    constructor() {
      super(`present-rows-${++dbCount}`);
      this.version(1).stores({ rows: 'id' });
    }
  }

  it('answers as a bulk read does: found, missing, and keys among many others', async () => {
    const db = new Rows();
    await db.rows.bulkPut(
      Array.from({ length: 50 }, (_, n) => ({ id: `k${String(n).padStart(2, '0')}`, n })),
    );
    for (const keys of [
      ['x1', 'x2'],
      ['k03', 'x1', 'k07'],
      ['k49', 'k00'],
      ['k10', 'k12', 'k40', 'zz'],
    ]) {
      expect(await bulkGetPresent(db.rows, keys)).toEqual(await db.rows.bulkGet(keys));
    }
    expect(await bulkGetPresent(db.rows, [])).toEqual([]);
  });
});
