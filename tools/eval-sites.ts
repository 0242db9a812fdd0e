/**
 * Pages built in the templates of named sites (tools/eval/site-pages/): whole saved pages with
 * their furniture, each with its truth set down before the extractor read it. `worked/` holds
 * the pages rules were changed from; `later/` the pages written afterwards, without the rules in
 * view. Each page is read as HTML and as the page saved as text, and scored on its headline, the
 * people it credits (and no byline where it credits nobody), its day, its first and last
 * paragraph kept, and none of its listed furniture kept.
 *
 *   npm run eval:sites [-- --misses]
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { decodeBytes } from '../src-main/import/decode';
import { importBytes } from '../src-main/import/import-file';
import { saveAsText } from './eval/save-as-text';

interface SiteTruth {
  file: string;
  /** The name the page was saved under (its day or id may be in it). */
  savedAs: string | null;
  name: string;
  title: string;
  authors: string[];
  date: string | null;
  bodyFirst: string;
  bodyLast: string;
  mustNotContain: string[];
}

export interface SiteTally {
  pages: number;
  title: number;
  author: number;
  credited: number;
  bylineWhereNone: number;
  date: number;
  dated: number;
  body: number;
  clean: number;
}

const ROOT = path.join(import.meta.dirname, 'eval', 'site-pages');
/** Every page is dated by its file's time as if saved long after it was published. */
const SAVED_AT = '2026-06-01T00:00:00Z';

const spaced = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** Scores one set of pages on one path; `onMiss` hears each page's wrong fields. */
export function scoreSet(
  set: string,
  mode: 'html' | 'text',
  onMiss?: (page: string, misses: string[]) => void,
): SiteTally {
  const dir = path.join(ROOT, set);
  const truths = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8')) as SiteTruth[];
  const tally: SiteTally = {
    pages: 0,
    title: 0,
    author: 0,
    credited: 0,
    bylineWhereNone: 0,
    date: 0,
    dated: 0,
    body: 0,
    clean: 0,
  };
  for (const truth of truths) {
    const saved = new Uint8Array(readFileSync(path.join(dir, truth.file)));
    const name = truth.savedAs ?? 'page.html';
    const bytes =
      mode === 'html' ? saved : new TextEncoder().encode(saveAsText(decodeBytes(saved, { html: true }).text));
    const result = importBytes(bytes, mode === 'html' ? name : name.replace(/\.html?$/u, '.txt'), {
      modifiedAt: SAVED_AT,
    });
    tally.pages++;
    if (!result.ok) {
      onMiss?.(truth.name, ['not imported']);
      continue;
    }
    const article = result.article;
    const misses: string[] = [];
    if (spaced(article.title) === spaced(truth.title)) tally.title++;
    else misses.push(`title "${article.title}"`);
    const byline = (article.byline ?? '').replace(/\s+/gu, '');
    if (truth.authors.length > 0) {
      tally.credited++;
      if (truth.authors.every((person) => byline.includes(person.replace(/\s+/gu, '')))) tally.author++;
      else misses.push(`byline "${article.byline ?? ''}"`);
    } else if (byline !== '') {
      tally.bylineWhereNone++;
      misses.push(`byline "${article.byline}" where none`);
    }
    if (truth.date) tally.dated++;
    if ((article.publishedAt ?? null) === truth.date) {
      if (truth.date) tally.date++;
    } else misses.push(`date ${article.publishedAt ?? '—'}`);
    const text = article.blocks.map((block) => block.text).join('\n');
    if (text.includes(truth.bodyFirst) && text.includes(truth.bodyLast)) tally.body++;
    else misses.push('body cut');
    const kept = truth.mustNotContain.filter((phrase) => text.includes(phrase));
    if (kept.length === 0) tally.clean++;
    else misses.push(`kept ${kept.map((k) => `"${k}"`).join(', ')}`);
    if (misses.length > 0) onMiss?.(truth.name, misses);
  }
  return tally;
}

function row(set: string, mode: string, t: SiteTally): string {
  return `| ${set} | ${mode} | ${t.pages} | ${t.title}/${t.pages} | ${t.author}/${t.credited} | ${t.bylineWhereNone} | ${t.date}/${t.dated} | ${t.body}/${t.pages} | ${t.clean}/${t.pages} |`;
}

function main(argv: string[]): void {
  const showMisses = argv.includes('--misses');
  console.log(
    '| pages | path | n | title | author | byline where none | date | body kept | no furniture kept |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  const misses: string[] = [];
  for (const set of readdirSync(ROOT).sort()) {
    for (const mode of ['html', 'text'] as const) {
      const tally = scoreSet(set, mode, (page, wrong) =>
        misses.push(`${set} ${mode} ${page}: ${wrong.join(' | ')}`),
      );
      console.log(row(set, mode, tally));
    }
  }
  if (showMisses) for (const miss of misses) console.log(miss);
}

if (/eval-sites\.ts$/.test(process.argv[1] ?? '')) main(process.argv.slice(2));
