/**
 * The applier does not read back the revisions the pusher just wrote, unless it must: a version
 * that arrived while a local change was waiting has to be merged with that change.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Highlight } from '../../src-renderer/src/db/models';
import { applyMirrorChanges } from '../../src-renderer/src/sync/apply';
import { pushOutbox } from '../../src-renderer/src/sync/push';
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

function highlight(id: string, note = ''): Highlight {
  return highlightRecord(id, 'a1', { note });
}

async function pair() {
  const name = `own${++dbCount}`;
  return {
    a: await openReplica(server, name, 'correct horse'),
    b: await openReplica(server, name, 'correct horse'),
  };
}

describe('the revisions a computer writes itself', () => {
  it('are not read back by the applier when nothing else reached the mirror meanwhile', async () => {
    const { a } = await pair();
    await a.db.highlights.bulkPut([highlight('h1'), highlight('h2'), highlight('h3')]);
    await applyMirrorChanges(a.db, a.mirror, a.keys);
    expect(await pushOutbox(a.db, a.mirror, a.keys, { includeOriginals: true })).toBe(3);
    expect((await a.mirror.info()).doc_count).toBe(3);
    expect((await applyMirrorChanges(a.db, a.mirror, a.keys)).read).toBe(0);
  });

  it('are read back when the mirror received something else before them', async () => {
    const { a, b } = await pair();
    await b.db.highlights.put(highlight('from-b'));
    await b.sync();
    await a.db.highlights.put(highlight('h1'));
    await a.mirror.replicate.from(a.remote);
    await pushOutbox(a.db, a.mirror, a.keys, { includeOriginals: true });
    const report = await applyMirrorChanges(a.db, a.mirror, a.keys);
    expect(report.read).toBeGreaterThanOrEqual(2);
    expect((await a.db.highlights.get('from-b'))?.id).toBe('from-b');
  });

  it('are merged with a version that arrived while the local change was waiting', async () => {
    const { a, b } = await pair();
    await a.db.highlights.put(highlight('h1', 'first line\nmiddle\nlast line'));
    await a.sync();
    await b.sync();
    await b.db.highlights.update('h1', { note: 'first line\nmiddle\nlast LINE' });
    await b.sync();
    await a.db.highlights.update('h1', { note: 'FIRST line\nmiddle\nlast line' });
    // B's version reaches A's mirror while A's edit waits in the outbox: the applier leaves it.
    await a.mirror.replicate.from(a.remote);
    await applyMirrorChanges(a.db, a.mirror, a.keys);
    expect((await a.db.highlights.get('h1'))?.note).toBe('FIRST line\nmiddle\nlast line');
    // A's push makes the two a conflict, which A merges without hearing from B again.
    await a.sync();
    expect((await a.db.highlights.get('h1'))?.note).toBe('FIRST line\nmiddle\nlast LINE');
  });
});
