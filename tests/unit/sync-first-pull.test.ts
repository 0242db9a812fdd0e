/**
 * A first sync into an empty mirror pulls one way, then replicates both ways from where the pull
 * ended: nothing received is sent back to the server for checking, and what this computer wrote
 * meanwhile still goes out.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncServer, type SyncTestServer } from '../support/sync-server';
import { openReplica, type Replica } from '../support/sync-replicas';
import { articleRecord } from './support/article-record';
import { highlightRecord } from './support/highlight-record';
import { documentId } from '../../src-renderer/src/sync/sync-crypto';

let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.close();
});

const now = '2026-01-01T00:00:00.000Z';
async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never happened: ${what}`);
}

/** A library of 10 articles with 10 highlights each, sent to the server by A. */
async function sentLibrary(database: string): Promise<void> {
  const a = await openReplica(server, database, 'correct horse');
  await a.db.transaction('rw', a.db.articles, a.db.highlights, async () => {
    for (let i = 0; i < 10; i++) {
      await a.db.articles.put(articleRecord(`a${i}`, { importedAt: now }));
      for (let j = 0; j < 10; j++) await a.db.highlights.put(highlightRecord(`h${i}-${j}`, `a${i}`));
    }
  });
  await a.sync();
}

async function liveReplica(database: string, requests: string[]): Promise<Replica> {
  return openReplica(server, database, 'correct horse', {
    onRequest: (url, options) => requests.push(`${options.method ?? 'GET'} ${new URL(url).pathname}`),
  });
}

async function serverHas(database: string, count: number): Promise<boolean> {
  // The key check and every record.
  return (await server.allDocs(database)).length >= count + 1;
}

describe('a first sync into an empty mirror', () => {
  it('asks the server about none of the documents it received, and sends a later change', async () => {
    await sentLibrary('first-pull');
    const requests: string[] = [];
    const b = await liveReplica('first-pull', requests);
    b.engine.start();
    try {
      await until('B has the library', async () => (await b.db.highlights.count()) === 100);
      await until('B is at rest', async () => b.engine.status.state === 'synced');
      expect(requests.filter((request) => request.includes('_revs_diff'))).toEqual([]);

      await b.db.highlights.put(highlightRecord('made-on-b', 'a0'));
      await until('the change made on B is on the server', () => serverHas('first-pull', 111));
    } finally {
      await b.engine.stop();
    }
  });

  it('still sends what this computer wrote into the mirror while it received', async () => {
    await sentLibrary('first-pull-local');
    const b = await liveReplica('first-pull-local', []);
    // Already in B's library before its first sync: pushed while the pull runs.
    await b.db.articles.put(articleRecord('only-on-b', { importedAt: now }));
    b.engine.start();
    try {
      await until('B has the library', async () => (await b.db.highlights.count()) === 100);
      await until("B's own article is on the server", () => serverHas('first-pull-local', 111));
    } finally {
      await b.engine.stop();
    }
  });

  it('retries after a network error from where its sending half got to, not from where the pull ended', async () => {
    await sentLibrary('first-pull-retry');
    let failing = false;
    let refused = 0;
    const revsDiffs: string[] = [];
    const b = await openReplica(server, 'first-pull-retry', 'correct horse', {
      onRequest: (url, options) => {
        if (failing) {
          refused++;
          throw new TypeError('The server could not be reached.');
        }
        if (url.includes('_revs_diff')) revsDiffs.push(String(options.body));
      },
    });
    b.engine.start();
    try {
      await until('B has the library', async () => (await b.db.highlights.count()) === 100);
      await until('B is at rest', async () => b.engine.status.state === 'synced');
      await b.db.highlights.put(highlightRecord('sent-before', 'a0'));
      await until('the first change is on the server', () => serverHas('first-pull-retry', 111));
      await until('B is at rest again', async () => b.engine.status.state === 'synced');
      failing = true;
      await b.db.highlights.put(highlightRecord('sent-after', 'a0'));
      await until('a request of B to fail', async () => refused > 0);
      revsDiffs.length = 0;
      failing = false;
      await until('the second change is on the server', () => serverHas('first-pull-retry', 112));
      const sentBefore = await documentId(b.keys, 'highlights', 'sent-before');
      const sentAfter = await documentId(b.keys, 'highlights', 'sent-after');
      expect(revsDiffs.some((body) => body.includes(sentAfter))).toBe(true);
      expect(revsDiffs.filter((body) => body.includes(sentBefore))).toEqual([]);
    } finally {
      await b.engine.stop();
    }
  });
});

describe('a sync that starts with something in the mirror', () => {
  it("replicates at once, without waiting for the server's size", async () => {
    await sentLibrary('first-pull-known');
    const b = await liveReplica('first-pull-known', []);
    await b.sync();
    // The server's size never comes: only a wait for it could keep this change from going.
    (b.remote as unknown as { info: () => Promise<never> }).info = () => new Promise<never>(() => undefined);
    await b.db.highlights.put(highlightRecord('made-on-b', 'a0'));
    b.engine.start();
    try {
      await until('the change made on B is on the server', () => serverHas('first-pull-known', 111));
    } finally {
      await b.engine.stop();
    }
  });
});
