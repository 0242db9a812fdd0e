/**
 * sync-initial-2000: the first sync of 2,000 articles (with their text) and 20,000 highlights
 * from A to an empty B through a local replication server — Gloss's whole path (outbox →
 * encrypted mirror → replication → resolve → apply into B's database) against a bare PouchDB
 * replication of the same records, unencrypted, A → server → B. Bytes are the request bodies
 * the server received.
 * sync-one-highlight: after that, one new highlight on A: time until it is in B's database
 * with both engines running live, and the bytes sent for it.
 * Runs in Node (V8), the databases on fake-indexeddb and in-memory PouchDB on both sides.
 */
import 'fake-indexeddb/auto';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import type { Article, ArticleContent, Highlight } from '../../src-renderer/src/db/models';
import { SYNCED_TABLES } from '../../src-shared/sync/record-kinds';
import { localClock, outboxId } from '../../src-renderer/src/sync/outbox';
import { startSyncServer } from '../../tests/support/sync-server';
import { openRemote, openReplica } from '../../tests/support/sync-replicas';
import { round, type BenchResult } from '../support';

PouchDB.plugin(memoryAdapter);

const PARAGRAPH =
  '深圳市累计投入各类帮扶资金,支持毕节建设产业园区、学校和医院。The partnership ran for twenty years, and the notes kept on it fill a shelf. ';

function makeLibrary(articles: number, highlightsPer: number) {
  const now = '2026-01-01T00:00:00.000Z';
  const list: Article[] = [];
  const contents: ArticleContent[] = [];
  const highlights: Highlight[] = [];
  for (let i = 0; i < articles; i++) {
    const id = `article-${i}`;
    list.push({
      id,
      title: `文章 ${i}: a saved article`,
      byline: 'Admin',
      publishedAt: '2022-01-17',
      siteName: null,
      format: 'txt',
      encoding: 'utf-8',
      encodingSource: 'utf-8',
      replacedSequences: 0,
      source: { fileName: `${id}.txt`, path: null, byteLength: 2000, modifiedAt: null },
      contentHash: `hash-${i}`,
      importedAt: now,
      charCount: PARAGRAPH.length * 8,
      tags: ['policy'],
      note: '',
      readingPosition: null,
      dismissedSuggestions: [],
    } as Article);
    contents.push({
      articleId: id,
      blocks: Array.from({ length: 8 }, (_, b) => ({
        kind: 'paragraph' as const,
        text: `${b}. ${PARAGRAPH}`,
      })),
      removed: [],
    });
    for (let h = 0; h < highlightsPer; h++) {
      highlights.push({
        id: `${id}-h${h}`,
        articleId: id,
        color: 'yellow',
        quote: {
          type: 'TextQuoteSelector',
          exact: '累计投入各类帮扶资金',
          prefix: '深圳市',
          suffix: ',支持',
        },
        position: { type: 'TextPositionSelector', start: 3 + h, end: 13 + h },
        note: h % 3 === 0 ? `Note ${h} on ${id}` : '',
        tags: h % 2 === 0 ? ['energy'] : [],
        date: null,
        createdAt: now,
        updatedAt: now,
      });
    }
  }
  return { articles: list, contents, highlights };
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

export async function benchSync(articleCount = 2000, highlightsPer = 10): Promise<BenchResult[]> {
  const server = await startSyncServer();
  const library = makeLibrary(articleCount, highlightsPer);
  const docs = library.articles.length + library.contents.length + library.highlights.length;

  // Baseline: the same records as plain PouchDB documents, replicated A → server → B.
  const plainA = new PouchDB('bench-plain-a', { adapter: 'memory' });
  await plainA.bulkDocs([
    ...library.articles.map((r) => ({ ...r, _id: `article:${r.id}` })),
    ...library.contents.map((r) => ({ ...r, _id: `content:${r.articleId}` })),
    ...library.highlights.map((r) => ({ ...r, _id: `highlight:${r.id}` })),
  ]);
  server.bytesReceived = 0;
  const [plainMs] = await timed(async () => {
    await plainA.replicate.to(openRemote(server, 'bench-plain'), { batch_size: 250 });
    const plainB = new PouchDB('bench-plain-b', { adapter: 'memory' });
    await plainB.replicate.from(openRemote(server, 'bench-plain'), { batch_size: 250 });
  });
  const plainBytes = server.bytesReceived;

  // Gloss: the library in A's database, every record in the outbox (as turning sync on does).
  const a = await openReplica(server, 'bench-gloss', 'bench passphrase', { iterations: 1000 });
  await a.db.articles.bulkPut(library.articles);
  await a.db.contents.bulkPut(library.contents);
  await a.db.highlights.bulkPut(library.highlights);
  const stamp = localClock.tick();
  for (const table of SYNCED_TABLES) {
    const keys = (await a.db.table(table).toCollection().primaryKeys()) as string[];
    await a.db.syncOutbox.bulkPut(keys.map((key) => ({ id: outboxId(table, key), table, key, stamp })));
  }
  const b = await openReplica(server, 'bench-gloss', 'bench passphrase', { iterations: 1000 });
  server.bytesReceived = 0;
  const [glossMs] = await timed(async () => {
    await a.engine.runOnce();
    await b.engine.runOnce();
  });
  const glossBytes = server.bytesReceived;
  const arrived = await b.db.highlights.count();
  if (arrived !== library.highlights.length)
    throw new Error(`B has ${arrived} highlights, not ${library.highlights.length}`);

  // One more highlight, both engines live.
  a.engine.start();
  b.engine.start();
  await new Promise((resolve) => setTimeout(resolve, 1500));
  server.bytesReceived = 0;
  const extra = { ...library.highlights[0], id: 'one-more', note: 'one more' };
  const [oneMs] = await timed(async () => {
    await a.db.highlights.put(extra);
    while (!(await b.db.highlights.get('one-more'))) await new Promise((resolve) => setTimeout(resolve, 5));
  });
  const oneBytes = server.bytesReceived;
  await a.engine.stop();
  await b.engine.stop();
  await server.close();

  const ratio = round(glossMs / plainMs, 2);
  return [
    {
      name: 'sync-initial-2000',
      gloss: round(glossMs / 1000, 2),
      baseline: round(plainMs / 1000, 2),
      unit: 's',
      ratio,
      target: 'ratio ≤ 2',
      met: ratio <= 2,
      note: `${articleCount} articles with their text and ${library.highlights.length} highlights (${docs} documents), A → local server → empty B; Gloss: outbox → encrypted mirror → replication → resolve → B's database; baseline: bare PouchDB replication of the same records unencrypted; one run each`,
      extra: { glossBytesSent: glossBytes, baselineBytesSent: plainBytes },
    },
    {
      name: 'sync-one-highlight',
      gloss: round(oneMs),
      baseline: round(oneBytes / 1024, 1),
      unit: 'ms',
      ratio: 0,
      target: 'a few kilobytes sent',
      met: oneBytes < 16 * 1024,
      note: `after the initial sync: one new highlight on A until it is in B's database, both engines live; "baseline" column is the kilobytes the server received for it`,
      extra: { bytesSent: oneBytes },
    },
  ];
}
