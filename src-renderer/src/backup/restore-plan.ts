/**
 * What restoring a backup adds to the library: a pure merge of the backup's records with the
 * keys already there. Restoring deletes nothing and overwrites nothing:
 * - a record whose key is already in the library is skipped (the library's copy wins);
 * - an article whose contentHash is already in the library under another id is the same file
 *   imported twice: it is skipped, and its highlights are re-pointed to the library's article
 *   (they are anchored by quote as well as position, so they find their place in its text or
 *   are listed as orphans); its text and original bytes are added only if that article lacks them;
 * - everything else is added as it is, including records whose article is in neither place.
 */
import type { Article, ArticleContent, ArticleSource, Highlight, Setting, Tag } from '../db/models';

export interface BackupRecords {
  articles: Article[];
  contents: ArticleContent[];
  sources: ArticleSource[];
  highlights: Highlight[];
  tags: Tag[];
  settings: Setting[];
}

/** The library's keys that the backup's records could collide with. */
export interface ExistingKeys {
  articleIds: ReadonlySet<string>;
  /** Article id by contentHash, for the backup's hashes. */
  articleIdByHash: ReadonlyMap<string, string>;
  contentIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
  highlightIds: ReadonlySet<string>;
  tagNames: ReadonlySet<string>;
  settingKeys: ReadonlySet<string>;
}

export interface SkippedArticle {
  id: string;
  title: string;
  /** `same-id`: already in the library; `same-content`: the same file is there under `keptId`. */
  reason: 'same-id' | 'same-content';
  keptId: string;
}

export interface RestoreReport {
  articlesAdded: number;
  contentsAdded: number;
  sourcesAdded: number;
  highlightsAdded: number;
  /** Added highlights moved onto the library's copy of their article. */
  highlightsRepointed: number;
  tagsAdded: number;
  settingsAdded: number;
  skipped: {
    articles: SkippedArticle[];
    contents: number;
    sources: number;
    highlights: number;
    tags: number;
    settings: number;
  };
}

export interface RestorePlan {
  add: BackupRecords;
  report: RestoreReport;
}

/** Adds each record whose key is free, marking the key as taken. */
function addFree<T>(
  records: readonly T[],
  key: (r: T) => string,
  taken: ReadonlySet<string>,
  out: T[],
): number {
  const seen = new Set(taken);
  let skipped = 0;
  for (const record of records) {
    const k = key(record);
    if (seen.has(k)) skipped++;
    else {
      seen.add(k);
      out.push(record);
    }
  }
  return skipped;
}

export function planRestore(backup: BackupRecords, existing: ExistingKeys): RestorePlan {
  const add: BackupRecords = {
    articles: [],
    contents: [],
    sources: [],
    highlights: [],
    tags: [],
    settings: [],
  };
  const skippedArticles: SkippedArticle[] = [];
  /** Backup article id → the id its records belong to after the restore. */
  const keptAs = new Map<string, string>();
  const addedIds = new Set<string>();
  const addedByHash = new Map<string, string>();

  for (const article of backup.articles) {
    if (existing.articleIds.has(article.id) || addedIds.has(article.id)) {
      skippedArticles.push({ id: article.id, title: article.title, reason: 'same-id', keptId: article.id });
      continue;
    }
    const twin = existing.articleIdByHash.get(article.contentHash) ?? addedByHash.get(article.contentHash);
    if (twin !== undefined) {
      skippedArticles.push({ id: article.id, title: article.title, reason: 'same-content', keptId: twin });
      keptAs.set(article.id, twin);
      continue;
    }
    add.articles.push(article);
    addedIds.add(article.id);
    addedByHash.set(article.contentHash, article.id);
  }

  const repoint = <T extends { articleId: string }>(record: T): T => {
    const target = keptAs.get(record.articleId);
    return target === undefined ? record : { ...record, articleId: target };
  };
  const skippedContents = addFree(
    backup.contents.map(repoint),
    (c) => c.articleId,
    existing.contentIds,
    add.contents,
  );
  const skippedSources = addFree(
    backup.sources.map(repoint),
    (s) => s.articleId,
    existing.sourceIds,
    add.sources,
  );
  const skippedHighlights = addFree(backup.highlights, (h) => h.id, existing.highlightIds, add.highlights);
  let highlightsRepointed = 0;
  add.highlights = add.highlights.map((h) => {
    const moved = repoint(h);
    if (moved !== h) highlightsRepointed++;
    return moved;
  });
  const skippedTags = addFree(backup.tags, (t) => t.name, existing.tagNames, add.tags);
  const skippedSettings = addFree(backup.settings, (s) => s.key, existing.settingKeys, add.settings);

  return {
    add,
    report: {
      articlesAdded: add.articles.length,
      contentsAdded: add.contents.length,
      sourcesAdded: add.sources.length,
      highlightsAdded: add.highlights.length,
      highlightsRepointed,
      tagsAdded: add.tags.length,
      settingsAdded: add.settings.length,
      skipped: {
        articles: skippedArticles,
        contents: skippedContents,
        sources: skippedSources,
        highlights: skippedHighlights,
        tags: skippedTags,
        settings: skippedSettings,
      },
    },
  };
}
