/**
 * search-engines: the engine comparison behind docs/search.md. The same 10,000 generated
 * articles (real Chinese and English text) indexed by Gloss's gram index, MiniSearch (as it
 * comes, and with a CJK bigram tokenizer) and FlexSearch (its CJK charset, and its default
 * forward tokenizer); the same 50 queries; build time, size, heap, query p50/p95 and, for
 * Chinese substrings, recall and precision against a substring scan of the folded text.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import MiniSearch from 'minisearch';
import { Charset, Index } from 'flexsearch';
import type { ArticleDocument } from '../../src-shared/search/documents';
import { SearchEngine } from '../../src-shared/search/engine';
import { fold } from '../../src-shared/search/fold';
import { parseQuery, type ParsedQuery } from '../../src-shared/search/query';
import { makeSearchArticles, seededRandom } from '../search-corpus';
import { median, round, type BenchResult } from '../support';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapBytes(): number {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p + 0.5))];
}

interface Candidate {
  name: string;
  build(articles: ArticleDocument[]): Promise<unknown> | unknown;
  /** Article ids for a query string of the kinds below (raw, unparsed); `all` when every id is wanted. */
  search(index: unknown, query: string, all?: boolean): string[];
  size(index: unknown): Promise<number> | number;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

/** Overlapping bigrams of CJK runs (and the single character of a one-character run), words elsewhere. */
function bigramTokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const part of text.split(/[\s\p{P}]+/u)) {
    if (!part) continue;
    let last = 0;
    for (const match of part.matchAll(CJK_RUN)) {
      if (match.index > last) tokens.push(part.slice(last, match.index));
      const run = match[0];
      if (run.length === 1) tokens.push(run);
      for (let i = 1; i < run.length; i++) tokens.push(run.slice(i - 1, i + 1));
      last = match.index + run.length;
    }
    if (last < part.length) tokens.push(part.slice(last));
  }
  return tokens;
}

function glossQuery(query: string): ParsedQuery {
  return { ...parseQuery(query), fields: ['title', 'text'] };
}

const candidates: Candidate[] = [
  {
    name: 'Gloss gram index',
    // With the block signatures the app makes in the background right after a build (timed here).
    build: (articles) => {
      const engine = SearchEngine.build(articles, []);
      engine.preparePending(() => true);
      return engine;
    },
    // Timed as the app asks (the best 30 with snippets, every match counted); all ids for correctness.
    search: (index, query, all) =>
      (index as SearchEngine)
        .search(glossQuery(query), { limit: all ? 1_000_000 : 30 })
        .articles.map((a) => a.id),
    size: (index) => {
      const stored = (index as SearchEngine).toStored().articles;
      const text = stored.texts.reduce((sum, t) => sum + (t?.length ?? 0) * 2, 0);
      return (
        stored.segment.keys.byteLength +
        stored.segment.offsets.byteLength +
        stored.segment.postings.byteLength +
        text
      );
    },
  },
  {
    name: 'MiniSearch (default tokenizer)',
    build: (articles) => {
      const mini = new MiniSearch<ArticleDocument>({ fields: ['title', 'text'], storeFields: [] });
      mini.addAll(articles);
      return mini;
    },
    search: (index, query) =>
      (index as MiniSearch).search(query, { combineWith: 'AND', prefix: true }).map((r) => String(r.id)),
    size: (index) => JSON.stringify(index).length,
  },
  {
    name: 'MiniSearch (CJK bigram tokenizer)',
    build: (articles) => {
      const mini = new MiniSearch<ArticleDocument>({
        fields: ['title', 'text'],
        storeFields: [],
        tokenize: bigramTokenize,
        processTerm: (term) => term.toLowerCase(),
      });
      mini.addAll(articles);
      return mini;
    },
    search: (index, query) =>
      (index as MiniSearch)
        .search(query, { combineWith: 'AND', prefix: (term) => !CJK.test(term) })
        .map((r) => String(r.id)),
    size: (index) => JSON.stringify(index).length,
  },
  flexSearchEngine('FlexSearch (Charset.CJK)', { encoder: Charset.CJK }),
  flexSearchEngine('FlexSearch (forward tokenizer)', { tokenize: 'forward' }),
];

/** 50 queries: 10 each of two- and four-character Chinese, English words, English phrases, and 10 mixed CJK lengths. */
export function comparisonQueries(
  articles: readonly ArticleDocument[],
  seed = 31,
): { query: string; kind: string }[] {
  const random = seededRandom(seed);
  const queries: { query: string; kind: string }[] = [];
  const draw = (accept: (s: string) => boolean, length: () => number, kind: string, count: number) => {
    let tries = 0;
    while (queries.filter((q) => q.kind === kind).length < count && tries++ < 100_000) {
      const text = articles[Math.floor(random() * articles.length)].text;
      const n = length();
      const start = Math.floor(random() * Math.max(1, text.length - n));
      const s = text.slice(start, start + n);
      if (accept(s)) queries.push({ query: s, kind });
    }
  };
  const allCjk = (s: string) => s.length > 0 && [...s].every((c) => CJK.test(c));
  draw(allCjk, () => 2, 'chinese-2', 10);
  draw(allCjk, () => 4, 'chinese-4', 10);
  const words = (n: number) => {
    const text = articles[Math.floor(random() * articles.length)].text;
    const list = text.match(/\b[A-Za-z]{4,}\b(?: [A-Za-z]{3,}\b)?/g) ?? [];
    return list.length ? list[Math.floor(random() * list.length)].split(' ').slice(0, n).join(' ') : null;
  };
  while (queries.filter((q) => q.kind === 'english-word').length < 10) {
    const w = words(1);
    if (w) queries.push({ query: w, kind: 'english-word' });
  }
  while (queries.filter((q) => q.kind === 'english-phrase').length < 10) {
    const w = words(2);
    if (w && w.includes(' ')) queries.push({ query: `"${w}"`, kind: 'english-phrase' });
  }
  draw(allCjk, () => 1 + Math.floor(random() * 6), 'chinese-1-6', 10);
  return queries;
}

