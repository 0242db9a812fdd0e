/**
 * Extraction evaluation: runs every page of a corpus through Gloss's real import path
 * (importBytes: decoding, format detection, extraction) and through plain Readability on the
 * same decoded text, and scores both against the corpus's ground truth.
 *
 *   npm run eval:extract -- /path/to/corpus [--json]
 *   npm run eval:extract -- --documents [DIR]   (PDF, DOCX and EPUB: see eval-documents.ts)
 *
 * Layouts recognised: cwced (original/ + cleaned/ + author/ + date/), scrapinghub
 * (html/*.html.gz + ground-truth.json) and trafilatura (html/ + evaldata-*.json).
 * Body text is scored by character-bigram F1 (white space removed, multiset of adjacent
 * character pairs), which works for Chinese and English alike.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { importBytes } from '../src-main/import/import-file';
import { decodeBytes } from '../src-main/import/decode';
import { findPublishedDate } from '../src-main/import/published-date';

export interface BigramScore {
  precision: number;
  recall: number;
  f1: number;
}

function bigrams(text: string): Map<string, number> {
  const chars = Array.from(text.replace(/\s+/gu, ''));
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i] + chars[i + 1];
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Character-bigram precision, recall and F1 of `extracted` against `truth`. */
export function bigramScore(extracted: string, truth: string): BigramScore {
  const got = bigrams(extracted);
  const want = bigrams(truth);
  let gotTotal = 0;
  let wantTotal = 0;
  let shared = 0;
  for (const n of got.values()) gotTotal += n;
  for (const n of want.values()) wantTotal += n;
  if (gotTotal === 0 && wantTotal === 0) return { precision: 1, recall: 1, f1: 1 };
  for (const [pair, n] of got) shared += Math.min(n, want.get(pair) ?? 0);
  const precision = gotTotal === 0 ? 0 : shared / gotTotal;
  const recall = wantTotal === 0 ? 0 : shared / wantTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const UNKNOWN = /^(unknown|unknwon|none|null|)$/i;

/** Every name of the ground truth (names separated by white space) appears in the byline. */
export function authorMatches(byline: string | null, truth: string): boolean {
  const names = truth.split(/\s+/u).filter((n) => n !== '');
  if (!byline || names.length === 0) return false;
  const compact = byline.replace(/\s+/gu, '').toLowerCase();
  return names.every((name) => compact.includes(name.toLowerCase()));
}

/** A ground-truth date with a day in it ("2005-5-7 21:23:57" → 2005-05-07), else null. */
export function fullDay(truth: string): string | null {
  const parts = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/u.exec(truth.trim());
  if (!parts) return null;
  return `${parts[1]}-${parts[2].padStart(2, '0')}-${parts[3].padStart(2, '0')}`;
}

/**
 * Same day as the ground truth. Ground truth that names only a month or a year ("1998-3")
 * is not scored: Gloss records a publication day or nothing, never a guessed day.
 */
export function dateMatches(extracted: string | null, truth: string): boolean {
  const day = fullDay(truth);
  return day !== null && extracted === day;
}

/** Ground truth of one page; absent fields are not scored. */
export interface EvalPage {
  id: string;
  file: string;
  load: () => Uint8Array;
  body?: string;
  title?: string;
  author?: string;
  date?: string;
  mustContain?: string[];
  mustNotContain?: string[];
  /** Body published by Readability.js itself (scrapinghub ships it). */
  readabilityJsBody?: string;
}

export interface EvalCorpus {
  layout: 'cwced' | 'scrapinghub' | 'trafilatura';
  pages: EvalPage[];
}

function known(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && !UNKNOWN.test(trimmed) ? trimmed : undefined;
}

function readOptional(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Recognise a corpus folder's layout and list its pages with their ground truth. */
export function loadCorpus(dir: string): EvalCorpus {
  if (existsSync(path.join(dir, 'original')) && existsSync(path.join(dir, 'cleaned'))) {
    const pages = readdirSync(path.join(dir, 'original'))
      .filter((f) => /\.html?$/i.test(f))
      .sort()
      .map((file): EvalPage => {
        const id = file.replace(/\.html?$/i, '');
        return {
          id,
          file,
          load: () => readFileSync(path.join(dir, 'original', file)),
          body: readOptional(path.join(dir, 'cleaned', `${id}.txt`)),
          author: known(readOptional(path.join(dir, 'author', `${id}.txt`))),
          date: known(readOptional(path.join(dir, 'date', `${id}.txt`))),
        };
      });
    return { layout: 'cwced', pages };
  }
  if (existsSync(path.join(dir, 'ground-truth.json'))) {
    const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<
      string,
      { articleBody: string }
    >;
    const readabilityFile = path.join(dir, 'output-readability_js.json');
    const readabilityJs = existsSync(readabilityFile)
      ? (
          JSON.parse(readFileSync(readabilityFile, 'utf8')) as {
            output: Record<string, { articleBody: string }>;
          }
        ).output
      : {};
    const pages = Object.keys(truth)
      .sort()
      .map((id): EvalPage => {
        const file = `${id}.html.gz`;
        return {
          id,
          file,
          load: () => new Uint8Array(gunzipSync(readFileSync(path.join(dir, 'html', file)))),
          body: truth[id].articleBody,
          readabilityJsBody: readabilityJs[id]?.articleBody,
        };
      });
    return { layout: 'scrapinghub', pages };
  }
  const evalFile = readdirSync(dir).find((f) => /^evaldata.*\.json$/.test(f));
  if (evalFile) {
    const entries = JSON.parse(readFileSync(path.join(dir, evalFile), 'utf8')) as Record<
      string,
      { file: string; title?: string; author?: string; date?: string; with?: string[]; without?: string[] }
    >;
    const pages = Object.values(entries)
      .sort((a, b) => a.file.localeCompare(b.file))
      .map((entry): EvalPage => ({
        id: entry.file.replace(/\.html?$/i, ''),
        file: entry.file,
        load: () => readFileSync(path.join(dir, 'html', entry.file)),
        title: known(entry.title),
        author: known(entry.author),
        date: known(entry.date),
        mustContain: entry.with,
        mustNotContain: entry.without,
      }));
    return { layout: 'trafilatura', pages };
  }
  throw new Error(`${dir} is not a corpus this tool knows (cwced, scrapinghub or trafilatura layout).`);
}

/** What one extractor produced for a page. */
export interface Extraction {
  body: string;
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  error?: string;
}

export function glossExtraction(bytes: Uint8Array, fileName: string): Extraction {
  const result = importBytes(bytes, fileName.replace(/\.gz$/, ''));
  if (!result.ok)
    return { body: '', title: null, byline: null, publishedAt: null, error: result.error.reason };
  const { article } = result;
  return {
    body: article.blocks.map((b) => b.text).join('\n\n'),
    title: article.title,
    byline: article.byline,
    publishedAt: article.publishedAt,
  };
}

export function readabilityExtraction(bytes: Uint8Array): Extraction {
  try {
    const { text } = decodeBytes(bytes, { html: true });
    const { document } = parseHTML(text) as unknown as {
      document: ConstructorParameters<typeof Readability>[0];
    };
    const parsed = new Readability(document).parse();
    return {
      body: parsed?.textContent ?? '',
      title: parsed?.title ?? null,
      byline: parsed?.byline ?? null,
      publishedAt: parsed?.publishedTime ? findPublishedDate(parsed.publishedTime) : null,
    };
  } catch (error) {
    return { body: '', title: null, byline: null, publishedAt: null, error: String(error) };
  }
}

export interface PageScore {
  f1?: number;
  precision?: number;
  recall?: number;
  title?: boolean;
  author?: boolean;
  date?: boolean;
  /** Share of must-contain snippets found plus must-not-contain snippets absent. */
  snippets?: number;
  error?: string;
}

function compact(text: string): string {
  return text.replace(/\s+/gu, '');
}

export function scorePage(page: EvalPage, got: Extraction): PageScore {
  const score: PageScore = {};
  if (got.error) score.error = got.error;
  if (page.body !== undefined) {
    const s = bigramScore(got.body, page.body);
    score.f1 = s.f1;
    score.precision = s.precision;
    score.recall = s.recall;
  }
  if (page.title !== undefined) score.title = (got.title ?? '').trim() === page.title.trim();
  if (page.author !== undefined) score.author = authorMatches(got.byline, page.author);
  if (page.date !== undefined && fullDay(page.date) !== null)
    score.date = dateMatches(got.publishedAt, page.date);
  if (page.mustContain || page.mustNotContain) {
    const body = compact(got.body);
    const hits = (page.mustContain ?? []).filter((s) => body.includes(compact(s))).length;
    const misses = (page.mustNotContain ?? []).filter((s) => !body.includes(compact(s))).length;
    const total = (page.mustContain?.length ?? 0) + (page.mustNotContain?.length ?? 0);
    score.snippets = total === 0 ? 1 : (hits + misses) / total;
  }
  return score;
}

export interface Summary {
  pages: number;
  f1?: number;
  title?: { right: number; of: number };
  author?: { right: number; of: number };
  date?: { right: number; of: number };
  snippets?: number;
  errors: number;
}

function mean(values: number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}

function tally(values: (boolean | undefined)[]): { right: number; of: number } | undefined {
  const scored = values.filter((v): v is boolean => v !== undefined);
  return scored.length === 0 ? undefined : { right: scored.filter(Boolean).length, of: scored.length };
}

export function summarize(scores: PageScore[]): Summary {
  return {
    pages: scores.length,
    f1: mean(scores.flatMap((s) => (s.f1 === undefined ? [] : [s.f1]))),
    title: tally(scores.map((s) => s.title)),
    author: tally(scores.map((s) => s.author)),
    date: tally(scores.map((s) => s.date)),
    snippets: mean(scores.flatMap((s) => (s.snippets === undefined ? [] : [s.snippets]))),
    errors: scores.filter((s) => s.error !== undefined).length,
  };
}

export interface EvalResult {
  corpus: string;
  layout: EvalCorpus['layout'];
  seconds: number;
  pages: { id: string; gloss: PageScore; readability: PageScore; readabilityJs?: PageScore }[];
  gloss: Summary;
  readability: Summary;
  readabilityJs?: Summary;
}

export function evaluate(dir: string): EvalResult {
  const started = Date.now();
  const corpus = loadCorpus(dir);
  const pages = corpus.pages.map((page) => {
    const bytes = page.load();
    const gloss = scorePage(page, glossExtraction(bytes, page.file));
    const readability = scorePage(page, readabilityExtraction(bytes));
    const readabilityJs =
      page.readabilityJsBody === undefined
        ? undefined
        : scorePage(page, { body: page.readabilityJsBody, title: null, byline: null, publishedAt: null });
    return { id: page.id, gloss, readability, readabilityJs };
  });
  const withJs = pages.filter((p) => p.readabilityJs !== undefined);
  return {
    corpus: dir,
    layout: corpus.layout,
    seconds: (Date.now() - started) / 1000,
    pages,
    gloss: summarize(pages.map((p) => p.gloss)),
    readability: summarize(pages.map((p) => p.readability)),
    readabilityJs:
      withJs.length > 0 ? summarize(withJs.map((p) => ({ f1: p.readabilityJs?.f1 }))) : undefined,
  };
}

function num(value: number | undefined): string {
  return value === undefined ? '–' : value.toFixed(3);
}

function ratio(t: { right: number; of: number } | undefined): string {
  return t === undefined ? '–' : `${t.right}/${t.of} (${((100 * t.right) / t.of).toFixed(0)} %)`;
}

function diff(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined) return '–';
  const d = a - b;
  return `${d >= 0 ? '+' : ''}${d.toFixed(3)}`;
}

/** The human-readable report: per page, then the means side by side. */
export function formatReport(result: EvalResult): string {
  const lines: string[] = [];
  const hasJs = result.readabilityJs !== undefined;
  lines.push(
    `Corpus ${result.corpus} (${result.layout}, ${result.pages.length} pages, ${result.seconds.toFixed(1)} s)`,
  );
  lines.push('');
  lines.push(
    [
      'page',
      'Gloss F1',
      'Readability F1',
      'diff',
      ...(hasJs ? ['Readability.js F1'] : []),
      'Gloss t/a/d',
      'snippets',
    ].join(' | '),
  );
  const mark = (v: boolean | undefined) => (v === undefined ? '·' : v ? '✓' : '✗');
  for (const page of result.pages) {
    const g = page.gloss;
    lines.push(
      [
        page.id.slice(0, 24),
        num(g.f1),
        num(page.readability.f1),
        diff(g.f1, page.readability.f1),
        ...(hasJs ? [num(page.readabilityJs?.f1)] : []),
        `${mark(g.title)}${mark(g.author)}${mark(g.date)}`,
        num(g.snippets),
        g.error ? `error: ${g.error}` : '',
      ]
        .join(' | ')
        .replace(/ \| $/, ''),
    );
  }
  lines.push('');
  lines.push(
    '| measure | Gloss | Readability alone | difference |' + (hasJs ? ' Readability.js (published) |' : ''),
  );
  lines.push('|---|---|---|---|' + (hasJs ? '---|' : ''));
  const g = result.gloss;
  const r = result.readability;
  const js = result.readabilityJs;
  const row = (name: string, a: string, b: string, d: string, c = '–') =>
    lines.push(`| ${name} | ${a} | ${b} | ${d} |` + (hasJs ? ` ${c} |` : ''));
  if (g.f1 !== undefined) row('mean body bigram F1', num(g.f1), num(r.f1), diff(g.f1, r.f1), num(js?.f1));
  if (g.title) row('title exact', ratio(g.title), ratio(r.title), '');
  if (g.author) row('author', ratio(g.author), ratio(r.author), '');
  if (g.date) row('date (same day)', ratio(g.date), ratio(r.date), '');
  if (g.snippets !== undefined)
    row('snippets right', num(g.snippets), num(r.snippets), diff(g.snippets, r.snippets));
  row('pages failed', String(g.errors), String(r.errors), '');
  return lines.join('\n');
}

function main(argv: string[]): void {
  if (argv.includes('--documents')) {
    void import('./eval-documents').then((m) => m.evaluateDocuments(argv));
    return;
  }
  const json = argv.includes('--json');
  const dir = argv.find((a) => !a.startsWith('--'));
  if (!dir) {
    console.error('usage: npm run eval:extract -- CORPUS_DIR [--json]');
    process.exitCode = 2;
    return;
  }
  const result = evaluate(path.resolve(dir));
  console.log(json ? JSON.stringify(result, null, 2) : formatReport(result));
}

if (/eval-extract\.ts$/.test(process.argv[1] ?? '')) main(process.argv.slice(2));
