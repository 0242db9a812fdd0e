/**
 * The Gloss database: one Dexie class with every schema version, and its one shared instance.
 * Never edit a shipped version; add `version(n + 1)` with an `upgrade()`.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Article, ArticleContent, ArticleSource, Highlight, Setting, Tag } from './models';
import { settleWrites, trackWrites } from './pending-writes';
import { OUTBOX_TABLE, recordOutbox, type OutboxEntry } from '../sync/outbox';
import type { SyncStateRow } from '../sync/sync-state';

export class GlossDB extends Dexie {
  articles!: EntityTable<Article, 'id'>;
  contents!: EntityTable<ArticleContent, 'articleId'>;
  sources!: EntityTable<ArticleSource, 'articleId'>;
  highlights!: EntityTable<Highlight, 'id'>;
  tags!: EntityTable<Tag, 'name'>;
  settings!: EntityTable<Setting, 'key'>;
  syncOutbox!: EntityTable<OutboxEntry, 'id'>;
  syncState!: EntityTable<SyncStateRow, 'id'>;

  constructor(name = 'gloss') {
    super(name);
    this.version(1).stores({
      articles: 'id, &contentHash, importedAt, title, publishedAt, *tags',
      contents: 'articleId',
      sources: 'articleId',
      highlights: 'id, articleId, color, *tags, createdAt, date.value',
      tags: 'name',
      settings: 'key',
    });
    // Sync (docs/sync.md): changes waiting to be sent, and what this computer last synced.
    this.version(5).stores({ [OUTBOX_TABLE]: 'id', syncState: 'id' });
    this.use(trackWrites);
    this.use(recordOutbox);
  }

  /** Waits until every write started so far is committed (before the window closes). */
  settle(): Promise<void> {
    return settleWrites(() => this.transaction('r', this.tables, async () => undefined));
  }
}

export const db = new GlossDB();
