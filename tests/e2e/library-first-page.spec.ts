/**
 * The library opens on its first page of rows (first-page.ts) and reads the whole table a moment
 * later. Keys pressed in that moment act on the whole list: End goes to the true last row and
 * Ctrl+A selects every article of the filter, not only the rows read so far. The whole-table read
 * is held back here (its answer waits until the test lets it through), so that moment lasts.
 */
import { expect, test } from '@playwright/test';
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

test('End and Ctrl+A reach the whole list while only its first page is read', async () => {
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
    const w = window as unknown as { __releaseFullReads(): void; __fullReadsHeld: number };
    let release = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    w.__releaseFullReads = release;
    w.__fullReadsHeld = 0;
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
    .poll(() => page.evaluate(() => (window as unknown as { __fullReadsHeld: number }).__fullReadsHeld))
    .toBeGreaterThan(0);
  // The first page: 64 rows of the 100 are in the list.
  await expect(page.locator('.library-count')).toHaveText(`${ARTICLES} articles`);
  expect(await page.locator('.article-list [data-index="99"]').count()).toBe(0);

  await rows.first().focus();
  await page.keyboard.press('Control+a');
  await expect(
    page.getByRole('toolbar', { name: `Actions for ${ARTICLES} selected articles` }),
  ).toBeVisible();

  await page.keyboard.press('End');
  await page.evaluate(() => (window as unknown as { __releaseFullReads(): void }).__releaseFullReads());
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
