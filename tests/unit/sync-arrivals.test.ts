/**
 * The applier takes what the replicator just wrote into the mirror as it came (arrivals.ts)
 * instead of reading it back, and still reads the mirror whenever it must: a batch that does
 * not start where the applier is, or a document with a second current version.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMirrorChanges } from '../../src-renderer/src/sync/apply';
import { pushOutbox } from '../../src-renderer/src/sync/push';
import { SEQ_STATE } from '../../src-renderer/src/sync/sync-state';
import { bulkGetPresent } from '../../src-renderer/src/sync/present-rows';
import type { MirrorDb } from '../../src-renderer/src/sync/mirror';
import { startSyncServer, type SyncTestServer } from '../support/sync-server';
import { openReplica } from '../support/sync-replicas';
import { articleRecord } from './support/article-record';
import { highlightRecord } from './support/highlight-record';

let server: SyncTestServer;
let dbCount = 0;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.close();
});

const now = '2026-01-01T00:00:00.000Z';

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

async function sentLibrary(name: string) {
  const a = await openReplica(server, name, 'correct horse');
  await a.db.transaction('rw', a.db.articles, a.db.highlights, async () => {
    for (let i = 0; i < 5; i++) {
      await a.db.articles.put(articleRecord(`a${i}`, { importedAt: now }));
      for (let j = 0; j < 10; j++) await a.db.highlights.put(highlightRecord(`h${i}-${j}`, `a${i}`));
    }
  });
  await a.sync();
  return a;
}

describe('what the replicator wrote into the mirror', () => {
  it('reaches the library without being read back from the mirror', async () => {
    await sentLibrary(`arrivals${++dbCount}`);
    const b = await openReplica(server, `arrivals${dbCount}`, 'correct horse');
    const reads = countApplierReads(b.mirror);
    await b.sync();
    expect(await b.db.highlights.count()).toBe(50);
    expect(await b.db.articles.count()).toBe(5);
    expect(reads.docs).toBe(0);
  });

  it('is read from the mirror only up to where the batch starts, when the applier is behind it', async () => {
    await sentLibrary(`arrivals${++dbCount}`);
    const b = await openReplica(server, `arrivals${dbCount}`, 'correct horse');
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
