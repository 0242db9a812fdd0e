/**
 * The search engine: articles and passages in two collections, one query language, exact
 * substring semantics (every hit is verified against the folded text), ranked results with a
 * snippet around the best hit. Used by the app's search worker, the command line and benchmarks.
 */
import { Collection, type StoredCollection } from './collection';
import {
  ARTICLE_FIELDS,
  PASSAGE_FIELDS,
  articleFieldTexts,
  passageFieldTexts,
  type ArticleDocument,
  type ArticleField,
  type HitField,
  type PassageDocument,
  type PassageField,
} from './documents';
import { CollectionQuery, type Best } from './collection-query';
import { GramIndex } from './gram-index';
import { nextMatch } from './match';
import { isEmptyQuery, parseQuery, type ParsedQuery, type QueryTerm, type SearchField } from './query';
import { makeSnippet, type Snippet } from './snippet';

/** Bump when the stored form or the folding changes: a stored index of another version is rebuilt. */
export const SEARCH_INDEX_VERSION = 3;

export interface ArticleMeta {
  publishedAt: string | null;
  importedAt: string;
  tags: string[];
}

export interface PassageMeta {
  articleId: string;
  color: string;
  tags: string[];
  createdAt: string;
}

export interface SearchOptions {
  /** Results returned per group (the totals count them all). */
  limit?: number;
  /** Search the text Gloss left out at import as well. */
  includeRemoved?: boolean;
  /**
   * Find the first page without counting every match when the matches are many: the totals are
   * then lower bounds, `counting` is set, and `countTotals` gives the exact ones.
   */
  countLater?: boolean;
}

export interface ArticleResult {
  id: string;
  title: string;
  hits: number;
  score: number;
  field: ArticleField;
  snippet: Snippet;
  /** Offset of the best hit in the article's canonical text, when it is in the text. */
  textOffset: number | null;
}

export interface PassageResult {
  id: string;
  articleId: string;
  articleTitle: string;
  color: string;
  tags: string[];
  hits: number;
  score: number;
  field: PassageField;
  snippet: Snippet;
}

export interface SearchResults {
  query: ParsedQuery;
  articles: ArticleResult[];
  passages: PassageResult[];
  totalArticles: number;
  totalPassages: number;
  /** Set when the totals are lower bounds and the exact ones are still to count (`countLater`). */
  counting?: true;
}

export interface StoredSearchIndex {
  version: number;
  articles: StoredCollection<ArticleMeta>;
  passages: StoredCollection<PassageMeta>;
}

function articleFieldsFor(fields: SearchField[], includeRemoved: boolean): Set<ArticleField> {
  const wanted = new Set<ArticleField>();
  if (fields.length === 0) {
    for (const f of ARTICLE_FIELDS) if (f !== 'removed' || includeRemoved) wanted.add(f);
    return wanted;
  }
  if (fields.includes('title')) wanted.add('title');
  if (fields.includes('text')) {
    wanted.add('text');
    if (includeRemoved) wanted.add('removed');
  }
  if (fields.includes('notes')) wanted.add('note');
  return wanted;
}

function passageFieldsFor(fields: SearchField[]): Set<PassageField> {
  if (fields.length === 0) return new Set(PASSAGE_FIELDS);
  const wanted = new Set<PassageField>();
  if (fields.includes('highlights')) wanted.add('quote');
  if (fields.includes('notes')) wanted.add('note');
  return wanted;
}

function dateMatches(date: string | null, query: ParsedQuery): boolean {
  if (query.before === null && query.after === null) return true;
  if (!date) return false;
  if (query.before !== null && date.slice(0, query.before.length) >= query.before) return false;
  if (query.after !== null && date.slice(0, query.after.length) < query.after) return false;
  return true;
}

export class SearchEngine {
  articles = new Collection<ArticleMeta>();
  passages = new Collection<PassageMeta>();

  static build(articles: readonly ArticleDocument[], passages: readonly PassageDocument[]): SearchEngine {
    const engine = new SearchEngine();
    engine.articles = Collection.build(
      articles.map((doc) => ({ id: doc.id, meta: articleMeta(doc), fields: articleFieldTexts(doc) })),
    );
    engine.passages = Collection.build(
      passages.map((doc) => ({ id: doc.id, meta: passageMeta(doc), fields: passageFieldTexts(doc) })),
    );
    return engine;
  }

