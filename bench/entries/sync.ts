/**
 * sync-initial-2000: the first sync of 2,000 articles (with their text) and 20,000 highlights
 * from Gloss A to an empty Gloss B through a local replication server, both real Gloss windows
 * in Chromium through the Electron shim (IndexedDB, WebCrypto, every request carried by the main
 * process), turned on from the Sync Settings dialog as a person would; against a bare PouchDB
 * replication of the same records, unencrypted, A → the same server → B, in a Chromium page's
 * IndexedDB, run once before Gloss and once after (the mean is the baseline: the shared
 * machine's load drifts during a run). Gloss's time runs from "Save and sync" on A until the
 * server holds every document, plus from "Save and sync" on B until B's database holds every
 * record; bytes are the request bodies the server received.
 * sync-one-highlight: then B opens an article that A has open too; A highlights a phrase: the
 * time from A's key press until B paints the highlight (both page clocks are one machine's),
 * and the bytes the server received for it. Median of five highlights.
 * BENCH_PROFILE=<folder> writes a CPU profile of each window's initial sync there;
 * BENCH_SYNC_ARTICLES=n syncs n articles instead; BENCH_SYNC_TRACE=1 prints each stage's progress
 * every 2 s, BENCH_SYNC_PATH=1 every step of each highlight from A's key press to B's paint.
 */
import type { Page } from '@playwright/test';
import { launchGloss, type GlossApp } from '../../tests/e2e/app';
import { selectText } from '../../tests/e2e/support/reader';
import { fillSyncSettings } from '../../tests/e2e/support/sync-settings';
import { startSyncServer, type SyncTestServer } from '../../tests/support/sync-server';
import { countRows, documentCount, makeLibrary, putLibrary, runBaseline } from '../sync-support';
import { median, round, type BenchResult } from '../support';

