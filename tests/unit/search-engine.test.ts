/**
 * The search engine: exact substring semantics (random substrings against String.includes over
 * every article), filters, ranking inputs, and the index kept right through every kind of change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  hasSearchCorpora,
  makeSearchArticles,
  makeSearchPassages,
  seededRandom,
  SEARCH_CORPORA,
} from '../../bench/search-corpus';
import type { ArticleDocument, PassageDocument } from '../../src-shared/search/documents';
import { SearchEngine } from '../../src-shared/search/engine';
import { fold } from '../../src-shared/search/fold';
import { parseQuery, type ParsedQuery } from '../../src-shared/search/query';

const seed = readFileSync(join(__dirname, '../fixtures/seed-article.txt'), 'utf8');

function article(id: string, text: string, extra: Partial<ArticleDocument> = {}): ArticleDocument {
  return {
    id,
    title: `Title ${id}`,
    byline: null,
    siteName: null,
    text,
    note: '',
    tags: [],
    removed: '',
    publishedAt: null,
    importedAt: '2026-01-01T00:00:00Z',
    ...extra,
  };
}

function passage(
  id: string,
  articleId: string,
  quote: string,
  extra: Partial<PassageDocument> = {},
): PassageDocument {
  return {
    id,
    articleId,
    quote,
    note: '',
    tags: [],
    color: 'yellow',
    createdAt: '2026-01-01T00:00:00Z',
    ...extra,
  };
}

/** A query for one raw substring in the article text, bypassing the parser (any characters allowed). */
function substringQuery(text: string): ParsedQuery {
  return { ...parseQuery(''), terms: [{ text: fold(text), mode: 'substring', raw: text }], fields: ['text'] };
}

function ids(engine: SearchEngine, query: string | ParsedQuery, includeRemoved = false): string[] {
  return engine
    .search(query, { limit: 100_000, includeRemoved })
    .articles.map((a) => a.id)
    .sort();
}

/** Articles from the seed fixture, cut and shuffled, so the test runs without the corpora. */
function fixtureArticles(count: number): ArticleDocument[] {
  const lines = seed.split('\n').filter((l) => l.trim());
  const random = seededRandom(3);
  return Array.from({ length: count }, (_, i) => {
    const picked = Array.from(
      { length: 3 + Math.floor(random() * 8) },
      () => lines[Math.floor(random() * lines.length)],
    );
    return article(`f${i}`, picked.join('\n\n'));
  });
}

/**
 * Right after a build the texts have no block signatures yet (they are made in the background):
 * both that engine and one whose signatures are all made must answer exactly like the scan.
 */
function checkRandomSubstrings(articles: ArticleDocument[], draws: number, seedNumber: number): void {
  const engine = SearchEngine.build(articles, []);
  const prepared = SearchEngine.build(articles, []);
  expect(prepared.preparePending(() => true)).toBe(false);
  const folded = articles.map((a) => fold(a.text));
  const random = seededRandom(seedNumber);
  let truePositives = 0;
  let reported = 0;
  let expected = 0;
  for (let i = 0; i < draws; i++) {
    const source = articles[Math.floor(random() * articles.length)].text;
    const length = 1 + Math.floor(random() * 6);
    const start = Math.floor(random() * Math.max(1, source.length - length));
    const needle = source.slice(start, start + length);
    const want = articles
      .filter((_, j) => folded[j].includes(fold(needle)))
      .map((a) => a.id)
      .sort();
    // Folding only adds matches: plain String.includes is a subset.
    const plain = articles.filter((a) => a.text.includes(needle)).map((a) => a.id);
    const got = ids(engine, substringQuery(needle));
    expect(got, `substring ${JSON.stringify(needle)}`).toEqual(want);
    expect(ids(prepared, substringQuery(needle)), `substring ${JSON.stringify(needle)}, signed`).toEqual(
      want,
    );
    expect(plain.every((id) => got.includes(id))).toBe(true);
    expected += want.length;
    reported += got.length;
    truePositives += got.filter((id) => want.includes(id)).length;
  }
  expect(truePositives / expected).toBe(1); // recall
  expect(truePositives / reported).toBe(1); // precision
}

