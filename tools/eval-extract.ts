/**
 * Extraction evaluation: runs every page of a corpus through Gloss's real import path
 * (importBytes: decoding, format detection, extraction) and through plain Readability on the
 * same decoded text, and scores both against the corpus's ground truth.
 *
 *   npm run eval:extract -- /path/to/corpus [--json] [--half=tuning]
 *   npm run eval:extract -- [CORPUS_DIR…] --title-misses   (the tuning half's wrong titles)
 *   npm run eval:extract -- --documents [DIR]   (PDF, DOCX and EPUB: see eval-documents.ts)
 *   npm run eval:extract -- [CORPUS_DIR…] --traditional   (pages and labels in Traditional characters)
 *
 * Layouts recognised: cwced (original/ + cleaned/ + author/ + date/; titles labelled for Gloss in
 * eval/labels/), scrapinghub
 * (html/*.html.gz + ground-truth.json), trafilatura (html/ + evaldata-*.json) and htmldate
 * (html/ + dates.json). Every corpus is split by a hash of the file name into a tuning half
 * and a held-out half (eval/halves.ts), reported separately. Each page is also "saved as text"
 * (eval/save-as-text.ts) and that text goes through the plain-text extractor.
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
import { type Half, halfOf } from './eval/halves';
import { headlineLabel, labelKey } from './eval/headline-label';
import { saveAsText } from './eval/save-as-text';
import { traditional, utf8Html } from './eval/traditional';
import { formatTitleMisses } from './eval/title-misses';
import { type VariantPage, formatVariants, runVariants } from './eval/title-variants';
import { compact } from '../src-shared/extraction/compact';

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
  half: Half;
  load: () => Uint8Array;
  body?: string;
  title?: string;
  author?: string;
  date?: string;
  mustContain?: string[];
  mustNotContain?: string[];
  /** Body published by Readability.js itself (scrapinghub ships it). */
  readabilityJsBody?: string;
  /** No title shipped: label it from the page's own markup when it states one twice (headline-label.ts). */
  titleFromMarkup?: boolean;
  /** The page as a person would save it as text, when it is not HTML (a Markdown statute). */
  plainText?: () => string;
}

export interface EvalCorpus {
  layout: 'cwced' | 'scrapinghub' | 'trafilatura' | 'htmldate' | 'lawrefbook';
  pages: EvalPage[];
}

function known(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && !UNKNOWN.test(trimmed) ? trimmed : undefined;
}

