/**
 * A deterministic library made of real text for the search benchmarks and the engine
 * comparison: sentences of the lawrefbook statutes and the cwced pages (Chinese) and the
 * scrapinghub articles (English), shuffled with a fixed seed and recombined into articles, plus
 * highlights cut from those articles. Nothing is copied into the project; the corpora are read
 * from ../shared/corpora at run time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleDocument, PassageDocument } from '../src-shared/search/documents';
import { CORPORA } from './support';

export const SEARCH_CORPORA = ['lawrefbook-sample', 'cwced-dev', 'scrapinghub-aeb'].map((d) =>
  join(CORPORA, d),
);

export function hasSearchCorpora(): boolean {
  return SEARCH_CORPORA.every((dir) => existsSync(dir));
}

/** A small, fast, seeded generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentences(text: string, pattern: RegExp): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.match(pattern) ?? [])
    .map((s) => s.trim())
    .filter((s) => s.length >= 8);
}

interface Pools {
  chinese: string[];
  english: string[];
  chineseTitles: string[];
  englishTitles: string[];
}

let pools: Pools | null = null;

function loadPools(): Pools {
  if (pools) return pools;
  const [lawref, cwced, aeb] = SEARCH_CORPORA;
  const chinese: string[] = [];
  const chineseTitles: string[] = [];
  for (const name of readdirSync(lawref).sort()) {
    const text = readFileSync(join(lawref, name), 'utf8').replace(/^#+\s*/gm, '');
    chineseTitles.push(name.replace(/\.md$/, '').split('__').pop()!);
    chinese.push(...sentences(text, /[^。！？；]+[。！？；]?/g));
  }
  const cleaned = join(cwced, 'cleaned');
  for (const name of readdirSync(cleaned).sort()) {
    const text = readFileSync(join(cleaned, name), 'utf8');
    chinese.push(...sentences(text, /[^。！？]+[。！？]?/g));
  }
  const truth = JSON.parse(readFileSync(join(aeb, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string }
  >;
  const english: string[] = [];
  const englishTitles: string[] = [];
  for (const id of Object.keys(truth).sort()) {
    const body = truth[id].articleBody;
    const parts = sentences(body, /[^.!?]+[.!?]?/g);
    if (parts[0]) englishTitles.push(parts[0].slice(0, 80));
    english.push(...parts);
  }
  pools = { chinese, english, chineseTitles, englishTitles };
  return pools;
}

const TAGS = [
  'policy',
  'policy/milestone',
  'funding',
  'people',
  'energy',
  'law',
  'health',
  'transport',
  '教育',
  '环境',
];
const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'];

/**
 * `count` articles averaging `averageChars` characters: about 60 % Chinese, 30 % English and
 * 10 % mixed, each made of consecutive-looking runs of shuffled real sentences.
 */
export function makeSearchArticles(count: number, averageChars = 3100, seed = 11): ArticleDocument[] {
  const { chinese, english, chineseTitles, englishTitles } = loadPools();
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const articles: ArticleDocument[] = [];
  const base = Date.UTC(2015, 0, 1);
  for (let i = 0; i < count; i++) {
    const kind = random();
    const pool = kind < 0.6 ? chinese : kind < 0.9 ? english : null;
    const target = Math.round(averageChars * (0.3 + random() * 1.4));
    const paragraphs: string[] = [];
    let length = 0;
    while (length < target) {
      const source = pool ?? (random() < 0.5 ? chinese : english);
      // A paragraph: a run of sentences from one place in the pool, so text reads as text.
      const start = Math.floor(random() * source.length);
      const n = 1 + Math.floor(random() * 5);
      const paragraph = source.slice(start, start + n).join(source === english ? ' ' : '');
      paragraphs.push(paragraph);
      length += paragraph.length + 2;
    }
    const chineseTitle = pool !== english;
    const title = `${chineseTitle ? pick(chineseTitles) : pick(englishTitles)} ${i}`;
    articles.push({
      id: `a${i}`,
      title,
      byline: random() < 0.5 ? null : chineseTitle ? '本报记者' : 'Staff writer',
      siteName: null,
      text: paragraphs.join('\n\n'),
      note: random() < 0.1 ? pick(pool ?? chinese) : '',
      tags: random() < 0.3 ? [pick(TAGS)] : [],
      removed: random() < 0.3 ? pick(chinese) : '',
      publishedAt: new Date(base + Math.floor(random() * 3650) * 86_400_000).toISOString().slice(0, 10),
      importedAt: new Date(base + i * 60_000).toISOString(),
    });
  }
  return articles;
}

/** `count` highlights cut from the articles, with tags, colors and some notes. */
export function makeSearchPassages(
  articles: readonly ArticleDocument[],
  count: number,
  seed = 12,
): PassageDocument[] {
  const { chinese, english } = loadPools();
  const random = seededRandom(seed);
  const passages: PassageDocument[] = [];
  for (let i = 0; i < count; i++) {
    const article = articles[Math.floor(random() * articles.length)];
    const length = 10 + Math.floor(random() * 60);
    const start = Math.floor(random() * Math.max(1, article.text.length - length));
    const notePool = random() < 0.5 ? chinese : english;
    passages.push({
      id: `h${i}`,
      articleId: article.id,
      quote: article.text.slice(start, start + length),
      note: random() < 0.3 ? notePool[Math.floor(random() * notePool.length)] : '',
      tags: random() < 0.5 ? [TAGS[Math.floor(random() * TAGS.length)]] : [],
      color: COLORS[Math.floor(random() * COLORS.length)],
      createdAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
    });
  }
  return passages;
}
