/** Sync between two replicas through a real replication server: push, pull, conflicts, deletions. */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Highlight } from '../../src-renderer/src/db/models';
import { startSyncServer, type SyncTestServer } from '../support/sync-server';
import { openReplica } from '../support/sync-replicas';
import { articleRecord } from './support/article-record';
import { highlightRecord } from './support/highlight-record';
import { applyMirrorChanges } from '../../src-renderer/src/sync/apply';
import { documentId } from '../../src-renderer/src/sync/sync-crypto';

let server: SyncTestServer;
let dbCount = 0;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.close();
});

const now = '2026-01-01T00:00:00.000Z';
function article(id: string): Article {
  return articleRecord(id, { importedAt: now, charCount: 100 });
}
function highlight(id: string, articleId: string, note = ''): Highlight {
  return highlightRecord(id, articleId, { note });
}

async function pair() {
  const name = `lib${++dbCount}`;
  const a = await openReplica(server, name, 'correct horse');
  const b = await openReplica(server, name, 'correct horse');
  return { a, b };
}

describe('sync between two replicas', () => {
  it('brings an article and a highlight with its note from A to B, and nothing echoes back', async () => {
    const { a, b } = await pair();
    await a.db.transaction('rw', a.db.articles, a.db.highlights, async () => {
      await a.db.articles.put(article('a1'));
      await a.db.highlights.put(highlight('h1', 'a1', 'A note'));
    });
    expect(await a.db.syncOutbox.count()).toBe(2);
    await a.sync();
    expect(await a.db.syncOutbox.count()).toBe(0);
    await b.sync();
    expect((await b.db.highlights.get('h1'))?.note).toBe('A note');
    expect((await b.db.articles.get('a1'))?.title).toBe('Article a1');
    expect(await b.db.syncOutbox.count()).toBe(0);
  });

  it('merges note edits made on both sides while apart (first line here, last line there)', async () => {
    const { a, b } = await pair();
    await a.db.highlights.put(highlight('h1', 'a1', 'first line\nmiddle\nlast line'));
    await a.sync();
    await b.sync();
    await a.db.highlights.update('h1', { note: 'FIRST line\nmiddle\nlast line' });
    await b.db.highlights.update('h1', { note: 'first line\nmiddle\nlast LINE' });
    await a.sync();
    await b.sync();
    await a.sync();
    const merged = 'FIRST line\nmiddle\nlast LINE';
    expect((await a.db.highlights.get('h1'))?.note).toBe(merged);
    expect((await b.db.highlights.get('h1'))?.note).toBe(merged);
  });

  it('keeps both edits when A and B change different fields of one highlight while apart', async () => {
    const { a, b } = await pair();
    await a.db.highlights.put(highlight('h1', 'a1'));
    await a.sync();
    await b.sync();
    await a.db.highlights.update('h1', { color: 'green' });
    await b.db.highlights.update('h1', { date: { value: '1997', precision: 'year' } });
    await b.sync();
    await a.sync();
    await b.sync();
    for (const side of [a, b]) {
      const merged = await side.db.highlights.get('h1');
      expect(merged?.color).toBe('green');
      expect(merged?.date?.value).toBe('1997');
    }
  });

  it('keeps an article deleted on A when B highlighted it meanwhile, with B’s highlight', async () => {
    const { a, b } = await pair();
    await a.db.articles.put(article('a1'));
    await a.db.contents.put({
      articleId: 'a1',
      blocks: [{ kind: 'paragraph', text: 'quoted words' }],
      removed: [],
    });
    await a.db.highlights.put(highlight('old', 'a1'));
    await a.sync();
    await b.sync();
    await a.db.transaction('rw', a.db.articles, a.db.contents, a.db.highlights, async () => {
      await a.db.highlights.delete('old');
      await a.db.contents.delete('a1');
      await a.db.articles.delete('a1');
    });
    await b.db.highlights.put(highlight('new', 'a1', 'made on B'));
    const returnedOnA: unknown[] = [];
    const collect = async () => {
      for (const report of await a.engine.runOnce()) returnedOnA.push(...report.returned);
    };
    await collect();
    await b.sync();
    await collect();
    await b.sync();
    for (const replica of [a, b]) {
      expect(await replica.db.articles.get('a1')).toBeTruthy();
      expect((await replica.db.contents.get('a1'))?.blocks[0].text).toBe('quoted words');
      expect((await replica.db.highlights.get('new'))?.note).toBe('made on B');
      expect(await replica.db.highlights.get('old')).toBeUndefined();
    }
    // A is told the article came back, and deleting it again removes it on both.
    expect(returnedOnA).toContainEqual({ table: 'articles', key: 'a1' });
    await a.db.transaction('rw', a.db.articles, a.db.contents, a.db.highlights, async () => {
      await a.db.highlights.delete('new');
      await a.db.contents.delete('a1');
      await a.db.articles.delete('a1');
    });
    await a.sync();
    await b.sync();
    await a.sync();
    await b.sync();
    for (const replica of [a, b]) {
      expect(await replica.db.articles.get('a1')).toBeUndefined();
      expect(await replica.db.highlights.get('new')).toBeUndefined();
    }
  });
});