const PASSPHRASE = 'bench passphrase for the library';
const DATABASE = 'bench-gloss';
const QUOTES = ['partnership ran', 'twenty years', 'notes kept', 'fill a shelf', '建设产业园区'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 1_800_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

function authHeader(server: SyncTestServer): string {
  return `Basic ${Buffer.from(`${server.user}:${server.password}`).toString('base64')}`;
}

async function serverDocCount(server: SyncTestServer): Promise<number> {
  const response = await fetch(`${server.url}/${DATABASE}`, {
    headers: { Authorization: authHeader(server) },
  });
  return ((await response.json()) as { doc_count: number }).doc_count;
}

const syncState = (page: Page) => page.locator('.sync-indicator').getAttribute('data-sync-state');

/** Fills Sync Settings; returns the "Save and sync" click, for the caller to time. */
async function prepareSync(app: GlossApp, server: SyncTestServer): Promise<() => Promise<void>> {
  const dialog = await fillSyncSettings(app, server, DATABASE, PASSPHRASE);
  return async () => {
    await dialog.getByRole('button', { name: 'Save and sync' }).click();
    await dialog
      .getByRole('alert')
      .filter({ hasText: /Sync is on/ })
      .waitFor({ timeout: 120_000 });
    await dialog.getByRole('button', { name: 'Close' }).click();
  };
}

async function openArticle(page: Page, title: string): Promise<void> {
  await page
    .getByRole('list', { name: 'Articles' })
    .getByRole('button', { name: title, exact: true })
    .click();
  await page.locator('.article-body').waitFor();
}

/** On B: the page-clock time at which a range with this text is first in the highlight registry. */
async function watchPaint(page: Page, quote: string): Promise<void> {
  await page.evaluate((wanted) => {
    const w = window as unknown as { __paintedAt?: number };
    delete w.__paintedAt;
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const look = () => {
      for (const [name, set] of registry)
        if (name.startsWith('gloss-') && [...set].some((range) => range.toString() === wanted)) {
          w.__paintedAt = performance.timeOrigin + performance.now();
          return;
        }
      requestAnimationFrame(look);
    };
    look();
  }, quote);
}

async function profile(page: Page, name: string): Promise<() => Promise<void>> {
  if (!process.env.BENCH_PROFILE) return async () => undefined;
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 500 });
  await session.send('Profiler.start');
  return async () => {
    const { profile } = await session.send('Profiler.stop');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${process.env.BENCH_PROFILE}/${name}.cpuprofile`, JSON.stringify(profile));
  };
}

/**
 * BENCH_SYNC_TRACE=1: every 2 s, how far each stage is (outbox entries left, mirror revisions,
 * documents on the server, the library's highlights), to see where the time goes.
 */
function trace(page: Page, server: SyncTestServer, label: string): () => void {
  if (!process.env.BENCH_SYNC_TRACE) return () => undefined;
  const began = performance.now();
  let stopped = false;
  void (async () => {
    while (!stopped) {
      await sleep(2000);
      const counts = await countRows(page, ['syncOutbox', 'highlights']).catch(() => ({}));
      const mirror = await page
        .evaluate(async () => {
          // Opened only once PouchDB made it (an open here first would make a version-1
          // database PouchDB then waits to upgrade), and closed at once.
          const name = '_pouch_gloss-sync-mirror';
          if (!(await indexedDB.databases()).some((db) => db.name === name)) return 0;
          return new Promise<number>((ok) => {
            const request = indexedDB.open(name);
            request.onsuccess = () => {
              const db = request.result;
              const count = db.transaction('by-sequence').objectStore('by-sequence').count();
              count.onsuccess = () => {
                db.close();
                ok(count.result);
              };
            };
            request.onerror = () => ok(-1);
          });
        })
        .catch(() => -1);
      console.log(
        `    ${label} ${round((performance.now() - began) / 1000, 1)} s: outbox ${JSON.stringify(counts)}, mirror ${mirror}, server ${await serverDocCount(server)}`,
      );
    }
  })();
  return () => {
    stopped = true;
  };
}

/** Starts adding up the time of each sync stage in the page (sync-trace.ts). */
async function recordStages(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __glossSyncStages: object }).__glossSyncStages = {}));
}

/** Prints the time each stage took in the page, and stops adding up. */
async function printStages(page: Page, label: string, wallMs: number): Promise<void> {
  const stages = await page.evaluate(() => {
    const w = window as unknown as { __glossSyncStages?: Record<string, { ms: number; count: number }> };
    const found = w.__glossSyncStages ?? {};
    delete w.__glossSyncStages;
    return found;
  });
  console.log(`  sync ${label}: time by stage (busy time; stages overlap) of ${round(wallMs / 1000, 2)} s:`);
  for (const [stage, { ms, count }] of Object.entries(stages).sort((x, y) => y[1].ms - x[1].ms))
    console.log(`    ${stage}: ${round(ms / 1000, 2)} s in ${count} calls`);
}

/** BENCH_SYNC_PATH=1: each step of one highlight's way from A's key press to B's paint. */
async function printPath(a: Page, b: Page, keyAt: number, paintedAt: number): Promise<void> {
  const read = (page: Page) =>
    page.evaluate(() => (window as unknown as { __glossSyncTrace: [number, string][] }).__glossSyncTrace);
  const marks = [
    ...(await read(a)).map(([at, what]) => [at, `A ${what}`] as const),
    ...(await read(b)).map(([at, what]) => [at, `B ${what}`] as const),
    [paintedAt, 'B painted'] as const,
  ].sort((x, y) => x[0] - y[0]);
  for (const [at, what] of marks)
    if (at <= paintedAt + 200) console.log(`    ${round(at - keyAt, 1)} ms ${what}`);
}

export async function benchSync(articleCount = 2000, highlightsPer = 10): Promise<BenchResult[]> {
  const server = await startSyncServer();
  const library = makeLibrary(Number(process.env.BENCH_SYNC_ARTICLES) || articleCount, highlightsPer);
  const docs = documentCount(library);
  const apps: GlossApp[] = [];
  try {
    const baseline = await runBaseline(server, 'bench-plain', library);
    console.log(
      `  sync baseline: ${round(baseline.ms / 1000, 2)} s (A → server ${round(baseline.sendMs / 1000, 2)} s), ${baseline.bytes} bytes`,
    );

    const a = await launchGloss();
    apps.push(a);
    await a.page.getByRole('button', { name: 'Import files' }).first().waitFor();
    await putLibrary(a.page, library);
    await a.page.reload();
    await a.page.getByRole('list', { name: 'Articles' }).getByRole('listitem').first().waitFor();
    await fetch(`${server.url}/${DATABASE}`, {
      method: 'PUT',
      headers: { Authorization: authHeader(server) },
    });

    const saveA = await prepareSync(a, server);
    const stopA = await profile(a.page, 'a');
    server.bytesReceived = 0;
    let began = performance.now();
    const untraceA = trace(a.page, server, 'A');
    await recordStages(a.page);
    await saveA();
    // Every record plus the key check on the server, and A at rest.
    await waitFor('A to send the library', async () => (await serverDocCount(server)) >= docs + 1);
    const onServerMs = performance.now() - began;
    await waitFor('A to be synced', async () => (await syncState(a.page)) === 'synced');
    const sendMs = performance.now() - began;
    untraceA();
    console.log(`  sync A: every document on the server after ${round(onServerMs / 1000, 2)} s`);
    await printStages(a.page, 'A', sendMs);
    await stopA();
    console.log(`  sync A → server: ${round(sendMs / 1000, 2)} s`);

    const b = await launchGloss();
    apps.push(b);
    await b.page.getByRole('button', { name: 'Import files' }).first().waitFor();
    const saveB = await prepareSync(b, server);
    const stopB = await profile(b.page, 'b');
    began = performance.now();
    const untraceB = trace(b.page, server, 'B');
    await recordStages(b.page);
    await saveB();
    const want = {
      articles: library.articles.length,
      contents: library.contents.length,
      highlights: library.highlights.length,
    };
    await waitFor('B to receive the library', async () => {
      const counts = await countRows(b.page, Object.keys(want));
      return Object.entries(want).every(([table, n]) => counts[table] === n);
    });
    const inLibraryMs = performance.now() - began;
    await waitFor('B to be synced', async () => (await syncState(b.page)) === 'synced');
    const receiveMs = performance.now() - began;
    untraceB();
    console.log(`  sync B: every record in the library after ${round(inLibraryMs / 1000, 2)} s`);
    await printStages(b.page, 'B', receiveMs);
    await stopB();
    const glossBytes = server.bytesReceived;
    const glossMs = sendMs + receiveMs;
    console.log(`  sync server → B: ${round(receiveMs / 1000, 2)} s`);

    // The baseline again, now that Gloss is done: the machine's load moves during a run, and
    // the mean of a baseline before and one after brackets Gloss's time.
    const after = await runBaseline(server, 'bench-plain-after', library);
    console.log(
      `  sync baseline again: ${round(after.ms / 1000, 2)} s (A → server ${round(after.sendMs / 1000, 2)} s)`,
    );
    const baselineMs = (baseline.ms + after.ms) / 2;

    // One highlight at a time, the article open on both.
    const title = library.articles[0].title;
    await openArticle(a.page, title);
    await openArticle(b.page, title);
    const times: number[] = [];
    const bytes: number[] = [];
    for (const quote of QUOTES) {
      await waitFor(
        'both to be synced',
        async () => (await syncState(a.page)) === 'synced' && (await syncState(b.page)) === 'synced',
      );
      await sleep(500);
      await watchPaint(b.page, quote);
      await selectText(a.page, quote);
      await a.page.evaluate(() =>
        window.addEventListener(
          'keydown',
          () =>
            ((window as unknown as { __keyAt: number }).__keyAt = performance.timeOrigin + performance.now()),
          { capture: true, once: true },
        ),
      );
      if (process.env.BENCH_SYNC_PATH)
        for (const page of [a.page, b.page])
          await page.evaluate(
            () => ((window as unknown as { __glossSyncTrace: unknown[] }).__glossSyncTrace = []),
          );
      server.bytesReceived = 0;
      await a.page.keyboard.press('1');
      await b.page.waitForFunction(
        () => (window as unknown as { __paintedAt?: number }).__paintedAt,
        undefined,
        {
          timeout: 60_000,
        },
      );
      const keyAt = await a.page.evaluate(() => (window as unknown as { __keyAt: number }).__keyAt);
      const paintedAt = await b.page.evaluate(
        () => (window as unknown as { __paintedAt: number }).__paintedAt,
      );
      times.push(paintedAt - keyAt);
      if (process.env.BENCH_SYNC_PATH) await printPath(a.page, b.page, keyAt, paintedAt);
      // The bytes for it: until both are at rest again (checkpoints included).
      await sleep(300);
      await waitFor(
        'both to be synced',
        async () => (await syncState(a.page)) === 'synced' && (await syncState(b.page)) === 'synced',
      );
      bytes.push(server.bytesReceived);
      await a.page.keyboard.press('Escape');
    }

    const ratio = round(glossMs / baselineMs, 2);
    const oneBytes = median(bytes);
    return [
      {
        name: 'sync-initial-2000',
        gloss: round(glossMs / 1000, 2),
        baseline: round(baselineMs / 1000, 2),
        unit: 's',
        ratio,
        target: 'ratio ≤ 2',
        met: ratio <= 2,
        note: `${library.articles.length} articles with their text and ${library.highlights.length} highlights (${docs} documents), A → local server (express-pouchdb, in memory) → empty B; Gloss: two windows in Chromium through the shim, from "Save and sync" on A until the server has every document (${round(sendMs / 1000, 2)} s) plus from "Save and sync" on B until B's database has every record (${round(receiveMs / 1000, 2)} s); baseline: bare PouchDB replication of the same records unencrypted in a Chromium page (IndexedDB), same server, the mean of a run before Gloss's (${round(baseline.ms / 1000, 2)} s) and one after (${round(after.ms / 1000, 2)} s)`,
        extra: { glossBytesSent: glossBytes, baselineBytesSent: baseline.bytes },
      },
      {
        name: 'sync-one-highlight',
        gloss: round(median(times)),
        baseline: round(oneBytes / 1024, 1),
        unit: 'ms',
        ratio: 0,
        target: 'a few kilobytes sent',
        met: oneBytes < 16 * 1024,
        note: `after the initial sync, both windows live with the same article open: from the key press that highlights a phrase on A until B paints it (CSS highlight registry), median of ${QUOTES.length} (${times.map((t) => round(t)).join(', ')} ms); "baseline" column is the kilobytes the server received for one highlight (median; ${bytes.join(', ')} bytes)`,
        extra: { bytesSent: oneBytes },
      },
    ];
  } finally {
    for (const app of apps) await app.close().catch(() => undefined);
    await server.close();
  }
}
