/**
 * Writes to the article tables: saving an import batch (each article and its original bytes in
 * one transaction, deduplicated by content hash), deleting with everything that hangs off an
 * article (undoable), and the reading position.
 */
import type {
  BatchResult,
  ImportFailure,
  ImportedArticle,
  KnownFileResult,
} from '../../../src-main/ipc/contract';
import { canonicalText } from '../../../src-shared/articles/canonical-text';
import { pageStarts } from '../../../src-shared/articles/pages';
import { orderedIdMaker } from '../../../src-shared/ids/ordered-id';
import Dexie from 'dexie';
import { db, type GlossDB } from '../db/db';
import { indexGetMany } from '../db/index-get-many';
import type { Article, ArticleContent, ArticleSource, Highlight } from '../db/models';

export interface SaveSummary {
  added: { id: string; title: string; fileName: string; replacedSequences: number; format?: string }[];
  duplicates: { id: string; title: string; fileName: string }[];
  failed: ImportFailure[];
}

/** Article ids increase in the order they are made, so IndexedDB appends new articles (ordered-id.ts). */
export const newId: () => string = orderedIdMaker(
  () => Date.now(),
  (bytes) => void crypto.getRandomValues(bytes),
);

export function articleFromImport(
  imported: ImportedArticle,
  id: string,
  now: string,
): { article: Article; content: ArticleContent; source: ArticleSource } {
  const { bytes, blocks, removed, images, ...rest } = imported;
  const pages = pageStarts(blocks);
  const article: Article = {
    ...rest,
    ...(pages ? { pages } : {}),
    id,
    importedAt: now,
    charCount: canonicalText(imported.blocks).length,
    tags: [],
    note: '',
    readingPosition: null,
    dismissedSuggestions: [],
    status: 'inbox',
    progress: 0,
    lastOpenedAt: null,
  };
  const content: ArticleContent = { articleId: id, blocks, removed, ...(images ? { images } : {}) };
  return { article, content, source: { articleId: id, fileName: imported.source.fileName, bytes } };
}

/**
 * The articles holding these content hashes, by hash, read in one Dexie transaction by
 * indexGetMany (one range read when the hashes are most of the table, else one request per
 * hash, all sent at once): a cursor over `anyOf` would wait for a round trip per hash. Inside a
 * Dexie transaction (a save) it reads in that one; outside (files recognized by their hash) in a
 * read-only transaction of its own.
 */
async function articlesByHash(database: GlossDB, hashes: readonly string[]): Promise<Map<string, Article>> {
  const unique = [...new Set(hashes)];
  const read = () => indexGetMany(database.articles, 'contentHash', unique);
  const found = Dexie.currentTransaction
    ? await read()
    : await database.transaction('r', database.articles, read);
  return new Map(found.filter((a): a is Article => a !== undefined).map((a) => [a.contentHash, a]));
}

/** The library's articles by hash as the window holds them (articles-by-hash.ts); null: read the database. */
export interface KnownArticles {
  find(hashes: readonly string[]): Promise<ReadonlyMap<string, Pick<Article, 'id' | 'title'>> | null>;
}

/** How many articles one transaction saves: large enough to be fast, small enough to stay light. */
const CHUNK = 100;

/**
 * Saves the successful results of a batch. Every article is written together with its original
 * bytes, so a crash never leaves one without the other; an article whose content hash is already
 * in the library is reported as a duplicate and not written again.
 */