describe('an article deleted with its highlights', () => {
  it('is deleted on the other computer even when the article’s deletion arrives before its highlight’s', async () => {
    const { a, b } = await pair();
    // An article whose documents sort before the highlight's: the server and the mirrors keep a
    // batch in document-id order, so the article's deletion is read first.
    // Ids are drawn until the highlight's document sorts after both of the article's (the keys are
    // random, so a fixed highlight id could sort first and leave almost no article id to find).
    let id = '';
    let highlightId = '';
    for (let i = 0; !highlightId; i++) {
      const candidate = `x${i}`;
      const docs = await Promise.all([
        documentId(a.keys, 'articles', candidate),
        documentId(a.keys, 'contents', candidate),
      ]);
      for (let j = 0; j < 8 && !highlightId; j++) {
        const highlightDoc = await documentId(a.keys, 'highlights', `h${i}-${j}`);
        if (docs.every((doc) => doc < highlightDoc)) [id, highlightId] = [candidate, `h${i}-${j}`];
      }
    }
    await a.db.articles.put(article(id));
    await a.db.contents.put({
      articleId: id,
      blocks: [{ kind: 'paragraph', text: 'quoted words' }],
      removed: [],
    });
    await a.db.highlights.put(highlight(highlightId, id));
    await a.sync();
    await b.sync();
    expect(await b.db.highlights.get(highlightId)).toBeTruthy();
    await a.db.transaction('rw', a.db.articles, a.db.contents, a.db.highlights, async () => {
      await a.db.highlights.delete(highlightId);
      await a.db.contents.delete(id);
      await a.db.articles.delete(id);
    });
    await a.sync();
    await b.mirror.replicate.from(b.remote);
    // One change at a time, in the mirror's order.
    while ((await applyMirrorChanges(b.db, b.mirror, b.keys, 1)).read > 0);
    expect(await b.db.articles.get(id)).toBeUndefined();
    expect(await b.db.highlights.get(highlightId)).toBeUndefined();
    expect(await b.db.syncOutbox.count()).toBe(0);
  });
});

describe('sync of the same file imported on both computers', () => {
  it('keeps one article and goes on with the rest of the batch', async () => {
    const { a, b } = await pair();
    await a.db.articles.put({ ...article('a1'), contentHash: 'same' });
    await a.db.highlights.put(highlight('h1', 'a1'));
    await b.db.articles.put({ ...article('b1'), contentHash: 'same' });
    await a.sync();
    await b.sync();
    expect((await b.db.articles.toArray()).map((x) => x.id)).toEqual(['b1']);
    expect(await b.db.highlights.get('h1')).toBeTruthy();
  });
});