/** Random CJK substrings for the correctness measure. */
function chineseSubstrings(articles: readonly ArticleDocument[], count: number): string[] {
  const random = seededRandom(77);
  const out: string[] = [];
  while (out.length < count) {
    const text = articles[Math.floor(random() * articles.length)].text;
    const n = 1 + Math.floor(random() * 5);
    const start = Math.floor(random() * Math.max(1, text.length - n));
    const s = text.slice(start, start + n);
    if ([...s].every((c) => CJK.test(c))) out.push(s);
  }
  return out;
}

export interface EngineRow {
  engine: string;
  buildMs: number;
  sizeMB: number;
  heapMB: number;
  p50: number;
  p95: number;
  recall: number;
  precision: number;
}

export async function benchSearchEngines(
  count = 10_000,
): Promise<{ rows: EngineRow[]; result: BenchResult; chars: number }> {
  const articles = makeSearchArticles(count);
  const chars = articles.reduce((sum, a) => sum + a.text.length + a.title.length, 0);
  const queries = comparisonQueries(articles);
  const substrings = chineseSubstrings(articles, 200);
  const foldedTexts = articles.map((a) => fold(`${a.title}\n${a.text}`));
  const truth = substrings.map((s) => {
    const f = fold(s);
    return new Set(articles.filter((_, i) => foldedTexts[i].includes(f)).map((a) => a.id));
  });
  // The scan every engine is compared with: indexOf over every folded article.
  const scanMs: number[] = [];
  for (const { query } of queries) {
    const f = fold(query.replaceAll('"', ''));
    const began = performance.now();
    let n = 0;
    for (const text of foldedTexts) if (text.includes(f)) n++;
    scanMs.push(performance.now() - began + n * 0);
  }
  const rows: EngineRow[] = [];
  // FlexSearch's forward tokenizer took 448 MB of heap for 1,000 articles: at 10,000 it does not fit.
  const only = process.env.SEARCH_ENGINES;
  const measured = (count > 2000 ? candidates.filter((c) => !c.name.includes('forward')) : candidates).filter(
    (c) => !only || c.name.includes(only),
  );
  for (const candidate of measured) {
    const before = heapBytes();
    const began = performance.now();
    let index: unknown = await candidate.build(articles);
    const buildMs = performance.now() - began;
    const heap = heapBytes() - before;
    const times: number[] = [];
    for (let rep = 0; rep < 3; rep++) {
      for (const { query } of queries) {
        const t = performance.now();
        candidate.search(index, query);
        times.push(performance.now() - t);
      }
    }
    let found = 0;
    let reported = 0;
    let expected = 0;
    substrings.forEach((s, i) => {
      const got = new Set(candidate.search(index, s, true));
      reported += got.size;
      expected += truth[i].size;
      for (const id of got) if (truth[i].has(id)) found++;
    });
    const size = await candidate.size(index);
    rows.push({
      engine: candidate.name,
      buildMs: Math.round(buildMs),
      sizeMB: round(size / 1e6, 1),
      heapMB: round(heap / 1e6, 1),
      p50: round(median(times), 2),
      p95: round(percentile(times, 0.95), 2),
      recall: round(expected ? found / expected : 1, 3),
      precision: round(reported ? found / reported : 1, 3),
    });
    index = null;
    void index;
  }
  const gloss = rows[0];
  const scanP95 = percentile(scanMs, 0.95);
  return {
    rows,
    chars,
    result: {
      name: 'search-engines',
      gloss: gloss.p95,
      baseline: round(scanP95, 2),
      unit: 'ms',
      ratio: round(gloss.p95 / scanP95, 3),
      note: `${count.toLocaleString()} articles, ${chars.toLocaleString()} characters, 50 queries × 3 in Node; baseline: indexOf over every folded article; engines: ${rows
        .map(
          (r) =>
            `${r.engine} p50 ${r.p50} / p95 ${r.p95} ms, build ${r.buildMs} ms, ${r.sizeMB} MB stored, ${r.heapMB} MB heap, recall ${r.recall}, precision ${r.precision}`,
        )
        .join('; ')}`,
      target: 'recall and precision 1.0',
      met: gloss.recall === 1 && gloss.precision === 1,
    },
  };
}

/** FlexSearch with the given index options; ids are positions in the article list. */
function flexSearchEngine(name: string, options: ConstructorParameters<typeof Index>[0]): Candidate {
  return {
    name,
    build: (articles) => {
      const index = new Index(options);
      articles.forEach((a, i) => index.add(i, `${a.title}\n${a.text}`));
      return { index, ids: articles.map((a) => a.id) };
    },
    search: (built, query) => {
      const { index, ids } = built as { index: Index; ids: string[] };
      return (index.search(query, { limit: 1_000_000 }) as number[]).map((i) => ids[i]);
    },
    size: async (built) => {
      let bytes = 0;
      await (built as { index: Index }).index.export((_key: string, data: string) => {
        bytes += data?.length ?? 0;
      });
      return bytes;
    },
  };
}
