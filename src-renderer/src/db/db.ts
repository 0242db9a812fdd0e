/**
 * The Gloss database: one Dexie class with every schema version, and its one shared instance.
 * Never edit a shipped version; add `version(n + 1)` with an `upgrade()`.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Article, ArticleContent, ArticleSource, Highlight, Setting, Tag } from './models';
import { settleWrites, trackWrites } from './pending-writes';
import { OUTBOX_TABLE, recordOutbox, type OutboxEntry } from '../sync/outbox';
import type { SyncStateRow } from '../sync/sync-state';
import { searchJournal } from '../search/change-journal';
import type { JournalEntry } from '../search/change-journal';
import type { SearchIndexRecord } from '../search/index-store';
import { activeDatabaseName } from './database-name';

export class GlossDB extends Dexie {
  articles!: EntityTable<Article, 'id'>;
  contents!: EntityTable<ArticleContent, 'articleId'>;
  sources!: EntityTable<ArticleSource, 'articleId'>;
  highlights!: EntityTable<Highlight, 'id'>;
  tags!: EntityTable<Tag, 'name'>;
  settings!: EntityTable<Setting, 'key'>;
  searchJournal!: EntityTable<JournalEntry, 'seq'>;
  searchIndex!: EntityTable<SearchIndexRecord, 'key'>;
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
    // The reading workflow: status, progress and last opened, indexed for the library's filters.
    this.version(2)
      .stores({ articles: 'id, &contentHash, importedAt, title, publishedAt, *tags, status, lastOpenedAt' })
      .upgrade((tx) =>
        tx
          .table('articles')
          .toCollection()
          .modify((article: Article) => {
            article.status ??= article.readingPosition ? 'reading' : 'inbox';
            article.progress ??= 0;
            article.lastOpenedAt ??= article.readingPosition?.updatedAt ?? null;
          }),
      );
    // Version 3: articles carry the person's edits of their title, authors, date, site and
    // address (`userEdits`); older records start with none.
    this.version(3)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('articles')
          .toCollection()
          .modify((article: { userEdits?: unknown }) => {
            article.userEdits ??= {};
          }),
      );
    // Full-text search: the change journal (written with every change) and the stored index.
    this.version(4).stores({ searchJournal: '++seq', searchIndex: 'key' });
    // Sync (docs/sync.md): changes waiting to be sent, and what this computer last synced.
    this.version(5).stores({ [OUTBOX_TABLE]: 'id', syncState: 'id' });
    // Sync: what this computer last synced, found by document id too (the applier skips the
    // revisions it wrote itself without opening them).
    this.version(9).stores({ syncState: 'id, docId' });
    this.use(trackWrites);
    this.use(searchJournal);
    this.use(recordOutbox);
  }

  /** Waits until every write started so far is committed (before the window closes). */
  settle(): Promise<void> {
    return settleWrites(() => this.transaction('r', this.tables, async () => undefined));
  }
}

/** The library: "gloss", or the database a restore after a failed open chose (database-name.ts). */
export const db = new GlossDB(activeDatabaseName());