  static restore(stored: StoredSearchIndex): SearchEngine {
    if (stored.version !== SEARCH_INDEX_VERSION)
      throw new Error(`search index version ${stored.version}, expected ${SEARCH_INDEX_VERSION}`);
    const engine = new SearchEngine();
    engine.articles = Collection.restore(stored.articles);
    engine.passages = Collection.restore(stored.passages);
    return engine;
  }

  /**
   * Background work after a build or a restore (GramIndex.prepare): folds the texts not folded
   * yet and makes their block signatures while `goOn()` says so; true while some remain.
   */
  preparePending(goOn: () => boolean): boolean {
    return this.articles.index.prepare(goOn) || this.passages.index.prepare(goOn);
  }

  /** True while `preparePending` has work left. */
  hasPendingPreparation(): boolean {
    return this.articles.index.hasPending() || this.passages.index.hasPending();
  }

  toStored(): StoredSearchIndex {
    return {
      version: SEARCH_INDEX_VERSION,
      articles: this.articles.toStored(),
      passages: this.passages.toStored(),
    };
  }

  upsertArticle(doc: ArticleDocument): void {
    this.articles.upsert(doc.id, articleMeta(doc), articleFieldTexts(doc));
  }

  removeArticle(id: string): void {
    this.articles.remove(id);
  }

  upsertPassage(doc: PassageDocument): void {
    this.passages.upsert(doc.id, passageMeta(doc), passageFieldTexts(doc));
  }

  removePassage(id: string): void {
    this.passages.remove(id);
  }

  search(input: string | ParsedQuery, options: SearchOptions = {}): SearchResults {
    const query = typeof input === 'string' ? parseQuery(input) : input;
    const limit = options.limit ?? 20;
    const empty: SearchResults = { query, articles: [], passages: [], totalArticles: 0, totalPassages: 0 };
    if (isEmptyQuery(query)) return empty;
    const plan = this.plan(query, options);
    const none: Best = { top: [], total: 0, exact: true };
    const firstScreen = options.countLater ?? false;
    const scoredArticles = plan.articles?.best(limit, firstScreen) ?? none;
    const scoredPassages = plan.passages?.best(limit, firstScreen) ?? none;

    const results: SearchResults = {
      query,
      totalArticles: scoredArticles.total,
      totalPassages: scoredPassages.total,
      articles: scoredArticles.top.map((s) => {
        const { field, snippet, offset } = this.snippetFor(
          this.articles,
          s.doc,
          query.terms,
          plan.articleIndexes,
        );
        const textStart = this.articles.starts[s.doc]![ARTICLE_FIELDS.indexOf('text')];
        return {
          id: this.articles.ids[s.doc]!,
          title: this.articles.field(s.doc, 0),
          hits: s.hits,
          score: s.score,
          field: ARTICLE_FIELDS[field],
          snippet,
          textOffset: ARTICLE_FIELDS[field] === 'text' && offset !== null ? offset - textStart : null,
        };
      }),
      passages: scoredPassages.top.map((s) => {
        const meta = this.passages.metas[s.doc]!;
        const { field, snippet } = this.snippetFor(this.passages, s.doc, query.terms, plan.passageIndexes);
        return {
          id: this.passages.ids[s.doc]!,
          articleId: meta.articleId,
          articleTitle: this.articleTitle(meta.articleId),
          color: meta.color,
          tags: meta.tags,
          hits: s.hits,
          score: s.score,
          field: PASSAGE_FIELDS[field],
          snippet,
        };
      }),
    };
    if (!scoredArticles.exact || !scoredPassages.exact) results.counting = true;
    return results;
  }

  /**
   * The totals of a query that `search` answered with `countLater` (every match counted, the
   * same numbers `search` gives without it); null when `goOn()` said stop before the end.
   */
  countTotals(
    input: string | ParsedQuery,
    options: SearchOptions = {},
    goOn: () => boolean = () => true,
  ): { totalArticles: number; totalPassages: number } | null {
    const query = typeof input === 'string' ? parseQuery(input) : input;
    if (isEmptyQuery(query)) return { totalArticles: 0, totalPassages: 0 };
    const plan = this.plan(query, options);
    const totalArticles = plan.articles ? plan.articles.count(goOn) : 0;
    if (totalArticles === null) return null;
    const totalPassages = plan.passages ? plan.passages.count(goOn) : 0;
    if (totalPassages === null) return null;
    return { totalArticles, totalPassages };
  }

