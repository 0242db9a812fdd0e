/**
 * The tuning half's byline and date misses, one page a line: the label, what Gloss gave and,
 * for dates, which kind of evidence won (metadata, the page's address, the text, a yearless
 * date, the nearest date line). The same pages saved as text are read by the plain-text
 * extractor too. Held-out pages are never listed: that half is read only in aggregate, by
 * eval-extract.ts.
 *
 *   npm run eval:misses -- CORPUS_DIR… [--all]
 *
 * `--all` lists every labelled tuning page, right or wrong.
 */
import path from 'node:path';
import { decodeBytes } from '../../src-main/import/decode';
import { extractHtml } from '../../src-main/import/extract-html';
import { extractPlainText } from '../../src-main/import/extract-text';
import { authorMatches, dateMatches, fullDay, loadCorpus } from '../eval-extract';
import { saveAsText } from './save-as-text';

export interface Miss {
  id: string;
  field: 'author' | 'date';
  /** The path that gave `got`: the HTML extractor, or the plain-text one on the page saved as text. */
  path: 'html' | 'text';
  label: string;
  got: string | null;
  from?: string;
}

/** Every byline and date Gloss gets wrong on the tuning half of the corpus in `dir`. */
export function tuningMisses(dir: string, all = false): Miss[] {
  const misses: Miss[] = [];
  for (const page of loadCorpus(dir).pages) {
    if (page.half !== 'tuning' || page.plainText) continue;
    const dated = page.date !== undefined && fullDay(page.date) !== null;
    if (page.author === undefined && !dated) continue;
    const html = decodeBytes(page.load(), { html: true }).text;
    const fromHtml = extractHtml(html, { fileName: page.file.replace(/\.gz$/, '') });
    const fromText = extractPlainText(saveAsText(html), { fileName: `${page.id}.txt` });
    for (const [kind, got] of [
      ['html', fromHtml],
      ['text', fromText],
    ] as const) {
      if (page.author !== undefined && (all || !authorMatches(got.byline, page.author)))
        misses.push({ id: page.id, field: 'author', path: kind, label: page.author, got: got.byline });
      if (dated && page.date !== undefined && (all || !dateMatches(got.publishedAt, page.date)))
        misses.push({
          id: page.id,
          field: 'date',
          path: kind,
          label: fullDay(page.date) ?? page.date,
          got: got.publishedAt,
          from: got.publishedFrom,
        });
    }
  }
  return misses;
}

function main(argv: string[]): void {
  const all = argv.includes('--all');
  const dirs = argv.filter((a) => !a.startsWith('--'));
  if (dirs.length === 0) {
    console.error('usage: npm run eval:misses -- CORPUS_DIR… [--all]');
    process.exitCode = 2;
    return;
  }
  for (const dir of dirs) {
    const misses = tuningMisses(path.resolve(dir), all);
    console.log(`${path.basename(dir)}: ${misses.length} tuning-half ${all ? 'labels' : 'misses'}`);
    for (const m of misses)
      console.log(
        [m.id.slice(0, 32), m.field, m.path, `label ${m.label}`, `gloss ${m.got ?? '—'}`, m.from ?? '']
          .join(' | ')
          .replace(/ \| $/, ''),
      );
    console.log('');
  }
}

if (/misses\.ts$/.test(process.argv[1] ?? '')) main(process.argv.slice(2));