describe('random substrings: the engine returns exactly what a substring scan returns', () => {
  it('over articles cut from the seed fixture (400 draws)', () => {
    checkRandomSubstrings(fixtureArticles(120), 400, 7);
  });

  it.skipIf(!hasSearchCorpora())(`over 400 articles of the real corpora (600 draws)`, () => {
    checkRandomSubstrings(makeSearchArticles(400, 2500, 5), 600, 9);
  });

  it('says why when the corpora are absent', () => {
    if (!hasSearchCorpora()) console.warn(`Corpus test skipped: ${SEARCH_CORPORA.join(', ')} absent.`);
    expect(SEARCH_CORPORA.length).toBe(3);
  });

  it('finds a word in the middle of a Chinese sentence, and mixed scripts', () => {
    const engine = SearchEngine.build(
      [
        article('a', '这里利用的是足够有效精确的知识'),
        article('b', '购票请登录铁路12306网站'),
        article('c', '精 确'),
      ],
      [],
    );
    expect(ids(engine, '精确')).toEqual(['a']);
    expect(ids(engine, '12306')).toEqual(['b']);
    expect(ids(engine, '铁路12306')).toEqual(['b']);
    expect(ids(engine, '精')).toEqual(['a', 'c']);
  });
});

describe('query features', () => {
  const engine = SearchEngine.build(
    [
      article('en', 'The ports were searching for a new report on carbon tax.', {
        tags: ['policy/milestone'],
        publishedAt: '2020-05-01',
      }),
      article('zh', '記者從上海報道：碳税方案公布。', {
        title: '碳税新闻',
        note: 'my own note about tax',
        publishedAt: '2022-01-17',
      }),
      article('rm', 'Plain body.', { removed: '广告热线 12345' }),
    ],
    [
      passage('h1', 'en', 'carbon tax', { color: 'green', tags: ['energy'], note: '值得注意的笔记' }),
      passage('h2', 'zh', '碳税方案', { color: 'blue' }),
    ],
  );

  it('matches English words by prefix after stemming, not inside words', () => {
    expect(ids(engine, 'port')).toEqual(['en']);
    expect(ids(engine, 'searches')).toEqual(['en']);
    expect(ids(engine, 'epo')).toEqual([]);
  });

  it('finds Traditional text with a Simplified query and the reverse', () => {
    expect(ids(engine, '记者')).toEqual(['zh']);
    expect(ids(engine, '報道')).toEqual(['zh']);
  });

  it('applies phrases, exclusions and filters', () => {
    expect(ids(engine, '"carbon tax"')).toEqual(['en']);
    expect(ids(engine, '"tax carbon"')).toEqual([]);
    expect(ids(engine, 'tax -carbon')).toEqual(['zh']);
    expect(ids(engine, 'tag:policy')).toEqual(['en']);
    expect(ids(engine, 'in:title 碳税')).toEqual(['zh']);
    expect(ids(engine, 'in:notes tax')).toEqual(['zh']);
    expect(ids(engine, 'after:2021 tax')).toEqual(['zh']);
    expect(ids(engine, 'before:2021 tax')).toEqual(['en']);
    const colored = engine.search('color:green carbon');
    expect(colored.articles).toEqual([]);
    expect(colored.passages.map((p) => p.id)).toEqual(['h1']);
    expect(engine.search('in:highlights 碳税').passages.map((p) => p.id)).toEqual(['h2']);
    expect(engine.search('笔记').passages.map((p) => p.id)).toEqual(['h1']);
  });

  it('searches removed text only behind the switch', () => {
    expect(ids(engine, '广告热线')).toEqual([]);
    expect(ids(engine, '广告热线', true)).toEqual(['rm']);
  });

  it('gives a snippet with the hit marked and the offset in the article text', () => {
    const result = engine.search('碳税方案').articles[0];
    expect(result.field).toBe('text');
    const [start, end] = result.snippet.marks[0];
    expect(result.snippet.text.slice(start, end)).toBe('碳税方案');
    expect(result.textOffset).toBe('記者從上海報道：'.length);
    expect(result.hits).toBe(1);
  });
});

