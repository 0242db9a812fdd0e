/**
 * search-10k and search-index-build, in the real app through the shim: 10,000 generated
 * articles of real Chinese and English text (over 30 million characters) and 100,000 highlights
 * written into Gloss's IndexedDB, the index built by the search worker (timed against reading
 * every article once), then 50 queries typed into the palette, timed from the keystroke to the
 * results painted, against a substring scan of the same contents in the same page.
 */
import type { Page } from '@playwright/test';
import { launchGloss } from '../../tests/e2e/app';
import type { ArticleDocument, PassageDocument } from '../../src-shared/search/documents';
import { makeSearchArticles, makeSearchPassages } from '../search-corpus';
import { comparisonQueries } from './search-engines';
import { median, putRows, round, type BenchResult } from '../support';
import {
  describeStages,
  p95,
  typeQueries,
  watchPaints,
  type KeystrokeTiming,
  type TypedQuery,
} from './search-typing';

const ARTICLES = 10_000;
const HIGHLIGHTS = 100_000;
const BATCH = 500;

function articleRecord(doc: ArticleDocument) {
  return {
    id: doc.id,
    title: doc.title,
    byline: doc.byline,
    publishedAt: doc.publishedAt,
    siteName: doc.siteName,
    format: 'txt',
    encoding: 'utf-8',
    encodingSource: 'utf-8',
    replacedSequences: 0,
    source: { fileName: `${doc.id}.txt`, path: null, byteLength: doc.text.length * 3, modifiedAt: null },
    contentHash: `hash-${doc.id}`,
    importedAt: doc.importedAt,
    charCount: doc.text.length,
    tags: doc.tags,
    note: doc.note,
    readingPosition: null,
    dismissedSuggestions: [],
  };
}

function contentRecord(doc: ArticleDocument) {
  return {
    articleId: doc.id,
    blocks: doc.text.split('\n\n').map((text) => ({ kind: 'paragraph', text })),
    removed: doc.removed
      ? [{ id: `${doc.id}-r0`, text: doc.removed, reason: 'hotline', beforeBlock: 0 }]
      : [],
  };
}

function highlightRecord(doc: PassageDocument) {
  return {
    id: doc.id,
    articleId: doc.articleId,
    color: doc.color,
    quote: { type: 'TextQuoteSelector', exact: doc.quote, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: doc.quote.length },
    note: doc.note,
    tags: doc.tags,
    date: null,
    createdAt: doc.createdAt,
    updatedAt: doc.createdAt,
  };
}

export async function fillLibrary(
  page: Page,
  articles: ArticleDocument[],
  passages: PassageDocument[],
): Promise<void> {
  for (let i = 0; i < articles.length; i += BATCH) {
    const chunk = articles.slice(i, i + BATCH);
    await putRows(page, { articles: chunk.map(articleRecord), contents: chunk.map(contentRecord) });
  }
  for (let i = 0; i < passages.length; i += BATCH * 10) {
    await putRows(page, { highlights: passages.slice(i, i + BATCH * 10).map(highlightRecord) });
  }
}

/** Reads every article's text once (raw IndexedDB, the same chunks the index build reads). */
async function readEveryArticle(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((ok) => {
      const r = indexedDB.open('gloss');
      r.onsuccess = () => ok(r.result);
    });
    const began = performance.now();
    let chars = 0;
    await new Promise<void>((ok) => {
      const request = db.transaction('contents').objectStore('contents').openCursor();
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor) return ok();
        for (const block of (cursor.value as { blocks: { text: string }[] }).blocks)
          chars += block.text.length;
        cursor.continue();
      };
    });
    const ms = performance.now() - began;
    db.close();
    return chars > 0 ? ms : -1;
  });
}

export async function openPalette(page: Page) {
  await page.getByRole('navigation').first().waitFor({ timeout: 120_000 });
  const palette = page.getByRole('dialog', { name: 'Search' });
  for (let tries = 0; !(await palette.isVisible()) && tries < 60; tries++) {
    await page.keyboard.press('Control+k');
    await palette.waitFor({ timeout: 2000 }).catch(() => undefined);
  }
  await palette.waitFor();
  return palette;
}

/** The baseline: String.includes over every article text and highlight, in memory in the page, per query. */
export async function scanBaseline(page: Page, queries: readonly TypedQuery[]): Promise<number[]> {
  return page.evaluate(
    async (list) => {
      const db: IDBDatabase = await new Promise((ok) => {
        const r = indexedDB.open('gloss');
        r.onsuccess = () => ok(r.result);
      });
      const all = <T>(store: string) =>
        new Promise<T[]>((ok) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => ok(r.result as T[]);
        });
      const contents = await all<{ blocks: { text: string }[] }>('contents');
      const highlights = await all<{ quote: { exact: string }; note: string }>('highlights');
      db.close();
      const texts = [
        ...contents.map((c) =>
          c.blocks
            .map((b) => b.text)
            .join('\n\n')
            .toLowerCase(),
        ),
        ...highlights.map((h) => `${h.quote.exact}\n${h.note}`.toLowerCase()),
      ];
      const times: number[] = [];
      for (const query of list) {
        const needle = query.replace(/^tag:/, '').replaceAll('"', '').toLowerCase();
        const began = performance.now();
        let found = 0;
        for (const text of texts) if (text.includes(needle)) found++;
        times.push(performance.now() - began + found * 0);
      }
      return times;
    },
    queries.map((q) => q.query),
  );
}

