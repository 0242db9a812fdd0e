/**
 * The passages query: every highlight in the library filtered by text, tags (all of / any of,
 * a parent including its children), color, article, article tags and creation date, in article
 * order or newest first. Pure functions on arrays; `loadPassages` adds the Dexie side.
 *
 * Speed matters here (tens of thousands of highlights, re-filtered on each change of filter),
 * so the lower-cased text, the tag sets with their ancestors and both orders are computed once
 * per highlights array and reused by every later filter: a filter is one pass, never a sort.
 */
import type { Highlight, HighlightColor } from '../db/models';
import { tagWithAncestors } from '../tags/tag-tree';

export type PassageOrder = 'article' | 'created';
export type TagMode = 'all' | 'any';

export interface PassageFilter {
  /** Words searched in the quote, the note and the article title (case-insensitive). */
  text?: string;
  /** Highlight tags; a parent includes its children; compared case-insensitively. */
  tags?: readonly string[];
  /** `all` (default): every tag; `any`: at least one. */
  tagMode?: TagMode;
  /** Any of these colors; empty or absent means every color. */
  colors?: readonly HighlightColor[];
  articleId?: string | null;
  /** The article carries any of these tags (a parent includes its children). */
  articleTags?: readonly string[];
  /** Inclusive bounds on `createdAt`: ISO instants, or `YYYY-MM-DD` for whole (UTC) days. */
  createdFrom?: string | null;
  createdTo?: string | null;
  /** `article` (default): by article title, then position in the text; `created`: newest first. */
  order?: PassageOrder;
}

/** What the query needs of an article: its title (and tags for the article-tag filter), or just the title. */
export type PassageArticle = { title: string; tags?: readonly string[] } | string;

/**
 * Everything a filter needs, computed once per highlights array: both orders as index lists,
 * posting lists from each lower-cased tag (and every ancestor it implies) to the highlights
 * carrying it, and the lower-cased search text, built on the first text search.
 */
interface PreparedIndex {
  articles: ReadonlyMap<string, PassageArticle>;
  all: readonly Highlight[];
  byArticle: Int32Array;
  byCreated: Int32Array;
  tagPostings: Map<string, Int32Array>;
  articleTagPostings: Map<string, Int32Array>;
  haystacks: string[] | null;
  /** Recent search words with the highlights containing them, so typing narrows the last result. */
  words: Map<string, Int32Array>;
}

const WORD_MEMORY = 32;
const cache = new WeakMap<readonly Highlight[], PreparedIndex>();

const titleOf = (article: PassageArticle | undefined): string =>
  article === undefined ? '' : typeof article === 'string' ? article : article.title;

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Each article's place in title order; sorting once per article keeps the collator off the hot path. */
function articleRanks(
  all: readonly Highlight[],
  articles: ReadonlyMap<string, PassageArticle>,
): Map<string, number> {
  const ids = [...new Set(all.map((h) => h.articleId))];
  const titles = new Map(ids.map((id) => [id, titleOf(articles.get(id))]));
  ids.sort((a, b) => collator.compare(titles.get(a)!, titles.get(b)!) || compareStrings(a, b));
  return new Map(ids.map((id, rank) => [id, rank]));
}

function addPosting(lists: Map<string, number[]>, key: string, index: number): void {
  const list = lists.get(key);
  if (!list) lists.set(key, [index]);
  else if (list[list.length - 1] !== index) list.push(index);
}

function toPostings(lists: Map<string, number[]>): Map<string, Int32Array> {
  return new Map([...lists].map(([key, list]) => [key, Int32Array.from(list)]));
}

function prepare(all: readonly Highlight[], articles: ReadonlyMap<string, PassageArticle>): PreparedIndex {
  const known = cache.get(all);
  if (known && known.articles === articles) return known;

  const ranks = articleRanks(all, articles);
  const indices = Array.from(all, (_, i) => i);
  const byArticle = Int32Array.from(indices).sort((i, j) => {
    const a = all[i];
    const b = all[j];
    return (
      ranks.get(a.articleId)! - ranks.get(b.articleId)! ||
      a.position.start - b.position.start ||
      a.position.end - b.position.end ||
      compareStrings(a.id, b.id)
    );
  });
  const byCreated = Int32Array.from(indices).sort(
    (i, j) => compareStrings(all[j].createdAt, all[i].createdAt) || compareStrings(all[i].id, all[j].id),
  );

  const tagLists = new Map<string, number[]>();
  const articleTagLists = new Map<string, number[]>();
  const articleTagKeys = new Map<string, string[]>();
  all.forEach((highlight, i) => {
    for (const tag of highlight.tags) {
      for (const key of tagWithAncestors(tag.toLowerCase())) addPosting(tagLists, key, i);
    }
    let keys = articleTagKeys.get(highlight.articleId);
    if (!keys) {
      const article = articles.get(highlight.articleId);
      const tags = typeof article === 'object' ? (article.tags ?? []) : [];
      keys = [...new Set(tags.flatMap((tag) => tagWithAncestors(tag.toLowerCase())))];
      articleTagKeys.set(highlight.articleId, keys);
    }
    for (const key of keys) addPosting(articleTagLists, key, i);
  });

  const index: PreparedIndex = {
    articles,
    all,
    byArticle,
    byCreated,
    tagPostings: toPostings(tagLists),
    articleTagPostings: toPostings(articleTagLists),
    haystacks: null,
    words: new Map(),
  };
  cache.set(all, index);
  return index;
}

