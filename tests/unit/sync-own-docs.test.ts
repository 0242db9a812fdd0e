/**
 * The replicator's sending half gets the revisions the pusher just wrote from memory instead of
 * reading each back from the mirror, and gets from the mirror whatever changed since.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushOutbox } from '../../src-renderer/src/sync/push';
import { documentId } from '../../src-renderer/src/sync/sync-crypto';
import type { MirrorDb } from '../../src-renderer/src/sync/mirror';
import { startSyncServer, type SyncTestServer } from '../support/sync-server';
import { openReplica } from '../support/sync-replicas';
import { highlightRecord } from './support/highlight-record';

let server: SyncTestServer;
let dbCount = 0;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.close();
});

/** Counts the record documents read from the mirror one by one (PouchDB's bulk read asks for each). */
function countReads(mirror: MirrorDb): { docs: number } {
  const counted = { docs: 0 };
  const get = mirror.get.bind(mirror) as (...args: unknown[]) => Promise<unknown>;
  (mirror as unknown as { get: unknown }).get = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('_local/')) counted.docs++;
    return get(...args);
  };
  return counted;
}

describe('the revisions the pusher just wrote', () => {
  it('go to the server without being read back from the mirror', async () => {
    const a = await openReplica(server, `own-docs${++dbCount}`, 'correct horse');
    await a.db.highlights.bulkPut(Array.from({ length: 20 }, (_, i) => highlightRecord(`h${i}`, 'a1')));
    const reads = countReads(a.mirror);
    await a.sync();
    expect(reads.docs).toBe(0);
    expect((await server.allDocs(`own-docs${dbCount}`)).length).toBe(21);
    const b = await openReplica(server, `own-docs${dbCount}`, 'correct horse');
    await b.sync();
    expect(await b.db.highlights.count()).toBe(20);
  });

  it('are read from the mirror when the record changed again since', async () => {
    const a = await openReplica(server, `own-docs${++dbCount}`, 'correct horse');
    await a.db.highlights.put(highlightRecord('h1', 'a1', { note: 'first' }));
    await pushOutbox(a.db, a.mirror, a.keys, { includeOriginals: true });
    const id = await documentId(a.keys, 'highlights', 'h1');
    const first = ((await a.mirror.get(id)) as { _rev: string })._rev;
    await a.db.highlights.update('h1', { note: 'second' });
    await pushOutbox(a.db, a.mirror, a.keys, { includeOriginals: true });
    const second = ((await a.mirror.get(id)) as { _rev: string })._rev;
    const answer = await a.mirror.bulkGet({ docs: [{ id, rev: first }], revs: true, latest: true });
    expect((answer.results[0].docs[0].ok as { _rev: string } | undefined)?._rev).toBe(second);
  });
});
