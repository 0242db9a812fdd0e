/**
 * The library opens on its first page of rows (first-page.ts) and reads the whole table a moment
 * later. Keys pressed in that moment act on the whole list: End goes to the true last row and
 * Ctrl+A selects every article of the filter, not only the rows read so far. The whole-table read
 * is held back here (its answer waits until the test lets it through), so that moment lasts.
 */
import { expect, test, type Page } from '@playwright/test';
import { articleRecord } from '../unit/support/article-record';
import { launchGloss, type GlossApp } from './app';

const ARTICLES = 100;

let gloss: GlossApp;
test.afterEach(async () => {
  await gloss?.close();
});

function articles() {
  const start = new Date('2026-01-01T00:00:00Z').getTime();
  return Array.from({ length: ARTICLES }, (_, i) =>
    articleRecord(`a${String(i).padStart(3, '0')}`, {
      title: `Article number ${i}`,
      // Imported one after another: the list (newest first) ends with article 0.
      importedAt: new Date(start + i * 1000).toISOString(),
      status: 'inbox',
      progress: 0,
      lastOpenedAt: null,
    }),
  );
}

/**
 * Gloss on a library of ARTICLES articles, reloaded so the list opens on its first page, with
 * every read of the whole articles table held until `__releaseFullReads()`; once the test sets
 * `__holdKeyReads`, reads of all the table's keys are held too, until `__releaseKeyReads()`.
 */
async function openOnFirstPage(): Promise<Page> {
  gloss = await launchGloss();
  const { page } = gloss;
  await page.getByRole('button', { name: 'Import files' }).first().waitFor();
  await page.evaluate(async (rows) => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const request = indexedDB.open('gloss');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction('articles', 'readwrite');
      for (const row of rows) tx.objectStore('articles').put(row);
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, articles());
  // Every read of the whole articles table answers only once the test says so.
  await page.addInitScript(() => {
    const w = window as unknown as HeldReads;
    let release = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    w.__releaseFullReads = release;
    w.__fullReadsHeld = 0;
    let releaseKeys = () => undefined as void;
    const keysReleased = new Promise<void>((resolve) => (releaseKeys = resolve));
    w.__releaseKeyReads = releaseKeys;
    w.__holdKeyReads = false;
    w.__keyReadsHeld = 0;
    w.__keyReadsAnswered = 0;
    const getAllKeys = IDBObjectStore.prototype.getAllKeys;
    IDBObjectStore.prototype.getAllKeys = function (
      this: IDBObjectStore,
      ...args: Parameters<typeof getAllKeys>
    ) {
      const request = getAllKeys.apply(this, args);
      const [first] = args as unknown[];
      const query =
        first && typeof first === 'object' && !(first instanceof IDBKeyRange)
          ? (first as { query?: unknown }).query
          : first;
      if (w.__holdKeyReads && this.name === 'articles' && query == null) {
        w.__keyReadsHeld++;
        request.addEventListener('success', (event) => {
          event.stopImmediatePropagation();
          const answer = request.onsuccess;
          void keysReleased.then(() => {
            answer?.call(request, event);
            w.__keyReadsAnswered++;
          });
        });
      }
      return request;
    };
    const getAll = IDBObjectStore.prototype.getAll;
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<typeof getAll>) {
      const request = getAll.apply(this, args);
      // A key range, or the options form of getAll ({ query, count }), or nothing: the whole table.
      const [first] = args as unknown[];
      const query =
        first && typeof first === 'object' && !(first instanceof IDBKeyRange)
          ? (first as { query?: unknown }).query
          : first;
      if (this.name === 'articles' && query == null) {
        w.__fullReadsHeld++;
        request.addEventListener('success', (event) => {
          event.stopImmediatePropagation();
          const answer = request.onsuccess;
          void released.then(() => answer?.call(request, event));
        });
      }
      return request;
    };
  });
  await page.reload();

  const rows = page.getByRole('list', { name: 'Articles' }).locator('.article-open');
  await expect(rows.first()).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as HeldReads).__fullReadsHeld))
    .toBeGreaterThan(0);
  return page;
}

interface HeldReads {
  __releaseFullReads(): void;
  __fullReadsHeld: number;
  __releaseKeyReads(): void;
  __holdKeyReads: boolean;
  __keyReadsHeld: number;
  __keyReadsAnswered: number;
}

test('End and Ctrl+A reach the whole list while only its first page is read', async () => {
  const page = await openOnFirstPage();
  const rows = page.getByRole('list', { name: 'Articles' }).locator('.article-open');
  // The first page: 64 rows of the 100 are in the list.
  await expect(page.locator('.library-count')).toHaveText(`${ARTICLES} articles`);
  expect(await page.locator('.article-list [data-index="99"]').count()).toBe(0);

  await rows.first().focus();
  await page.keyboard.press('Control+a');
  await expect(
    page.getByRole('toolbar', { name: `Actions for ${ARTICLES} selected articles` }),
  ).toBeVisible();

  await page.keyboard.press('End');
  await page.evaluate(() => (window as unknown as HeldReads).__releaseFullReads());
  const focusedRow = () =>
    page.evaluate(() => {
      const row = document.activeElement?.closest<HTMLElement>('[data-index]');
      return row ? `${row.dataset.index} ${row.querySelector('.article-open')?.textContent ?? ''}` : null;
    });
  await expect.poll(focusedRow).toMatch(/^99 Article number 0(?!\d)/);
  await expect(
    page.getByRole('toolbar', { name: `Actions for ${ARTICLES} selected articles` }),
  ).toBeVisible();
});

test('Ctrl+A on the first page selects nothing when the filter changes before the listed ids are read', async () => {
  const page = await openOnFirstPage();
  await page.evaluate(() => ((window as unknown as HeldReads).__holdKeyReads = true));
  await page.getByRole('list', { name: 'Articles' }).locator('.article-open').first().focus();
  await page.keyboard.press('Control+a');
  await expect.poll(() => page.evaluate(() => (window as unknown as HeldReads).__keyReadsHeld)).toBe(1);
  // The filter changes to Finished (no article is) before the ids of the whole list come back.
  await page.getByRole('tab', { name: 'Finished' }).click();
  await page.evaluate(() => (window as unknown as HeldReads).__releaseKeyReads());
  await expect.poll(() => page.evaluate(() => (window as unknown as HeldReads).__keyReadsAnswered)).toBe(1);
  // Two frames: whatever the answer set is rendered.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const bulkBar = page.getByRole('toolbar', { name: /^Actions for/ });
  await expect(bulkBar).toHaveCount(0);
  await page.evaluate(() => (window as unknown as HeldReads).__releaseFullReads());
  await expect(page.locator('.library-count')).toHaveText('0 articles');
  await expect(bulkBar).toHaveCount(0);
});
