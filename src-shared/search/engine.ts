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
import { probeFor, type Probe } from './block-filter';
import { GramIndex, intersect } from './gram-index';
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
}

export interface StoredSearchIndex {
  version: number;
  articles: StoredCollection<ArticleMeta>;
  passages: StoredCollection<PassageMeta>;
}

/** Hits counted per term and field for ranking: fewer when the candidates are many. */
const HIT_CAP = 10;
const HIT_CAP_MANY = 1;
const MANY = 500;
/** Hits counted for the results shown. */
const SHOWN_HIT_CAP = 1000;
const TITLE_WEIGHT = 20;
/** Fields not searched up to this length are read to skip verifying a one- or two-character term. */
const UNSEARCHED_READ = 1024;

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

interface Scored {
  doc: number;
  score: number;
  hits: number;
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

    const articleFields = articleFieldsFor(query.fields, options.includeRemoved ?? false);
    const articleIndexes = ARTICLE_FIELDS.map((f, i) => (articleFields.has(f) ? i : -1)).filter(
      (i) => i >= 0,
    );
    const none = { top: [] as Scored[], total: 0 };
    const hasDates = query.before !== null || query.after !== null;
    const scoredArticles =
      query.colors.length > 0 || articleIndexes.length === 0
        ? none
        : this.scoreCollection(
            this.articles,
            query,
            articleIndexes,
            0,
            hasDates ? (meta) => dateMatches(meta.publishedAt, query) : null,
            limit,
          );

    const passageFields = passageFieldsFor(query.fields);
    const passageIndexes = PASSAGE_FIELDS.map((f, i) => (passageFields.has(f) ? i : -1)).filter(
      (i) => i >= 0,
    );
    const scoredPassages =
      passageIndexes.length === 0
        ? none
        : this.scoreCollection(
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
            limit,
          );

