/**
 * The Gloss database: one Dexie class with every schema version, and its one shared instance.
 * Never edit a shipped version; add `version(n + 1)` with an `upgrade()`.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Article, ArticleContent, ArticleSource, Highlight, Setting, Tag } from './models';
import { settleWrites, trackWrites } from './pending-writes';

export class GlossDB extends Dexie {
  articles!: EntityTable<Article, 'id'>;
  contents!: EntityTable<ArticleContent, 'articleId'>;
  sources!: EntityTable<ArticleSource, 'articleId'>;
  highlights!: EntityTable<Highlight, 'id'>;
  tags!: EntityTable<Tag, 'name'>;
  settings!: EntityTable<Setting, 'key'>;

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
    this.use(trackWrites);
  }

  /** Waits until every write started so far is committed (before the window closes). */
  settle(): Promise<void> {
    return settleWrites(() => this.transaction('r', this.tables, async () => undefined));
  }
}

export const db = new GlossDB();