function readOptional(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/**
 * A statute's title: its first heading when the file's name ("…__道路运输条例(2022-03-29).md":
 * the last `__` part, without the date in brackets) confirms it, as the heading's end ("中华人民共和国
 * 道路运输条例"); else none.
 */
export function lawTitleOf(file: string, markdown: string): string | undefined {
  const named = (file.replace(/\.md$/, '').split('__').pop() ?? '').replace(/\(\d{4}-\d{2}-\d{2}\)$/, '');
  const heading = /^#\s+(.+)$/m.exec(markdown)?.[1].trim();
  return heading && labelKey(named) !== '' && labelKey(heading).endsWith(labelKey(named))
    ? heading
    : undefined;
}

/** Markdown read as plain text: heading marks and HTML comment lines dropped. */
export function markdownAsText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^\s*<!--.*-->\s*$/.test(line))
    .map((line) => line.replace(/^#{1,6}\s+/, ''))
    .join('\n');
}

/** Recognise a corpus folder's layout and list its pages with their ground truth. */
export function loadCorpus(dir: string): EvalCorpus {
  if (existsSync(path.join(dir, 'original')) && existsSync(path.join(dir, 'cleaned'))) {
    const labelFile = path.join(__dirname, 'eval', 'labels', `${path.basename(dir)}-titles.json`);
    const labelledTitles: Record<string, string> = existsSync(labelFile)
      ? (JSON.parse(readFileSync(labelFile, 'utf8')) as { titles: Record<string, string> }).titles
      : {};
    const pages = readdirSync(path.join(dir, 'original'))
      .filter((f) => /\.html?$/i.test(f))
      .sort()
      .map((file): EvalPage => {
        const id = file.replace(/\.html?$/i, '');
        return {
          id,
          file,
          half: halfOf(file),
          load: () => readFileSync(path.join(dir, 'original', file)),
          body: readOptional(path.join(dir, 'cleaned', `${id}.txt`)),
          author: known(readOptional(path.join(dir, 'author', `${id}.txt`))),
          title: labelledTitles[id],
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
          half: halfOf(file),
          load: () => new Uint8Array(gunzipSync(readFileSync(path.join(dir, 'html', file)))),
          body: truth[id].articleBody,
          readabilityJsBody: readabilityJs[id]?.articleBody,
          titleFromMarkup: true,
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
        half: halfOf(entry.file),
        load: () => readFileSync(path.join(dir, 'html', entry.file)),
        title: known(entry.title),
        author: known(entry.author),
        date: known(entry.date),
        mustContain: entry.with,
        mustNotContain: entry.without,
      }));
    return { layout: 'trafilatura', pages };
  }
  if (existsSync(path.join(dir, 'dates.json'))) {
    const entries = JSON.parse(readFileSync(path.join(dir, 'dates.json'), 'utf8')) as Record<
      string,
      { date?: string }
    >;
    const pages = Object.keys(entries)
      .sort()
      .map((file): EvalPage => ({
        id: file.replace(/\.html?$/i, ''),
        file,
        half: halfOf(file),
        load: () => readFileSync(path.join(dir, 'html', file)),
        date: known(entries[file].date),
        titleFromMarkup: true,
      }));
    return { layout: 'htmldate', pages };
  }
  const markdown = readdirSync(dir).filter((f) => f.endsWith('.md') && !/^readme/i.test(f));
  if (markdown.length > 0) {
    // Statutes named "…__<title>(<date>).md": the name states the title, the file its heading.
    const pages = markdown.sort().map((file): EvalPage => {
      // Read once: the bytes go to the import, their text to the title and the plain-text path.
      const bytes = readFileSync(path.join(dir, file));
      const text = new TextDecoder().decode(bytes);
      return {
        id: file.replace(/\.md$/, ''),
        file,
        half: halfOf(file),
        load: () => bytes,
        title: lawTitleOf(file, text),
        plainText: () => markdownAsText(text),
      };
    });
    return { layout: 'lawrefbook', pages };
  }
  throw new Error(
    `${dir} is not a corpus this tool knows (cwced, scrapinghub, trafilatura, htmldate or lawrefbook layout).`,
  );
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

const NOTHING: Extraction = { body: '', title: null, byline: null, publishedAt: null };

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

export function scorePage(page: EvalPage, got: Extraction): PageScore {
  const score: PageScore = {};
  if (got.error) score.error = got.error;
  if (page.body !== undefined) {
    const s = bigramScore(got.body, page.body);
    score.f1 = s.f1;
    score.precision = s.precision;
    score.recall = s.recall;
  }
  // Titles compare without white space: "湘菜粤菜 兵分两路" is the same headline as "湘菜粤菜兵分两路".
  if (page.title !== undefined)
    score.title = compact(got.title ?? '').normalize('NFKC') === compact(page.title).normalize('NFKC');
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

/** One page's scores: the HTML path, Readability alone, and the page saved as text. */
export interface PageResult {
  id: string;
  half: Half;
  gloss: PageScore;
  readability: PageScore;
  readabilityJs?: PageScore;
  /** The page saved as whole-page text, through the plain-text extractor. */
  asText?: PageScore;
  /** The page saved as text, kept whole: what doing nothing scores. */
  asTextWhole?: PageScore;
  /**
   * The title label and what Gloss gave (HTML, as text): kept for tuning-half pages only, so no
   * listing can show a held-out page's title.
   */
  titles?: { label: string; html: string | null; asText: string | null };
}

export interface HalfSummary {
  gloss: Summary;
  readability: Summary;
  readabilityJs?: Summary;
  asText?: Summary;
  asTextWhole?: Summary;
}

export interface EvalResult {
  corpus: string;
  layout: EvalCorpus['layout'];
  seconds: number;
  pages: PageResult[];
  gloss: Summary;
  readability: Summary;
  readabilityJs?: Summary;
  halves: Record<Half, HalfSummary>;
}

/** The page saved as text (UTF-8), imported as a .txt file. */
function asTextExtraction(page: EvalPage, html: string | null): { text: string; extraction: Extraction } {
  const saved = page.plainText ? page.plainText() : saveAsText(html ?? '');
  return { text: saved, extraction: glossExtraction(new TextEncoder().encode(saved), `${page.id}.txt`) };
}

function summarizeHalf(pages: PageResult[]): HalfSummary {
  const withJs = pages.filter((p) => p.readabilityJs !== undefined);
  const withText = pages.filter((p) => p.asText !== undefined);
  return {
    gloss: summarize(pages.map((p) => p.gloss)),
    readability: summarize(pages.map((p) => p.readability)),
    readabilityJs:
      withJs.length > 0 ? summarize(withJs.map((p) => ({ f1: p.readabilityJs?.f1 }))) : undefined,
    asText: withText.length > 0 ? summarize(withText.map((p) => p.asText ?? {})) : undefined,
    asTextWhole: withText.length > 0 ? summarize(withText.map((p) => p.asTextWhole ?? {})) : undefined,
  };
}

/**
 * The page and its labels in Traditional characters (`--traditional`): the page decoded,
 * converted and written as UTF-8 (its charset declarations saying so), its labels converted the
 * same way; its date stays.
 */
export function inTraditional(page: EvalPage): EvalPage {
  const convert = (text: string | undefined) => (text === undefined ? undefined : traditional(text));
  return {
    ...page,
    load: () => {
      return new TextEncoder().encode(traditional(utf8Html(page.load())));
    },
    body: convert(page.body),
    title: convert(page.title),
    author: convert(page.author),
    mustContain: page.mustContain?.map(traditional),
    mustNotContain: page.mustNotContain?.map(traditional),
  };
}

export function evaluate(dir: string, options: { traditional?: boolean } = {}): EvalResult {
  const started = Date.now();
  const loaded = loadCorpus(dir);
  const corpus = options.traditional ? { ...loaded, pages: loaded.pages.map(inTraditional) } : loaded;
  const pages = corpus.pages.map((listed): PageResult => {
    const bytes = listed.load();
    const html = listed.plainText ? null : decodeBytes(bytes, { html: true }).text;
    const label = listed.titleFromMarkup && html !== null ? headlineLabel(html) : null;
    const page: EvalPage = label ? { ...listed, title: label } : listed;
    const glossGot = glossExtraction(bytes, page.file);
    const gloss = scorePage(page, glossGot);
    // Readability reads HTML only: a Markdown statute is left unscored for it.
    const readability = listed.plainText ? {} : scorePage(page, readabilityExtraction(bytes));
    const readabilityJs =
      page.readabilityJsBody === undefined
        ? undefined
        : scorePage(page, { body: page.readabilityJsBody, title: null, byline: null, publishedAt: null });
    const result: PageResult = { id: page.id, half: page.half, gloss, readability, readabilityJs };
    let asTextTitle: string | null = null;
    if (page.body !== undefined || page.mustContain || page.title !== undefined || page.date !== undefined) {
      // Saved as text, the page keeps its title, byline and date to find, from its text alone.
      const { text, extraction } = asTextExtraction(page, html);
      result.asText = scorePage(page, extraction);
      const whole: EvalPage = { ...page, title: undefined, author: undefined, date: undefined };
      result.asTextWhole = scorePage(whole, { ...NOTHING, body: text });
      asTextTitle = extraction.title;
    }
    if (page.half === 'tuning' && page.title !== undefined)
      result.titles = { label: page.title, html: glossGot.title, asText: asTextTitle };
    return result;
  });
  const whole = summarizeHalf(pages);
  return {
    corpus: dir,
    layout: corpus.layout,
    seconds: (Date.now() - started) / 1000,
    pages,
    gloss: whole.gloss,
    readability: whole.readability,
    readabilityJs: whole.readabilityJs,
    halves: {
      tuning: summarizeHalf(pages.filter((p) => p.half === 'tuning')),
      'held-out': summarizeHalf(pages.filter((p) => p.half === 'held-out')),
    },
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
export function formatReport(result: EvalResult, only?: Half): string {
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
      'as text F1',
      'half',
    ].join(' | '),
  );
  const mark = (v: boolean | undefined) => (v === undefined ? '·' : v ? '✓' : '✗');
  for (const page of result.pages) {
    // `--half=tuning` lists only the tuning half's pages: the held-out half is read in aggregate.
    if (only !== undefined && page.half !== only) continue;
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
        num(page.asText?.f1 ?? page.asText?.snippets),
        page.half,
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
  lines.push('');
  lines.push(...formatHalves(result));
  return lines.join('\n');
}

/**
 * Both halves side by side: the HTML path's body F1 (snippets for the trafilatura layout),
 * title, author and date, and the same pages saved as text, extracted and kept whole.
 */
export function formatHalves(result: EvalResult): string[] {
  const lines = [
    '| half | pages | body F1 (HTML) | title | author | date | body F1 as text | title as text | author as text | date as text | as text, kept whole |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const half of ['tuning', 'held-out'] as const) {
    const h = result.halves[half];
    const body = (s: Summary | undefined) => num(s?.f1 ?? s?.snippets);
    lines.push(
      `| ${half} | ${h.gloss.pages} | ${body(h.gloss)} | ${ratio(h.gloss.title)} | ${ratio(h.gloss.author)} | ` +
        `${ratio(h.gloss.date)} | ${body(h.asText)} | ${ratio(h.asText?.title)} | ${ratio(h.asText?.author)} | ` +
        `${ratio(h.asText?.date)} | ${body(h.asTextWhole)} |`,
    );
  }
  return lines;
}

/** The corpora `npm run eval:extract` scores when given no folder. */
const DEFAULT_CORPORA = [
  'cwced-dev',
  'trafilatura-eval-cjk',
  'htmldate-dev',
  'scrapinghub-aeb',
  'lawrefbook-sample',
];

/** The tuning half's labelled pages of a corpus, decoded, for the title variants. */
export function labelledTuningPages(dir: string): VariantPage[] {
  const corpus = loadCorpus(dir);
  const out: VariantPage[] = [];
  for (const page of corpus.pages) {
    if (page.half !== 'tuning' || page.plainText) continue;
    const html = decodeBytes(page.load(), { html: true }).text;
    const label = page.titleFromMarkup ? headlineLabel(html) : page.title;
    if (label) out.push({ corpus: path.basename(dir), id: page.id, file: page.file, html, label });
  }
  return out;
}

/** `--title-variants`: the table of title robustness under rewritten templates (eval/title-variants.ts). */
function printTitleVariants(dirs: string[]): void {
  const root = path.resolve(__dirname, '..', '..', 'shared', 'corpora');
  const groups =
    dirs.length > 0
      ? [{ name: dirs.map((d) => path.basename(d)).join(', '), dirs }]
      : [
          {
            name: 'Chinese pages (cwced-dev, trafilatura-eval-cjk)',
            dirs: ['cwced-dev', 'trafilatura-eval-cjk'],
          },
          {
            name: 'labelled pages of htmldate-dev and scrapinghub-aeb',
            dirs: ['htmldate-dev', 'scrapinghub-aeb'],
          },
        ].map((g) => ({ ...g, dirs: g.dirs.map((d) => path.join(root, d)).filter((d) => existsSync(d)) }));
  for (const group of groups) {
    if (group.dirs.length === 0) continue;
    const started = Date.now();
    const pages = group.dirs.flatMap((d) => labelledTuningPages(path.resolve(d)));
    const rows = runVariants(pages);
    const heading = `Title variants, tuning halves: ${group.name} (${pages.length} pages, ${((Date.now() - started) / 1000).toFixed(0)} s)`;
    console.log(formatVariants(rows, heading).join('\n'));
    console.log('');
  }
}

function main(argv: string[]): void {
  if (argv.includes('--documents')) {
    void import('./eval-documents').then((m) => m.evaluateDocuments(argv));
    return;
  }
  const json = argv.includes('--json');
  // The tuning half's wrong titles, with their labels (never a held-out page's).
  const titleMisses = argv.includes('--title-misses');
  const halfArg = argv.find((a) => a.startsWith('--half='))?.slice('--half='.length);
  const only: Half | undefined = halfArg === 'tuning' || halfArg === 'held-out' ? halfArg : undefined;
  let dirs = argv.filter((a) => !a.startsWith('--'));
  // `--traditional`: the same pages and labels in Traditional characters (the two halves' table).
  const traditionalPages = argv.includes('--traditional');
  const summaryOnly = dirs.length === 0 || traditionalPages;
  if (argv.includes('--title-variants')) {
    printTitleVariants(dirs);
    return;
  }
  if (dirs.length === 0) {
    const root = path.resolve(__dirname, '..', '..', 'shared', 'corpora');
    dirs = DEFAULT_CORPORA.map((name) => path.join(root, name)).filter((dir) => existsSync(dir));
    if (dirs.length === 0) {
      console.error(`usage: npm run eval:extract -- CORPUS_DIR… [--json] (no corpora found in ${root})`);
      process.exitCode = 2;
      return;
    }
  }
  for (const dir of dirs) {
    const result = evaluate(path.resolve(dir), { traditional: traditionalPages });
    if (titleMisses) console.log(formatTitleMisses(path.basename(dir), result.pages).join('\n'));
    else if (json)
      console.log(
        JSON.stringify(
          only ? { ...result, pages: result.pages.filter((p) => p.half === only) } : result,
          null,
          2,
        ),
      );
    else if (summaryOnly) {
      console.log(
        `${path.basename(dir)}${traditionalPages ? ' in Traditional characters' : ''} (${result.layout}, ${result.pages.length} pages, ${result.seconds.toFixed(1)} s)`,
      );
      console.log(formatHalves(result).join('\n'));
      console.log('');
    } else console.log(formatReport(result, only));
  }
}

if (/eval-extract\.ts$/.test(process.argv[1] ?? '')) main(process.argv.slice(2));
