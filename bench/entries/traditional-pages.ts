/**
 * read-traditional-35: the 35 pages of cwced-dev written in Traditional characters, imported
 * (told Traditional, read through a Simplified copy, the article put back in the page's own
 * characters) against the same pages in Simplified, imported as they are. Both are given as
 * UTF-8. Pure computation, run in Node's V8 (the engine the import worker runs on).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBytes } from '../../src-main/import/import-file';
import { traditional, utf8Html } from '../../tools/eval/traditional';
import { CORPORA, median, round, type BenchResult } from '../support';

export const CWCED_DIR = join(CORPORA, 'cwced-dev');

/** Milliseconds to import every page once, median of `runs` passes (after one warm-up pass). */
function importAll(pages: { name: string; bytes: Uint8Array }[], runs: number): number {
  const pass = () => {
    const started = performance.now();
    for (const page of pages) {
      const result = importBytes(page.bytes, page.name);
      if (!result.ok) throw new Error(`${page.name}: ${result.error.reason}`);
    }
    return performance.now() - started;
  };
  pass();
  return median(Array.from({ length: runs }, pass));
}

export function benchTraditionalPages(runs: number): BenchResult {
  const simplified: { name: string; bytes: Uint8Array }[] = [];
  const traditionalPages: { name: string; bytes: Uint8Array }[] = [];
  const original = join(CWCED_DIR, 'original');
  for (const name of readdirSync(original)
    .filter((f) => /\.html?$/i.test(f))
    .sort()) {
    const html = utf8Html(readFileSync(join(original, name)));
    simplified.push({ name, bytes: new TextEncoder().encode(html) });
    traditionalPages.push({ name, bytes: new TextEncoder().encode(traditional(html)) });
  }
  // Interleaved, so the machine's load falls on both alike.
  const plain: number[] = [];
  const folded: number[] = [];
  for (let i = 0; i < runs; i++) {
    plain.push(importAll(simplified, 1));
    folded.push(importAll(traditionalPages, 1));
  }
  const gloss = median(folded);
  const baseline = median(plain);
  return {
    name: 'read-traditional-35',
    gloss: round(gloss),
    baseline: round(baseline),
    unit: 'ms',
    ratio: round(gloss / baseline, 2),
    note: `the 35 cwced-dev pages in Traditional characters; baseline: the same pages in Simplified; median of ${runs} passes each, interleaved`,
  };
}
