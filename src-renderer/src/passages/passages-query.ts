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
 * Everything a filter needs, computed once per highlights array: both orders (as index lists and
 * as highlights), posting lists (the highlights, by index, carrying each lower-cased tag and every
 * ancestor it implies, each article tag, color and article), creation times in ascending order
 * for date ranges, and the lower-cased search text, built on the first text search. A filter then
 * only counts list hits in a byte array and walks one order.
 */
interface PreparedIndex {
  articles: ReadonlyMap<string, PassageArticle>;
  all: readonly Highlight[];
  byArticle: Int32Array;
  byCreated: Int32Array;
  inArticleOrder: Highlight[];
  inCreatedOrder: Highlight[];
  /** Indices by ascending `createdAt`, and those times, for binary search. */
  createdAscending: Int32Array;
  createdTimes: string[];
  tagPostings: Map<string, Int32Array>;
  articleTagPostings: Map<string, Int32Array>;
  colorPostings: Map<string, Int32Array>;
  articlePostings: Map<string, Int32Array>;
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

  const createdAscending = byCreated.slice().reverse();
  const tagLists = new Map<string, number[]>();
  const articleTagLists = new Map<string, number[]>();
  const colorLists = new Map<string, number[]>();
  const articleLists = new Map<string, number[]>();
  const articleTagKeys = new Map<string, string[]>();
  all.forEach((highlight, i) => {
    addPosting(colorLists, highlight.color, i);
    addPosting(articleLists, highlight.articleId, i);
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
    inArticleOrder: Array.from(byArticle, (i) => all[i]),
    inCreatedOrder: Array.from(byCreated, (i) => all[i]),
    createdAscending,
    createdTimes: Array.from(createdAscending, (i) => all[i].createdAt),
    tagPostings: toPostings(tagLists),
    articleTagPostings: toPostings(articleTagLists),
    colorPostings: toPostings(colorLists),
    articlePostings: toPostings(articleLists),
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
 * One condition of a filter as posting lists: a highlight meets it when it is on `need` of the
 * lists (each list holds a highlight at most once): all tags, any tag, every word, any color…
 */
interface Condition {
  lists: readonly Int32Array[];
  need: number;
}

/** First position in the ascending `times` whose time is not below `bound` (or, `after`, above it). */
function searchTimes(times: readonly string[], bound: string, after: boolean): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after ? times[mid] <= bound : times[mid] < bound) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function conditions(index: PreparedIndex, filter: PassageFilter): Condition[] {
  const out: Condition[] = [];
  const postings = (map: Map<string, Int32Array>, keys: readonly string[]) =>
    keys.map((key) => map.get(key) ?? EMPTY);
  const tags = lowerNames(filter.tags);
  if (tags.length > 0) {
    out.push({ lists: postings(index.tagPostings, tags), need: filter.tagMode === 'any' ? 1 : tags.length });
  }
  const articleTags = lowerNames(filter.articleTags);
  if (articleTags.length > 0) out.push({ lists: postings(index.articleTagPostings, articleTags), need: 1 });
  if (filter.colors && filter.colors.length > 0) {
    out.push({ lists: postings(index.colorPostings, [...new Set(filter.colors)]), need: 1 });
  }
  if (filter.articleId) out.push({ lists: postings(index.articlePostings, [filter.articleId]), need: 1 });
  const from = filter.createdFrom || null;
  const to = filter.createdTo || null;
  if (from !== null || to !== null) {
    // A `YYYY-MM-DD` bound covers the whole day: every time on it sorts below the day + U+FFFF.
    const last = to === null ? null : to.length === 10 ? `${to}\uffff` : to;
    const lo = from === null ? 0 : searchTimes(index.createdTimes, from, false);
    const hi = last === null ? index.createdTimes.length : searchTimes(index.createdTimes, last, true);
    out.push({ lists: [index.createdAscending.subarray(lo, Math.max(lo, hi))], need: 1 });
  }
  const words = lowerNames((filter.text ?? '').split(/\s+/));
  if (words.length > 0)
    out.push({ lists: words.map((word) => highlightsWithWord(index, word)), need: words.length });
  return out;
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
  const created = filter.order === 'created';
  const ordered = created ? index.inCreatedOrder : index.inArticleOrder;
  const required = conditions(index, filter);
  if (required.length === 0) return ordered.slice();

  // met[i]: how many conditions highlight i meets; it passes when it meets them all.
  const met = new Uint8Array(all.length);
  const counts = required.some((c) => c.need > 1 && c.lists.length > 1) ? new Uint16Array(all.length) : null;
  const seen = new Uint8Array(all.length);
  required.forEach(({ lists, need }, k) => {
    if (lists.length === 1) {
      for (const i of lists[0]) met[i]++;
    } else if (need <= 1) {
      const mark = k + 1;
      for (const list of lists) {
        for (const i of list) {
          if (seen[i] !== mark) {
            seen[i] = mark;
            met[i]++;
          }
        }
      }
    } else {
      counts!.fill(0);
      for (const list of lists) for (const i of list) if (++counts![i] === need) met[i]++;
    }
  });

  const wanted = required.length;
  const order = created ? index.byCreated : index.byArticle;
  const out: Highlight[] = [];
  for (let k = 0; k < order.length; k++) if (met[order[k]] === wanted) out.push(ordered[k]);
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