describe('many matches (the exact posting-list path)', () => {
  it('counts every match and still leaves out hits only in removed text', () => {
    const docs = Array.from({ length: 900 }, (_, i) =>
      i % 3 === 0
        ? article(`r${i}`, '正文没有那个词', { removed: '广告里有甲乙' })
        : article(`t${i}`, `第${i}篇正文讲甲乙的事`, i % 10 === 1 ? { title: '甲乙标题' } : {}),
    );
    const engine = SearchEngine.build(docs, []);
    const plain = engine.search('甲乙', { limit: 5 });
    expect(plain.totalArticles).toBe(600);
    expect(plain.articles.every((a) => a.id.startsWith('t'))).toBe(true);
    // Title hits rank first.
    expect(plain.articles[0].title).toBe('甲乙标题');
    expect(engine.search('甲乙', { limit: 5, includeRemoved: true }).totalArticles).toBe(900);
    expect(engine.search('in:title 甲乙', { limit: 5 }).totalArticles).toBe(60);
  });
});

describe('snippets', () => {
  it('hold about one line: half as many Chinese characters as English ones', () => {
    const zh = '前文'.repeat(40) + '关键词' + '后面的正文内容'.repeat(40);
    const en = 'lead '.repeat(40) + 'keyword ' + 'trailing words '.repeat(40);
    const engine = SearchEngine.build([article('zh', zh), article('en', en)], []);
    const zhSnippet = engine.search('关键词').articles[0].snippet;
    const enSnippet = engine.search('keyword').articles[0].snippet;
    const [zhStart, zhEnd] = zhSnippet.marks[0];
    expect(zhSnippet.text.slice(zhStart, zhEnd)).toBe('关键词');
    expect(zhSnippet.text.length).toBeLessThanOrEqual(67);
    expect(enSnippet.text.length).toBeGreaterThan(110);
    expect(enSnippet.text).toContain('keyword');
  });
});

describe('the first page before the count (countLater)', () => {
  // 900 articles: most mention ports, every 97th (an old one) in its title; passages alike.
  const docs = Array.from({ length: 900 }, (_, i) =>
    article(
      `a${i}`,
      i % 5 === 0
        ? `第${i}篇 report about airports and sport`
        : `第${i}篇 the ports of call 港口 ${i % 7 ? 'draft' : ''}`,
      i % 97 === 0 ? { title: `Harbour ${i} port` } : {},
    ),
  );
  const passages = Array.from({ length: 1200 }, (_, i) =>
    passage(`h${i}`, `a${i % 900}`, i % 4 ? `ports ${i}` : `港口 ${i}`, {
      color: i % 2 ? 'green' : 'yellow',
    }),
  );
  const engine = SearchEngine.build(docs, passages);
  const queries = ['port', 'ports 港口', 'port -draft', '港', '港口 color:green', 'port in:title', 'sport'];

  it('gives the same first page as counting everything, then the same totals', () => {
    let deferred = 0;
    for (const q of queries) {
      const whole = engine.search(q, { limit: 10 });
      const first = engine.search(q, { limit: 10, countLater: true });
      expect(first.articles, q).toEqual(whole.articles);
      expect(first.passages, q).toEqual(whole.passages);
      expect(whole.counting).toBeUndefined();
      if (first.counting) {
        deferred++;
        expect(first.totalArticles).toBeLessThanOrEqual(whole.totalArticles);
        expect(first.totalPassages).toBeLessThanOrEqual(whole.totalPassages);
      } else {
        expect([first.totalArticles, first.totalPassages]).toEqual([
          whole.totalArticles,
          whole.totalPassages,
        ]);
      }
      expect(engine.countTotals(q), q).toEqual({
        totalArticles: whole.totalArticles,
        totalPassages: whole.totalPassages,
      });
    }
    // The many-match queries did leave their count for later.
    expect(deferred).toBeGreaterThanOrEqual(4);
    // The old articles with the word in their title come first.
    expect(engine.search('port', { limit: 3, countLater: true }).articles.map((a) => a.title)).toEqual([
      'Harbour 873 port',
      'Harbour 776 port',
      'Harbour 679 port',
    ]);
  });

  it('gives the same first page from a restored index whose texts are not folded yet', () => {
    const restored = SearchEngine.restore(structuredClone(engine.toStored()));
    for (const q of queries) {
      const first = restored.search(q, { limit: 10, countLater: true });
      const whole = engine.search(q, { limit: 10 });
      expect([first.articles, first.passages], q).toEqual([whole.articles, whole.passages]);
    }
  });

  it('counts nothing more once told to stop, and leaves a few matches counted at once', () => {
    let looks = 0;
    expect(engine.countTotals('port', {}, () => ++looks < 3)).toBeNull();
    expect(looks).toBe(3);
    const few = engine.search('"97 port"', { countLater: true });
    expect(few.counting).toBeUndefined();
    expect(few.totalArticles).toBe(1);
  });
});

