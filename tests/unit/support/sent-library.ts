/** A library of articles with 10 highlights each, sent to the test server by a first replica. */
import type { SyncTestServer } from '../../support/sync-server';
import { openReplica } from '../../support/sync-replicas';
import { articleRecord } from './article-record';
import { highlightRecord } from './highlight-record';

export async function sendLibrary(server: SyncTestServer, database: string, articles: number): Promise<void> {
  const a = await openReplica(server, database, 'correct horse');
  await a.db.transaction('rw', a.db.articles, a.db.highlights, async () => {
    for (let i = 0; i < articles; i++) {
      await a.db.articles.put(articleRecord(`a${i}`, { importedAt: '2026-01-01T00:00:00.000Z' }));
      for (let j = 0; j < 10; j++) await a.db.highlights.put(highlightRecord(`h${i}-${j}`, `a${i}`));
    }
  });
  await a.sync();
}
