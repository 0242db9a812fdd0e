/**
 * Pieces of the sync benchmarks: the library they sync (articles with their text, highlights),
 * the bare-PouchDB baseline run in a Chromium page (IndexedDB adapter, the same server), and
 * page-side helpers that write and count Gloss's IndexedDB rows without the app's code.
 */
import { chromium, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { build } from 'vite';
import type { Article, ArticleContent, Highlight } from '../src-renderer/src/db/models';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/shim/chromium';
import type { SyncTestServer } from '../tests/support/sync-server';
import { REPO_ROOT } from './support';

const PARAGRAPH =
  '深圳市累计投入各类帮扶资金,支持毕节建设产业园区、学校和医院。The partnership ran for twenty years, and the notes kept on it fill a shelf. ';

export interface SyncLibrary {
  articles: Article[];
  contents: ArticleContent[];
  highlights: Highlight[];
}

export function makeLibrary(articles: number, highlightsPer: number): SyncLibrary {
  const now = '2026-01-01T00:00:00.000Z';
  const list: Article[] = [];
  const contents: ArticleContent[] = [];
  const highlights: Highlight[] = [];
  for (let i = 0; i < articles; i++) {
    const id = `article-${i}`;
    list.push({
      id,
      title: `文章 ${i}: a saved article`,
      byline: 'Admin',
      publishedAt: '2022-01-17',
      siteName: null,
      format: 'txt',
      encoding: 'utf-8',
      encodingSource: 'utf-8',
      replacedSequences: 0,
      source: { fileName: `${id}.txt`, path: null, byteLength: 2000, modifiedAt: null },
      contentHash: `hash-${i}`,
      importedAt: now,
      charCount: PARAGRAPH.length * 8,
      tags: ['policy'],
      note: '',
      readingPosition: null,
      dismissedSuggestions: [],
    } as Article);
    contents.push({
      articleId: id,
      blocks: Array.from({ length: 8 }, (_, b) => ({
        kind: 'paragraph' as const,
        text: `${b}. ${PARAGRAPH}`,
      })),
      removed: [],
    });
    for (let h = 0; h < highlightsPer; h++) {
      highlights.push({
        id: `${id}-h${h}`,
        articleId: id,
        color: 'yellow',
        quote: {
          type: 'TextQuoteSelector',
          exact: '累计投入各类帮扶资金',
          prefix: '深圳市',
          suffix: ',支持',
        },
        position: { type: 'TextPositionSelector', start: 3 + h, end: 13 + h },
        note: h % 3 === 0 ? `Note ${h} on ${id}` : '',
        tags: h % 2 === 0 ? ['energy'] : [],
        date: null,
        createdAt: now,
        updatedAt: now,
      });
    }
  }
  return { articles: list, contents, highlights };
}

export function documentCount(library: SyncLibrary): number {
  return library.articles.length + library.contents.length + library.highlights.length;
}

/** Writes the library into Gloss's IndexedDB from the page: one JSON string over the wire. */
export async function putLibrary(page: Page, library: SyncLibrary): Promise<void> {
  await page.evaluate(async (json) => {
    const tables = JSON.parse(json) as Record<string, unknown[]>;
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const request = indexedDB.open('gloss');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction(Object.keys(tables), 'readwrite');
      for (const [store, rows] of Object.entries(tables))
        for (const row of rows) tx.objectStore(store).put(row);
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, JSON.stringify(library));
}

/** How many rows Gloss's IndexedDB holds in each of these tables. */
export async function countRows(page: Page, stores: string[]): Promise<Record<string, number>> {
  return page.evaluate(async (names) => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const request = indexedDB.open('gloss');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    const tx = db.transaction(names);
    const counts: Record<string, number> = {};
    await Promise.all(
      names.map(
        (name) =>
          new Promise<void>((ok) => {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => {
              counts[name] = request.result;
              ok();
            };
          }),
      ),
    );
    db.close();
    return counts;
  }, stores);
}

/** PouchDB (IndexedDB and HTTP adapters, replication) as one script for a plain page. */
async function pouchBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    root: REPO_ROOT,
    build: {
      write: false,
      minify: true,
      lib: {
        entry: resolve(__dirname, 'sync-baseline-pouch.ts'),
        formats: ['iife'],
        name: 'BenchPouchBundle',
      },
    },
  });
  const first = (Array.isArray(output) ? output[0] : output) as { output: { code?: string }[] };
  const code = first.output[0]?.code;
  if (!code) throw new Error('the PouchDB bundle for the baseline page is empty');
  return code;
}

/**
 * The baseline: the same records as plain PouchDB documents in a Chromium page's IndexedDB,
 * replicated A → server → an empty B with PouchDB's replicator, unencrypted. Returns the
 * milliseconds of each replication (page clock) and the bytes the server received.
 */
export async function runBaseline(
  server: SyncTestServer,
  database: string,
  library: SyncLibrary,
): Promise<{ ms: number; sendMs: number; bytes: number }> {
  const bundle = await pouchBundle();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const pageUrl = `${server.url}/bench-baseline.html`;
    // The page comes from the server's origin, so PouchDB's requests need no CORS.
    await page.route(pageUrl, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>baseline</title>' }),
    );
    // Functions passed to page.evaluate are compiled by tsx, which may wrap them in __name.
    await page.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((fn) => fn);' });
    await page.goto(pageUrl);
    await page.addScriptTag({ content: bundle });
    const docs = JSON.stringify([
      ...library.articles.map((r) => ({ ...r, _id: `article:${r.id}` })),
      ...library.contents.map((r) => ({ ...r, _id: `content:${r.articleId}` })),
      ...library.highlights.map((r) => ({ ...r, _id: `highlight:${r.id}` })),
    ]);
    await page.evaluate(async (json) => {
      const Pouch = (
        window as unknown as {
          BenchPouch: new (name: string) => { bulkDocs(d: unknown[]): Promise<unknown> };
        }
      ).BenchPouch;
      await new Pouch('plain-a').bulkDocs(JSON.parse(json) as unknown[]);
    }, docs);
    server.bytesReceived = 0;
    const ms = await page.evaluate(
      async ({ url, auth }) => {
        type Db = {
          replicate: {
            to(t: unknown, o: object): Promise<unknown>;
            from(t: unknown, o: object): Promise<unknown>;
          };
          info(): Promise<{ doc_count: number }>;
        };
        const Pouch = (window as unknown as { BenchPouch: new (name: string, o?: object) => Db }).BenchPouch;
        const remote = () =>
          new Pouch(url, {
            fetch: (input: string, init: RequestInit) => {
              const headers = new Headers(init.headers);
              headers.set('Authorization', auth);
              return fetch(input, { ...init, headers });
            },
          });
        const began = performance.now();
        await new Pouch('plain-a').replicate.to(remote(), { batch_size: 250 });
        const sent = performance.now() - began;
        const b = new Pouch('plain-b');
        await b.replicate.from(remote(), { batch_size: 250 });
        const ms = performance.now() - began;
        return { ms, sent, count: (await b.info()).doc_count };
      },
      {
        url: `${server.url}/${database}`,
        auth: `Basic ${Buffer.from(`${server.user}:${server.password}`).toString('base64')}`,
      },
    );
    if (ms.count !== documentCount(library))
      throw new Error(`the baseline's B has ${ms.count} documents, not ${documentCount(library)}`);
    return { ms: ms.ms, sendMs: ms.sent, bytes: server.bytesReceived };
  } finally {
    await browser.close();
  }
}
