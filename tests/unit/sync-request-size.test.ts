/** Replication requests stay under the size the main process carries, however large the batch. */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { splitBySize } from '../../src-shared/sync/byte-batches';
import { startSyncServer, type SyncTestServer } from '../support/sync-server';
import { openReplica } from '../support/sync-replicas';
import { articleRecord } from './support/article-record';
import { isRecordDocId } from '../../src-renderer/src/sync/mirror';
import { decodeRecord } from '../../src-renderer/src/sync/sync-doc';
import { limitRequestSize } from '../../src-renderer/src/sync/request-size';

let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.close();
});

describe('splitBySize', () => {
  it('keeps groups under the limit, in order, and gives an item above it a group of its own', () => {
    expect(splitBySize([3, 4, 2, 9, 1, 1], (n) => n, 6)).toEqual([[3], [4, 2], [9], [1, 1]]);
    expect(splitBySize([], (n: number) => n, 6)).toEqual([]);
  });
});

describe('limitRequestSize', () => {
  it('changes the database it is given and hands nothing back to be used instead', () => {
    expectTypeOf(limitRequestSize).returns.toBeVoid();
  });
});

describe('a replication batch of originals', () => {
  it('is sent in several requests when it is larger than the limit, each under it, and all arrive', async () => {
    const limit = 256 * 1024;
    const bodies: number[] = [];
    const a = await openReplica(server, 'originals', 'correct horse', {
      maxRequestBytes: limit,
      onRequest: (url, options) => {
        if (url.includes('_bulk_docs')) bodies.push(String(options.body).length);
      },
    });
    // Twelve originals of 64 KB (about 1 MB once sealed and in base64): one replication batch.
    const originals = Array.from({ length: 12 }, () => crypto.getRandomValues(new Uint8Array(65_536)));
    await a.db.transaction('rw', a.db.articles, a.db.sources, async () => {
      for (const [i, bytes] of originals.entries()) {
        await a.db.articles.put(articleRecord(`a${i}`, { importedAt: '2026-01-01T00:00:00.000Z' }));
        await a.db.sources.put({ articleId: `a${i}`, fileName: `file-${i}.txt`, bytes });
      }
    });
    await a.sync();
    expect(bodies.length).toBeGreaterThan(1);
    expect(Math.max(...bodies)).toBeLessThanOrEqual(limit);

    // Every original is on the server whole (read back and opened with the key; a second
    // replica cannot receive attachments here: the in-memory mirror takes no Blob in Node).
    const received = new Map<string, unknown>();
    for (const doc of (await server.allDocs('originals')) as { _id: string }[]) {
      if (!isRecordDocId(doc._id)) continue;
      const record = await decodeRecord(a.keys, doc as never);
      if (record.table === 'sources') received.set(record.key, record.fields.bytes);
    }
    expect(received.size).toBe(originals.length);
    for (const [i, bytes] of originals.entries()) expect(received.get(`a${i}`)).toEqual(bytes);
  });
});