describe('index updates', () => {
  it('follows imports, deletions, edits, passages and a stored round trip', () => {
    const engine = SearchEngine.build([article('a', '第一篇文章讲铁路')], [passage('h1', 'a', '铁路')]);
    engine.upsertArticle(article('b', '第二篇文章讲公路'));
    expect(ids(engine, '公路')).toEqual(['b']);
    engine.upsertArticle(article('b', '重新打开后改为水路'));
    expect(ids(engine, '公路')).toEqual([]);
    expect(ids(engine, '水路')).toEqual(['b']);
    engine.removeArticle('a');
    expect(ids(engine, '铁路')).toEqual([]);
    engine.upsertPassage(passage('h2', 'b', '水路', { note: '新的笔记' }));
    expect(engine.search('笔记').passages.map((p) => p.id)).toEqual(['h2']);
    engine.upsertPassage(passage('h2', 'b', '水路', { note: '改过的', tags: ['交通'] }));
    expect(engine.search('笔记').passages).toEqual([]);
    expect(engine.search('tag:交通').passages.map((p) => p.id)).toEqual(['h2']);
    engine.removePassage('h1');

    const stored = structuredClone(engine.toStored());
    const restored = SearchEngine.restore(stored);
    for (const q of ['水路', '铁路', '文章', 'tag:交通', '改过']) {
      expect(restored.search(q)).toEqual(engine.search(q));
    }
    restored.upsertArticle(article('c', '第三篇讲航路'));
    expect(ids(restored, '路')).toEqual(['b', 'c']);
  });

  it('refuses a stored index of another version', () => {
    const stored = SearchEngine.build([], []).toStored();
    expect(() => SearchEngine.restore({ ...stored, version: 0 })).toThrow(/version/);
  });

  it.skipIf(!hasSearchCorpora())('keeps exact results after many updates to a real-text index', () => {
    const articles = makeSearchArticles(200, 1500, 21);
    const engine = SearchEngine.build(
      articles.slice(0, 100),
      makeSearchPassages(articles.slice(0, 100), 300),
    );
    for (const a of articles.slice(100)) engine.upsertArticle(a);
    for (const a of articles.slice(0, 50)) engine.removeArticle(a.id);
    const live = articles.slice(50);
    const random = seededRandom(4);
    for (let i = 0; i < 150; i++) {
      const text = live[Math.floor(random() * live.length)].text;
      const start = Math.floor(random() * (text.length - 4));
      const needle = text.slice(start, start + 1 + Math.floor(random() * 4));
      const want = live
        .filter((a) => fold(a.text).includes(fold(needle)))
        .map((a) => a.id)
        .sort();
      expect(ids(engine, substringQuery(needle))).toEqual(want);
    }
  });
});
