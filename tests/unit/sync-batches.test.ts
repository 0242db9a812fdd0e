/**
 * Large sync batches stay safe: a record changed while its batch was being sent stays in the
 * outbox (and one added inside the batch's range of ids too), `_bulk_get` asks for a large batch
 * in parts, and a sealed document's request size is counted without writing it out, never below
 * what the request takes.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushOutbox } from '../../src-renderer/src/sync/push';
import { watchOwnWrites } from '../../src-renderer/src/sync/mirror';
import { MAX_DOCS_PER_GET, requestSizeOf } from '../../src-renderer/src/sync/request-size';
import { startSyncServer, type SyncTestServer } from '../support/sync-server';
import { openReplica } from '../support/sync-replicas';
import { highlightRecord } from './support/highlight-record';

let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.close();
});

describe('a batch of the outbox', () => {
  it('leaves the entries changed or added while it was sent, and removes the rest', async () => {
    const a = await openReplica(server, 'batch-outbox', 'correct horse');
    await a.db.highlights.bulkPut(['h1', 'h3', 'h5', 'h7'].map((id) => highlightRecord(id, 'a1')));
    // Just before the batch is written into the mirror: h3 changes, h4 is made (its id falls
    // between the batch's first and last).
    const unwatch = watchOwnWrites(a.mirror, async () => {
      unwatch();
      await a.db.highlights.update('h3', { note: 'changed while sending' });
      await a.db.highlights.put(highlightRecord('h4', 'a1'));
    });
    expect(await pushOutbox(a.db, a.mirror, a.keys, { includeOriginals: true })).toBe(4);
    const left = (await a.db.syncOutbox.toArray()).map((entry) => entry.key).sort();
    expect(left).toEqual(['h3', 'h4']);
    expect(await pushOutbox(a.db, a.mirror, a.keys, { includeOriginals: true })).toBe(2);
    expect(await a.db.syncOutbox.count()).toBe(0);
  });
});

describe('a replication batch larger than one _bulk_get', () => {
  it('is asked for in parts, and every document arrives', async () => {
    const count = MAX_DOCS_PER_GET + 160;
    const a = await openReplica(server, 'batch-get', 'correct horse');
    await a.db.highlights.bulkPut(
      Array.from({ length: count }, (_, i) => highlightRecord(`h${i}`, 'a1', { note: `note ${i}` })),
    );
    await a.sync();
    const asked: number[] = [];
    const b = await openReplica(server, 'batch-get', 'correct horse', {
      onRequest: (url, options) => {
        if (url.includes('_bulk_get'))
          asked.push((JSON.parse(String(options.body)) as { docs: unknown[] }).docs.length);
      },
    });
    await b.sync();
    expect(asked.length).toBeGreaterThan(1);
    expect(Math.max(...asked)).toBeLessThanOrEqual(MAX_DOCS_PER_GET);
    // Every record, and the key check.
    expect(asked.reduce((sum, n) => sum + n, 0)).toBe(count + 1);
    expect(await b.db.highlights.count()).toBe(count);
    expect((await b.db.highlights.get(`h${count - 1}`))?.note).toBe(`note ${count - 1}`);
  });
});

describe('requestSizeOf', () => {
  const sealed = {
    _id: `g${'0123456789abcdef'.repeat(2)}01234567`,
    v: 2,
    s: 'QUJD+/='.repeat(300),
    _rev: '3-0123456789abcdef0123456789abcdef',
    _revisions: { start: 3, ids: ['0123456789abcdef0123456789abcdef', 'ab', 'cd'] },
    _deleted: true,
  };

  it('counts a sealed document at least as long as its JSON, and not much longer', () => {
    const json = JSON.stringify(sealed).length + 1;
    expect(requestSizeOf(sealed)).toBeGreaterThanOrEqual(json);
    expect(requestSizeOf(sealed)).toBeLessThan(json + 200);
  });

  it('writes out any other document, and counts attachments in base64', () => {
    const other = { _id: 'key-check', text: 'a "quoted"\nline' };
    expect(requestSizeOf(other)).toBe(JSON.stringify(other).length + 1);
    const withOriginal = {
      ...sealed,
      _attachments: { o: { content_type: 'application/octet-stream', data: new Uint8Array(3000) } },
    };
    expect(requestSizeOf(withOriginal)).toBeGreaterThanOrEqual(
      JSON.stringify({
        ...sealed,
        _attachments: { o: { content_type: 'application/octet-stream', data: 'A'.repeat(4000) } },
      }).length + 1,
    );
  });
});