/** Highlights whose quote, note or article title contains `word`, narrowing a remembered shorter word's list. */
function highlightsWithWord(index: PreparedIndex, word: string): Int32Array {
  const known = index.words.get(word);
  if (known) return known;
  if (!index.haystacks) {
    index.haystacks = index.all.map((h) =>
      `${h.quote.exact}\n${h.note}\n${titleOf(index.articles.get(h.articleId))}`.toLowerCase(),
    );
  }
  let candidates: Int32Array | null = null;
  for (const [seen, list] of index.words) {
    if (word.includes(seen) && (candidates === null || list.length < candidates.length)) candidates = list;
  }
  const haystacks = index.haystacks;
  const found: number[] = [];
  if (candidates) {
    for (const i of candidates) if (haystacks[i].includes(word)) found.push(i);
  } else {
    for (let i = 0; i < haystacks.length; i++) if (haystacks[i].includes(word)) found.push(i);
  }
  const list = Int32Array.from(found);
  if (index.words.size >= WORD_MEMORY) index.words.delete(index.words.keys().next().value!);
  index.words.set(word, list);
  return list;
}

/**
 * How many of the required lists each highlight is on, and how many it must be on to pass:
 * all tags (`need` = number of tags), any tag (`need` = 1), or every search word.
 */
interface Requirement {
  hits: Uint8Array;
  need: number;
}

function requirement(n: number, lists: readonly Int32Array[], need: number): Requirement {
  const hits = new Uint8Array(n);
  for (const list of lists) for (const i of list) hits[i]++;
  return { hits, need };
}

const lowerNames = (names: readonly string[] | undefined): string[] => [
  ...new Set((names ?? []).map((name) => name.trim().toLowerCase()).filter(Boolean)),
];

const EMPTY = new Int32Array(0);

/**
 * The highlights that pass `filter`, in its order. `articlesById` maps article ids to articles
 * (or just titles). Calls with the same `all` and `articlesById` reuse the prepared orders and
 * posting lists, so only the first call after a change of data sorts.
 */
export function filterPassages(
  all: readonly Highlight[],
  articlesById: ReadonlyMap<string, PassageArticle>,
  filter: PassageFilter = {},
): Highlight[] {
  const index = prepare(all, articlesById);
  const n = all.length;
  const requirements: Requirement[] = [];

  const tags = lowerNames(filter.tags);
  if (tags.length > 0) {
    const lists = tags.map((tag) => index.tagPostings.get(tag) ?? EMPTY);
    // Capped so the hit counts fit a byte; nobody filters by 255 tags at once.
    requirements.push(requirement(n, lists, filter.tagMode === 'any' ? 1 : Math.min(tags.length, 255)));
  }
  const articleTags = lowerNames(filter.articleTags);
  if (articleTags.length > 0) {
    requirements.push(
      requirement(
        n,
        articleTags.map((tag) => index.articleTagPostings.get(tag) ?? EMPTY),
        1,
      ),
    );
  }
  const words = lowerNames((filter.text ?? '').split(/\s+/));
  if (words.length > 0) {
    requirements.push(
      requirement(
        n,
        words.map((word) => highlightsWithWord(index, word)),
        Math.min(words.length, 255),
      ),
    );
  }

  const colors = filter.colors && filter.colors.length > 0 ? new Set<string>(filter.colors) : null;
  const articleId = filter.articleId || null;
  const from = filter.createdFrom || null;
  const to = filter.createdTo || null;
  const toIsDay = to !== null && to.length === 10;

  const out: Highlight[] = [];
  const order = filter.order === 'created' ? index.byCreated : index.byArticle;
  next: for (const i of order) {
    for (const { hits, need } of requirements) if (hits[i] < need) continue next;
    const h = all[i];
    if (articleId !== null && h.articleId !== articleId) continue;
    if (colors !== null && !colors.has(h.color)) continue;
    if (from !== null && h.createdAt < from) continue;
    if (to !== null && (toIsDay ? h.createdAt.slice(0, 10) > to : h.createdAt > to)) continue;
    out.push(h);
  }
  return out;
}

/** True when the filter narrows nothing (the order aside). */
export function isEmptyFilter(filter: PassageFilter): boolean {
  return (
    !filter.text?.trim() &&
    !filter.tags?.length &&
    !filter.colors?.length &&
    !filter.articleId &&
    !filter.articleTags?.length &&
    !filter.createdFrom &&
    !filter.createdTo
  );
}

/** The `createdFrom`/`createdTo` instants for local calendar days picked in a date input (`YYYY-MM-DD`). */
export function localDayBounds(
  from: string,
  to: string,
): { createdFrom: string | null; createdTo: string | null } {
  const start = from ? new Date(`${from}T00:00:00`) : null;
  const end = to ? new Date(`${to}T23:59:59.999`) : null;
  return {
    createdFrom: start && !Number.isNaN(start.getTime()) ? start.toISOString() : null,
    createdTo: end && !Number.isNaN(end.getTime()) ? end.toISOString() : null,
  };
}
