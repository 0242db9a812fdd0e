/**
 * Shared pieces of the benchmarks: medians, the result record, files made for a run, and
 * page-side access to Gloss's IndexedDB (raw API, so the harness does not depend on the app's code).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';

export const REPO_ROOT = resolve(__dirname, '..');
export const CORPORA = resolve(REPO_ROOT, '../shared/corpora');
export const LAWREF_DIR = join(CORPORA, 'lawrefbook-sample');

export interface BenchResult {
  name: string;
  /** Gloss's number (median unless said otherwise). */
  gloss: number;
  /** The side-by-side reference measured in the same run. */
  baseline: number;
  unit: string;
  /** gloss / baseline. */
  ratio: number;
  /** What the baseline is, and anything else worth printing. */
  note: string;
  /** Target the README promises, e.g. "ratio ≤ 3". */
  target?: string;
  met?: boolean;
  extra?: Record<string, number | string>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `gloss-bench-${prefix}-`));
}

/** `count` seed-sized .txt files made distinct (so none is deduplicated). */
export function makeSeedFiles(count: number): string[] {
  const seed = readFileSync(join(REPO_ROOT, 'tests/fixtures/seed-article.txt'), 'utf8');
  const dir = tempDir('seed');
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(dir, `seed-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, `${seed}\n\n编号 ${i}\n`);
    paths.push(path);
  }
  return paths;
}

export function lawrefFiles(): string[] {
  return readdirSync(LAWREF_DIR)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(LAWREF_DIR, name));
}

/** A Markdown article of at least `bytes` UTF-8 bytes, joined from the longest law texts. */
export function makeLongArticle(bytes: number, variant: string): string {
  const files = lawrefFiles()
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }))
    .sort((a, b) => b.text.length - a.text.length);
  const parts: string[] = [`# 法规汇编（${variant}）`];
  let size = Buffer.byteLength(parts[0]);
  for (let i = 0; size < bytes; i++) {
    const body = files[i % files.length].text.replace(/^# .*$/m, (line) => `#${line}`);
    parts.push(body);
    size += Buffer.byteLength(body);
  }
  const path = join(tempDir('long'), `long-${variant}.md`);
  writeFileSync(path, parts.join('\n\n'));
  return path;
}

/** Writes rows into Gloss's database from the page (raw IndexedDB: no app code involved). */
export async function putRows(page: Page, tables: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(async (data) => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const request = indexedDB.open('gloss');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    for (const [store, rows] of Object.entries(data)) {
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction(store, 'readwrite');
        for (const row of rows) tx.objectStore(store).put(row);
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
    }
    db.close();
  }, tables);
}

/** The id of the article imported from `fileName`. */
export async function articleIdByFile(page: Page, fileName: string): Promise<string> {
  return page.evaluate(async (wanted) => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const request = indexedDB.open('gloss');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    const all: { id: string; source: { fileName: string } }[] = await new Promise((ok) => {
      const request = db.transaction('articles').objectStore('articles').getAll();
      request.onsuccess = () => ok(request.result);
    });
    db.close();
    const found = all.find((a) => a.source.fileName === wanted);
    if (!found) throw new Error(`no article from ${wanted}`);
    return found.id;
  }, fileName);
}

/** Reads Gloss's articles table with a raw getAll in the page: how many, and how long it took. */
export async function readArticlesTable(page: Page): Promise<{ count: number; ms: number }> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const request = indexedDB.open('gloss');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    const began = performance.now();
    const count: number = await new Promise((ok) => {
      const request = db.transaction('articles').objectStore('articles').getAll();
      request.onsuccess = () => ok(request.result.length);
    });
    const ms = performance.now() - began;
    db.close();
    return { count, ms };
  });
}

/** A result from the medians of both sides, met when the ratio is at most `maxRatio`. */
export function ratioResult(
  fields: Omit<BenchResult, 'gloss' | 'baseline' | 'ratio' | 'met'> & { maxRatio: number },
  glossValues: number[],
  baselineValues: number[],
): BenchResult {
  const { maxRatio, ...rest } = fields;
  const gloss = median(glossValues);
  const baseline = median(baselineValues);
  const ratio = gloss / baseline;
  return {
    ...rest,
    gloss: round(gloss),
    baseline: round(baseline),
    ratio: round(ratio, 2),
    met: ratio <= maxRatio,
  };
}