export async function saveImportResults(
  results: readonly BatchResult[],
  options: {
    database?: GlossDB;
    now?: () => string;
    onProgress?: (done: number, total: number) => void;
    /** Asked before each transaction: true stops the save there (Cancel); what is saved stays. */
    stopped?: () => boolean;
    /** Names files recognized by their hash without a database read, when it can. */
    knownArticles?: KnownArticles;
  } = {},
): Promise<SaveSummary> {
  const database = options.database ?? db;
  const now = options.now ?? (() => new Date().toISOString());
  const summary: SaveSummary = { added: [], duplicates: [], failed: [] };
  const articles: ImportedArticle[] = [];
  const known: KnownFileResult['known'][] = [];
  for (const result of results) {
    if (result.ok === true) articles.push(result.article);
    else if (result.ok === 'known') known.push(result.known);
    else summary.failed.push(result.error);
  }
  // Files recognized by their hash before extraction: name the article each one already is.
  if (known.length > 0) {
    const hashes = known.map((k) => k.contentHash);
    const byHash = (await options.knownArticles?.find(hashes)) ?? (await articlesByHash(database, hashes));
    for (const file of known) {
      const article = byHash.get(file.contentHash);
      if (article) summary.duplicates.push({ id: article.id, title: article.title, fileName: file.fileName });
      else
        summary.failed.push({
          fileName: file.fileName,
          path: file.path,
          reason: 'The article with these bytes was deleted during the import; import the file again.',
          kind: 'deleted-meanwhile',
        });
    }
  }
  for (let i = 0; i < articles.length; i += CHUNK) {
    if (options.stopped?.()) break;
    const chunk = articles.slice(i, i + CHUNK);
    await database.transaction('rw', database.articles, database.contents, database.sources, async () => {
      const byHash = await articlesByHash(
        database,
        chunk.map((a) => a.contentHash),
      );
      const records: Article[] = [];
      const sources: ArticleSource[] = [];
      const contents: ArticleContent[] = [];
      for (const imported of chunk) {
        const known = byHash.get(imported.contentHash);
        if (known) {
          summary.duplicates.push({ id: known.id, title: known.title, fileName: imported.source.fileName });
          continue;
        }
        const { article, content, source } = articleFromImport(imported, newId(), now());
        byHash.set(article.contentHash, article);
        records.push(article);
        contents.push(content);
        sources.push(source);
        summary.added.push({
          id: article.id,
          title: article.title,
          fileName: article.source.fileName,
          replacedSequences: article.replacedSequences,
          format: article.format,
        });
      }
      await database.articles.bulkAdd(records);
      await database.contents.bulkAdd(contents);
      await database.sources.bulkAdd(sources);
    });
    options.onProgress?.(Math.min(i + CHUNK, articles.length), articles.length);
  }
  return summary;
}

/** Everything deleting an article removes, kept so the deletion can be undone. */
export interface DeletedArticle {
  article: Article;
  content: ArticleContent | undefined;
  source: ArticleSource | undefined;
  highlights: Highlight[];
}

export async function deleteArticle(id: string, database: GlossDB = db): Promise<DeletedArticle | null> {
  const tables = [database.articles, database.contents, database.sources, database.highlights];
  return database.transaction('rw', tables, async () => {
    const article = await database.articles.get(id);
    if (!article) return null;
    const content = await database.contents.get(id);
    const source = await database.sources.get(id);
    const highlights = await database.highlights.where('articleId').equals(id).toArray();
    await database.highlights.bulkDelete(highlights.map((h) => h.id));
    await database.sources.delete(id);
    await database.contents.delete(id);
    await database.articles.delete(id);
    return { article, content, source, highlights };
  });
}

export async function restoreDeletedArticle(deleted: DeletedArticle, database: GlossDB = db): Promise<void> {
  const tables = [database.articles, database.contents, database.sources, database.highlights];
  await database.transaction('rw', tables, async () => {
    await database.articles.put(deleted.article);
    if (deleted.content) await database.contents.put(deleted.content);
    if (deleted.source) await database.sources.put(deleted.source);
    await database.highlights.bulkPut(deleted.highlights);
  });
}

export async function saveReadingPosition(id: string, offset: number, database: GlossDB = db): Promise<void> {
  await database.articles.update(id, { readingPosition: { offset, updatedAt: new Date().toISOString() } });
}