/** The 50 queries of search-10k: Chinese of two and four characters, English words and phrases, tags. */
export function benchQueries(articles: readonly ArticleDocument[]): TypedQuery[] {
  return [
    ...comparisonQueries(articles).filter((q) => q.kind !== 'chinese-1-6'),
    ...[
      'policy',
      'funding',
      'law',
      'health',
      '教育',
      'energy',
      'people',
      'transport',
      '环境',
      'policy/milestone',
    ].map((tag) => ({ query: `tag:${tag}`, kind: 'tag' })),
  ];
}

export async function benchSearchLibrary(reps: number): Promise<BenchResult[]> {
  const articles = makeSearchArticles(ARTICLES);
  const passages = makeSearchPassages(articles, HIGHLIGHTS);
  const characters = articles.reduce((sum, a) => sum + a.text.length, 0);
  const gloss = await launchGloss({ viewport: { width: 1280, height: 860 } });
  try {
    let { page } = gloss;
    await page.getByRole('button', { name: 'Import files' }).first().waitFor();
    await fillLibrary(page, articles, passages);
    // Written past the app (raw IndexedDB): at the next start the worker sees an index that
    // lacks them and builds one from scratch.
    page = await gloss.restart();
    let palette = await openPalette(page);
    const footer = palette.locator('.search-footer');
    await footer.waitFor({ timeout: 600_000 });
    const buildMs = Number(await footer.getAttribute('data-build-ms'));
    const readMs = Number(await footer.getAttribute('data-read-ms'));
    const memoryBytes = Number(await footer.getAttribute('data-memory-bytes'));
    // Stored once built: wait for that store (in this session) before relaunching.
    await page.waitForFunction(
      () => document.querySelector('.search-footer')?.hasAttribute('data-store-ms') === true,
      undefined,
      { timeout: 600_000, polling: 500 },
    );
    await page.keyboard.press('Escape');
    const readOnce = median(await Promise.all([readEveryArticle(page)]));
    // A relaunch reads the stored index instead of building.
    page = await gloss.restart();
    const relaunchBegan = Date.now();
    palette = await openPalette(page);
    await palette.locator('.search-footer').waitFor({ timeout: 600_000 });
    const relaunchReadyMs = Date.now() - relaunchBegan;
    const source = await palette.getAttribute('data-index-source');
    const storedBytes = Number(await palette.locator('.search-footer').getAttribute('data-stored-bytes'));
    const loadReadMs = Number(await palette.locator('.search-footer').getAttribute('data-load-read-ms'));
    const loadMs = Number(await palette.locator('.search-footer').getAttribute('data-load-ms'));
    const loadError = await palette.locator('.search-footer').getAttribute('data-error');

    const input = palette.getByRole('combobox', { name: 'Search the library' });
    await watchPaints(page);
    const queries = benchQueries(articles);
    const timings = await typeQueries(page, input, queries, reps);
    const typedMs = timings.map((t) => t.total);
    const engineMs = timings.map((t) => t.engine);
    const byKind = new Map<string, KeystrokeTiming[]>();
    for (const t of timings) byKind.set(t.kind, [...(byKind.get(t.kind) ?? []), t]);
    // Baseline: a substring scan over the same contents, in memory in the same page.
    const scanMs = await scanBaseline(page, queries);

    const glossP95 = p95(typedMs);
    const scanP95 = p95(scanMs);
    const kinds = [...byKind]
      .map(([kind, list]) => {
        const values = list.map((t) => t.total);
        return `${kind} p50 ${round(median(values))} / p95 ${round(p95(values))} ms (${describeStages(list)})`;
      })
      .join('; ');
    return [
      {
        name: 'search-10k',
        gloss: round(glossP95),
        baseline: round(scanP95),
        unit: 'ms',
        ratio: round(glossP95 / scanP95, 2),
        note: `${ARTICLES.toLocaleString()} articles (${characters.toLocaleString()} characters) and ${HIGHLIGHTS.toLocaleString()} highlights; p95 of ${typedMs.length} keystrokes (50 queries × ${reps}) to results painted (median ${round(median(typedMs))} ms; ${kinds}; the engine's part in the worker p50 ${round(median(engineMs))} / p95 ${round(p95(engineMs))} ms; by stage, p50 / p95 ms: ${describeStages(timings)}); baseline: String.includes over every article text and highlight already in memory, p95 of 50 (median ${round(median(scanMs))} ms)`,
        target: 'p95 ≤ 30 ms',
        met: glossP95 <= 30,
        extra: { p50: round(median(typedMs)) },
      },
      {
        name: 'search-index-build',
        gloss: buildMs + readMs,
        baseline: round(readOnce),
        unit: 'ms',
        ratio: round((buildMs + readMs) / readOnce, 2),
        note: `index for ${ARTICLES.toLocaleString()} articles and ${HIGHLIGHTS.toLocaleString()} highlights built in the worker from scratch: ${readMs} ms reading + ${buildMs} ms indexing; ${round(memoryBytes / 1e6)} MB in memory (postings and text), ${round(storedBytes / 1e6)} MB stored in IndexedDB; a relaunch used the ${source} index${loadError ? ` (${loadError})` : ''}, searchable ${relaunchReadyMs} ms after the palette was asked for (the worker read it in ${loadReadMs} ms and restored it in ${loadMs} ms); baseline: a cursor over every article's text once`,
        extra: {
          memoryMB: round(memoryBytes / 1e6),
          storedMB: round(storedBytes / 1e6),
          relaunchMs: relaunchReadyMs,
          loadReadMs,
          loadMs,
        },
      },
    ];
  } finally {
    await gloss.close();
  }
}