    return {
      query,
      totalArticles: scoredArticles.total,
      totalPassages: scoredPassages.total,
      articles: scoredArticles.top.map((s) => {
        const { field, snippet, offset } = this.snippetFor(this.articles, s.doc, query.terms, articleIndexes);
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
        const { field, snippet } = this.snippetFor(this.passages, s.doc, query.terms, passageIndexes);
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
  }

  /**
   * Documents matching every term and filter and no excluded term: how many, and the best
   * `limit` of them, best first (higher score, then newer).
   */
  private scoreCollection<Meta extends { tags: string[] }>(
    collection: Collection<Meta>,
    query: ParsedQuery,
    fieldIndexes: number[],
    titleField: number,
    /** The filters the index does not answer (colors, dates); null when there are none. */
    keep: ((meta: Meta) => boolean) | null,
    limit: number,
  ): { top: Scored[]; total: number } {
    const index = collection.index;
    const lists = query.terms.map((t) => index.candidates(t.text));
    // A tag filter is answered by the tag index: the tagged documents (it may list removed ones:
    // check liveness). A document's tags never change under its number (a change re-adds it).
    if (query.tags.length > 0)
      lists.push(collection.tags.docs(query.tags).filter((doc) => index.isAlive(doc)));
    let candidates: number[];
    if (lists.length === 0) {
      candidates = index.liveDocs();
    } else {
      lists.sort((a, b) => a.length - b.length);
      candidates = lists[0];
      for (let i = 1; i < lists.length; i++) candidates = intersect(candidates, lists[i]);
    }
    if (query.terms.length === 0 && query.excluded.length === 0)
      return newestOf(collection, candidates, keep, limit);
    const many = candidates.length > MANY;
    const cap = many ? HIT_CAP_MANY : HIT_CAP;
    const fieldCount =
      ARTICLE_FIELDS.length > PASSAGE_FIELDS.length ? ARTICLE_FIELDS.length : PASSAGE_FIELDS.length;
    const unsearched: number[] = [];
    for (let f = 0; f < fieldCount; f++) if (!fieldIndexes.includes(f)) unsearched.push(f);
    const probes = query.terms.map((term) => probeFor(term.text, term.mode === 'prefix'));
    const excludedProbes = query.excluded.map((term) => probeFor(term.text, term.mode === 'prefix'));
    const top: Scored[] = [];
    // A long list (the command line asks for many) is sorted once at the end instead.
    const keepAll = limit > 200;
    let total = 0;
    // Newest first: among equal scores the newer document ranks first, so a tie never moves the top list.
    for (let c = candidates.length - 1; c >= 0; c--) {
      const doc = candidates[c];
      if (!passesFilters(collection, doc, keep)) continue;
      const folded = index.text(doc)!;
      const signatures = index.signature(doc);
      const starts = collection.starts[doc]!;
      // With many candidates, a one- or two-character term needs no verification when the
      // fields not searched are short (the removed text, usually empty) and do not hold it: its
      // posting list is exact, so it is in a searched field.
      const exact = many && unsearchedLength(starts, unsearched) <= UNSEARCHED_READ;
      let score = 0;
      let hits = 0;
      let matched = true;
      for (let t = 0; t < query.terms.length; t++) {
        const term = query.terms[t];
        if (
          exact &&
          term.mode === 'substring' &&
          GramIndex.isExact(term.text) &&
          !inAnyField(folded, term, starts, unsearched)
        ) {
          const inTitle =
            titleField >= 0 && nextMatch(folded, term, starts[titleField], starts[titleField + 1] - 1) >= 0;
          hits += 1;
          score += inTitle ? TITLE_WEIGHT : 1;
          continue;
        }
        const counted = countInFields(
          folded,
          term,
          starts,
          fieldIndexes,
          titleField,
          cap,
          signatures,
          probes[t],
        );
        if (counted.hits === 0) {
          matched = false;
          break;
        }
        hits += counted.hits;
        score += counted.score;
      }
      if (!matched) continue;
      let excluded = false;
      for (let t = 0; t < query.excluded.length && !excluded; t++) {
        const term = query.excluded[t];
        excluded =
          countInFields(folded, term, starts, fieldIndexes, titleField, 1, signatures, excludedProbes[t])
            .hits > 0;
      }
      if (excluded) continue;
      total++;
      if (keepAll) top.push({ doc, score, hits });
      else insertTop(top, { doc, score, hits }, limit);
    }
    if (keepAll) {
      top.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
      top.length = Math.min(top.length, limit);
    }
    // Ranking counted a few hits per document; the results shown get their full count.
    for (const s of top) s.hits = this.countAll(collection, s.doc, query.terms, probes, fieldIndexes);
    return { top, total };
  }

  /** Every hit of the terms in the document's searched fields (for the results shown). */
  private countAll<Meta extends { tags: readonly string[] }>(
    collection: Collection<Meta>,
    doc: number,
    terms: QueryTerm[],
    probes: (Probe | null)[],
    fieldIndexes: number[],
  ): number {
    const folded = collection.index.text(doc)!;
    const signatures = collection.index.signature(doc);
    const starts = collection.starts[doc]!;
    let hits = 0;
    for (let t = 0; t < terms.length; t++)
      hits += countInFields(
        folded,
        terms[t],
        starts,
        fieldIndexes,
        -1,
        SHOWN_HIT_CAP,
        signatures,
        probes[t],
      ).hits;
    return hits;
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

/**
 * Hits of a term in the searched fields of one document, in one pass over the span those
 * fields cover (a match never crosses a field: the separator is in no query). Title hits weigh more.
 */
function countInFields(
  folded: string,
  term: QueryTerm,
  starts: readonly number[],
  fieldIndexes: readonly number[],
  titleField: number,
  cap: number,
  signatures: Uint32Array | null = null,
  probe: Probe | null = null,
): { hits: number; score: number } {
  const from = starts[fieldIndexes[0]];
  const to = starts[fieldIndexes[fieldIndexes.length - 1] + 1] - 1;
  let hits = 0;
  let score = 0;
  let at = nextMatch(folded, term, from, to, signatures, probe);
  while (at >= 0) {
    let field = fieldIndexes[0];
    while (starts[field + 1] <= at) field++;
    if (fieldIndexes.includes(field)) {
      hits++;
      score += field === titleField ? TITLE_WEIGHT : 1;
      // At the cap: stop, rather than read on for a match that would not be counted.
      if (hits >= cap) break;
    }
    at = nextMatch(folded, term, at + term.text.length, to, signatures, probe);
  }
  return { hits, score };
}

/** Total length of the fields not searched (those this document's kind has). */
function unsearchedLength(starts: readonly number[], unsearched: readonly number[]): number {
  let length = 0;
  for (const f of unsearched) if (f + 1 < starts.length) length += starts[f + 1] - 1 - starts[f];
  return length;
}

/** True when the term is in one of the fields (those this document's kind has). */
function inAnyField(
  folded: string,
  term: QueryTerm,
  starts: readonly number[],
  fields: readonly number[],
): boolean {
  for (const f of fields)
    if (f + 1 < starts.length && nextMatch(folded, term, starts[f], starts[f + 1] - 1) >= 0) return true;
  return false;
}

/** Whether a document passes the query's filters (tags, colors, dates); no filters pass all. */
function passesFilters<Meta extends { tags: readonly string[] }>(
  collection: Collection<Meta>,
  doc: number,
  keep: ((meta: Meta) => boolean) | null,
): boolean {
  if (!keep) return true;
  const meta = collection.metas[doc];
  return meta !== undefined && meta !== null && keep(meta);
}

/**
 * A query of filters only (tags, colors, dates): nothing to verify and every score equal, so the
 * candidates that pass the filters all count, the newest first.
 */
function newestOf<Meta extends { tags: readonly string[] }>(
  collection: Collection<Meta>,
  candidates: readonly number[],
  keep: ((meta: Meta) => boolean) | null,
  limit: number,
): { top: Scored[]; total: number } {
  const top: Scored[] = [];
  let total = 0;
  for (let c = candidates.length - 1; c >= 0; c--) {
    const doc = candidates[c];
    if (!passesFilters(collection, doc, keep)) continue;
    total++;
    if (top.length < limit) top.push({ doc, score: 0, hits: 0 });
  }
  return { top, total };
}

function better(a: Scored, b: Scored): boolean {
  return a.score > b.score || (a.score === b.score && a.doc > b.doc);
}

/** Keeps `top` the best `limit` entries, best first (higher score, then the later document). */
function insertTop(top: Scored[], entry: Scored, limit: number): void {
  if (top.length >= limit && !better(entry, top[top.length - 1])) return;
  let lo = 0;
  let hi = top.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (better(entry, top[mid])) hi = mid;
    else lo = mid + 1;
  }
  top.splice(lo, 0, entry);
  if (top.length > limit) top.pop();
}

function articleMeta(doc: ArticleDocument): ArticleMeta {
  return { publishedAt: doc.publishedAt, importedAt: doc.importedAt, tags: doc.tags };
}

function passageMeta(doc: PassageDocument): PassageMeta {
  return { articleId: doc.articleId, color: doc.color, tags: doc.tags, createdAt: doc.createdAt };
}

export { GramIndex };
export type { HitField };
