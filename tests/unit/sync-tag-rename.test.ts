/** A tag renamed on A while B tags a passage with the old name: both end with the new name. */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { db } from '../../src-renderer/src/db/db';
import { renameTag } from '../../src-renderer/src/tags/tag-store';
import { applyKnownRenames } from '../../src-renderer/src/sync/tag-renames';
import type { Highlight } from '../../src-renderer/src/db/models';
import { startSyncServer, type SyncTestServer } from '../support/sync-server';
import { openReplica } from '../support/sync-replicas';

let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.close();
});

const highlight = (id: string, tags: string[]): Highlight => ({
  id,
  articleId: 'a1',
  color: 'yellow',
  quote: { type: 'TextQuoteSelector', exact: id, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 2 },
  note: '',
  tags,
  date: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

it('renames on both computers, including a passage tagged with the old name meanwhile', async () => {
  // A is the app's own database (tag renames run there); B is a second library.
  const a = await openReplica(server, 'renames', 'pass', { db });
  const b = await openReplica(server, 'renames', 'pass');
  await db.tags.put({ name: 'energy', color: '#000', hotkey: null, createdAt: 'now' });
  await db.highlights.put(highlight('h1', ['energy']));
  await a.sync();
  await b.sync();
  await renameTag('energy', 'power');
  await b.db.highlights.put(highlight('h2', ['energy']));
  await a.sync();
  await b.sync();
  await a.sync();
  await applyKnownRenames();
  await a.sync();
  await b.sync();
  for (const replica of [a, b]) {
    expect((await replica.db.highlights.get('h1'))?.tags).toEqual(['power']);
    expect((await replica.db.highlights.get('h2'))?.tags).toEqual(['power']);
  }
});