  /** The query over each collection (null for one it leaves out) and the fields it searches. */
  private plan(query: ParsedQuery, options: SearchOptions) {
    const articleFields = articleFieldsFor(query.fields, options.includeRemoved ?? false);
    const articleIndexes = ARTICLE_FIELDS.map((f, i) => (articleFields.has(f) ? i : -1)).filter(
      (i) => i >= 0,
    );
    const hasDates = query.before !== null || query.after !== null;
    const articles =
      query.colors.length > 0 || articleIndexes.length === 0
        ? null
        : new CollectionQuery(
            this.articles,
            query,
            articleIndexes,
            0,
            hasDates ? (meta) => dateMatches(meta.publishedAt, query) : null,
          );
    const passageFields = passageFieldsFor(query.fields);
    const passageIndexes = PASSAGE_FIELDS.map((f, i) => (passageFields.has(f) ? i : -1)).filter(
      (i) => i >= 0,
    );
    const passages =
      passageIndexes.length === 0
        ? null
        : new CollectionQuery(
            this.passages,
            query,
            passageIndexes,
            -1,
            query.colors.length === 0 && !hasDates
              ? null
              : (meta) => {
                  if (query.colors.length > 0 && !query.colors.includes(meta.color)) return false;
                  if (!hasDates) return true;
                  const article = this.articles.docOf(meta.articleId);
                  return (
                    article !== undefined &&
                    dateMatches(this.articles.metas[article]?.publishedAt ?? null, query)
                  );
                },
          );
    return { articles, passages, articleIndexes, passageIndexes };
  }

  private snippetFor<Meta extends { tags: readonly string[] }>(
    collection: Collection<Meta>,
    doc: number,
    terms: QueryTerm[],
    fieldIndexes: number[],
  ): { field: number; snippet: Snippet; offset: number | null } {
    const folded = collection.index.text(doc)!;
    const original = collection.originals[doc]!;
    const starts = collection.starts[doc]!;
    // The field with the hit: the article text first (where opening lands), then the others.
    const order = [...fieldIndexes].sort((a, b) => (a === 3 ? -1 : b === 3 ? 1 : a - b));
    for (const f of order) {
      for (const term of terms) {
        const at = nextMatch(folded, term, starts[f], starts[f + 1] - 1);
        if (at >= 0) {
          return {
            field: f,
            snippet: makeSnippet(original, folded, starts[f], starts[f + 1] - 1, at, terms),
            offset: at,
          };
        }
      }
    }
    const f = fieldIndexes.find((i) => starts[i + 1] - 1 > starts[i]) ?? fieldIndexes[0];
    return {
      field: f,
      snippet: makeSnippet(original, folded, starts[f], starts[f + 1] - 1, starts[f], terms),
      offset: null,
    };
  }

  /** An indexed article's title ('' when it is not in the index). */
  articleTitle(id: string): string {
    const doc = this.articles.docOf(id);
    return doc === undefined ? '' : this.articles.field(doc, 0);
  }

  /** Sizes for reports: documents, characters indexed, bytes of postings. */
  stats(): { articles: number; passages: number; characters: number; postingBytes: number } {
    let characters = 0;
    for (const collection of [this.articles, this.passages] as Collection<{ tags: readonly string[] }>[]) {
      for (const text of collection.originals) characters += text?.length ?? 0;
    }
    return {
      articles: this.articles.count,
      passages: this.passages.count,
      characters,
      postingBytes: this.articles.index.postingBytes() + this.passages.index.postingBytes(),
    };
  }
}

function articleMeta(doc: ArticleDocument): ArticleMeta {
  return { publishedAt: doc.publishedAt, importedAt: doc.importedAt, tags: doc.tags };
}

function passageMeta(doc: PassageDocument): PassageMeta {
  return { articleId: doc.articleId, color: doc.color, tags: doc.tags, createdAt: doc.createdAt };
}

export { GramIndex };
export type { HitField };
