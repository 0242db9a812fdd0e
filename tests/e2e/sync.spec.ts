/**
 * e2e: two Gloss instances (two data folders) syncing through a CouchDB-protocol server
 * (express-pouchdb in memory, started on 127.0.0.1 by this spec and stopped after).
 * A first sync cut off by the server mid-transfer (on the sending and on the receiving side)
 * resumes without duplicates; a wrong passphrase is a clear message and writes nothing; a
 * highlight with a note goes A → B, an article B → A with its text; while the server is down
 * both edit a note, tag a passage differently, and A deletes an article B highlights: all of it
 * survives, and A is offered to delete the article again; the server's documents hold no
 * sentence of the seed in the clear.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchGloss, REPO_ROOT, type GlossApp } from './app';
import { openSeed, paintedTexts, selectText } from './support/reader';
import { fillSyncSettings } from './support/sync-settings';
import { startSyncServer, type SyncTestServer } from '../support/sync-server';

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

const PASSPHRASE = 'tea by the window 1997';
const DATABASE = 'gloss-e2e';
let server: SyncTestServer;
let a: GlossApp;
let b: GlossApp;

test.beforeAll(async () => {
  server = await startSyncServer();
});
test.afterAll(async () => {
  await a?.close().catch(() => undefined);
  await b?.close().catch(() => undefined);
  await server?.close();
});

async function setUpSync(app: GlossApp, passphrase: string): Promise<string> {
  const dialog = await fillSyncSettings(app, server, DATABASE, passphrase);
  await dialog.getByRole('button', { name: 'Save and sync' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).not.toBeEmpty({ timeout: 60_000 });
  const text = (await alert.textContent()) ?? '';
  await dialog.getByRole('button', { name: 'Close' }).click();
  return text;
}

const indicator = (page: Page) => page.locator('.sync-indicator');

async function openNote(page: Page, quote: string) {
  await page
    .getByRole('list', { name: 'Highlights' })
    .getByRole('button', { name: quote, exact: true })
    .click();
  await page.keyboard.press('n');
  return page.getByRole('dialog', { name: 'Highlight' }).getByRole('textbox', { name: 'Note' });
}

/**
 * A library written straight into A's database before sync is turned on: its first sync sends it
 * all, in more than one replication batch (2,520 records; a batch is 2,000).
 */
const SHELF = 60;
const SHELF_HIGHLIGHTS = 40;
async function fillShelf(page: Page): Promise<void> {
  await page.evaluate(
    async ({ articles, per }) => {
      const db: IDBDatabase = await new Promise((ok, fail) => {
        const request = indexedDB.open('gloss');
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
      const tx = db.transaction(['articles', 'contents', 'highlights'], 'readwrite');
      for (let i = 0; i < articles; i++) {
        const id = `shelf-${i}`;
        tx.objectStore('articles').put({
          id,
          title: `Shelf article ${i}`,
          byline: null,
          publishedAt: null,
          siteName: null,
          format: 'txt',
          encoding: 'utf-8',
          encodingSource: 'utf-8',
          replacedSequences: 0,
          source: { fileName: `${id}.txt`, path: null, byteLength: 100, modifiedAt: null },
          contentHash: `shelf-hash-${i}`,
          importedAt: '2026-01-01T00:00:00.000Z',
          charCount: 60,
          tags: [],
          note: '',
          readingPosition: null,
          dismissedSuggestions: [],
          status: 'inbox',
          progress: 0,
          lastOpenedAt: null,
          userEdits: {},
        });
        tx.objectStore('contents').put({
          articleId: id,
          blocks: [
            { kind: 'paragraph', text: `A quiet harbour at dawn, number ${i}, and the boats going out.` },
          ],
          removed: [],
        });
        for (let h = 0; h < per; h++)
          tx.objectStore('highlights').put({
            id: `${id}-h${h}`,
            articleId: id,
            color: 'green',
            quote: { type: 'TextQuoteSelector', exact: 'quiet harbour', prefix: 'A ', suffix: ' at' },
            position: { type: 'TextPositionSelector', start: 2, end: 15 },
            note: '',
            tags: [],
            date: null,
            createdAt: '2026-01-01T00:00:00.000Z',
            updatedAt: '2026-01-01T00:00:00.000Z',
          });
      }
      await new Promise<void>((ok, fail) => {
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { articles: SHELF, per: SHELF_HIGHLIGHTS },
  );
}

async function rowCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const request = indexedDB.open('gloss');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    const counts: Record<string, number> = {};
    for (const name of ['articles', 'contents', 'highlights']) {
      counts[name] = await new Promise<number>((ok) => {
        const request = db.transaction(name).objectStore(name).count();
        request.onsuccess = () => ok(request.result);
      });
    }
    db.close();
    return counts;
  });
}

const shelfDocs = SHELF * (2 + SHELF_HIGHLIGHTS);

test('a first sync cut off by the server in mid-transfer resumes without duplicates; a wrong passphrase writes nothing', async () => {
  const created = await fetch(`${server.url}/${DATABASE}`, {
    method: 'PUT',
    headers: {
      Authorization: `Basic ${Buffer.from(`${server.user}:${server.password}`).toString('base64')}`,
    },
  });
  expect(created.ok).toBe(true);
  a = await launchGloss();
  await a.page.getByRole('button', { name: 'Import files' }).first().waitFor();
  await fillShelf(a.page);
  // The server goes away right after acknowledging A's first batch of documents.
  const cutA = server.stopAfter('POST', /\/_bulk_docs/);
  expect(await setUpSync(a, PASSPHRASE)).toContain('Sync is on');
  await cutA;
  await expect(indicator(a.page)).toHaveAttribute('data-sync-state', 'offline', { timeout: 30_000 });
  const partial = (await server.allDocs(DATABASE)).length;
  expect(partial).toBeGreaterThan(1);
  expect(partial).toBeLessThan(shelfDocs + 1);
  await server.start();
  a.clickMenu('File', 'Sync Now');
  await expect
    .poll(async () => (await server.allDocs(DATABASE)).length, { timeout: 60_000 })
    .toBe(shelfDocs + 1);
  await expect(indicator(a.page)).toHaveAttribute('data-sync-state', 'synced', { timeout: 30_000 });

  b = await launchGloss();
  const refused = await setUpSync(b, 'not the passphrase');
  expect(refused).toContain('This passphrase does not open the library on the server');
  await expect(indicator(b.page)).toHaveAttribute('data-sync-state', 'off');
  expect(await rowCounts(b.page)).toEqual({ articles: 0, contents: 0, highlights: 0 });

  // And again on B's side: the server goes away after its first answer of documents.
  const cutB = server.stopAfter('POST', /\/_bulk_get/);
  expect(await setUpSync(b, PASSPHRASE)).toContain('Sync is on');
  await cutB;
  await expect(indicator(b.page)).toHaveAttribute('data-sync-state', 'offline', { timeout: 30_000 });
  await server.start();
  b.clickMenu('File', 'Sync Now');
  await expect(indicator(b.page)).toHaveAttribute('data-sync-state', 'synced', { timeout: 60_000 });
  const want = { articles: SHELF, contents: SHELF, highlights: SHELF * SHELF_HIGHLIGHTS };
  await expect.poll(() => rowCounts(b.page), { timeout: 30_000 }).toEqual(want);
  expect(await rowCounts(a.page)).toEqual(want);
  // One document per record on the server, none with a second version.
  const docs = (await server.allDocs(DATABASE)) as { _id: string; _conflicts?: unknown }[];
  expect(new Set(docs.map((doc) => doc._id)).size).toBe(shelfDocs + 1);
});

test('a highlight with its note goes from A to B', async () => {
  await openSeed(a);
  await selectText(a.page, '初冬的毕节,寒意逼人');
  await a.page.keyboard.press('1');
  await a.page.keyboard.press('n');
  await a.page
    .getByRole('dialog', { name: 'Highlight' })
    .getByRole('textbox', { name: 'Note' })
    .fill('first line\nmiddle\nlast line');
  await a.page.keyboard.press('Escape');
  await a.page.keyboard.press('Escape');
  await expect(indicator(a.page)).toHaveAttribute('data-sync-state', 'synced', { timeout: 30_000 });

  const seedRow = b.page
    .getByRole('list', { name: 'Articles' })
    .locator('.article-open')
    .filter({ hasText: '深情无限梦毕圆' });
  await seedRow.click({ timeout: 30_000 });
  await expect
    .poll(() => paintedTexts(b.page), { timeout: 30_000 })
    .toMatchObject({ yellow: ['初冬的毕节,寒意逼人'] });
  await expect(b.page.getByRole('list', { name: 'Highlights' })).toContainText('first line');
});

test('an article imported on B appears on A with its text', async () => {
  const page = join(REPO_ROOT, 'tests/fixtures/pages/hostile.html');
  b.queueDialog({ filePaths: [page] });
  await b.page.getByRole('button', { name: 'Import files' }).first().click();
  await b.page.getByRole('button', { name: 'Close summary' }).click();
  const library = a.page.getByRole('list', { name: 'Articles' });
  const title =
    (await b.page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 }).textContent()) ??
    '';
  await library.getByRole('button', { name: title.trim(), exact: true }).click({ timeout: 30_000 });
  const bodyOnB = (await b.page.locator('.article-body').textContent()) ?? '';
  await expect(a.page.locator('.article-body')).toHaveText(bodyOnB.trim() ? bodyOnB : /./);
});

const RIVER = 'Council approves the river plan';

function openArticle(page: Page, title: string) {
  return page
    .getByRole('list', { name: 'Articles' })
    .locator('.article-open')
    .filter({ hasText: title })
    .click();
}

async function tagHighlight(page: Page, quote: string, tag: string) {
  await page
    .getByRole('list', { name: 'Highlights' })
    .getByRole('button', { name: quote, exact: true })
    .click();
  await page.keyboard.press('t');
  const field = page.getByRole('dialog', { name: 'Highlight' }).getByRole('combobox', { name: 'Tags' });
  await field.fill(tag);
  await field.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
}

test('apart, both edit a note, tag one passage differently, and A deletes an article B highlights: nothing is lost', async () => {
  await server.stop();
  // A deletes the article B imported; B highlights a passage in it.
  await a.page.getByRole('button', { name: `Delete article: ${RIVER}` }).click();
  await expect(a.page.getByRole('list', { name: 'Articles' })).not.toContainText(RIVER);
  await openArticle(b.page, RIVER);
  await selectText(b.page, 'new parks along both banks');
  await b.page.keyboard.press('2');
  for (const app of [a, b]) await openArticle(app.page, '深情无限梦毕圆');
  const onA = await openNote(a.page, '初冬的毕节,寒意逼人');
  await onA.fill('FIRST line\nmiddle\nlast line');
  await a.page.keyboard.press('Escape');
  await a.page.keyboard.press('Escape');
  const onB = await openNote(b.page, '初冬的毕节,寒意逼人');
  await onB.fill('first line\nmiddle\nlast LINE');
  await b.page.keyboard.press('Escape');
  await b.page.keyboard.press('Escape');
  await tagHighlight(a.page, '初冬的毕节,寒意逼人', 'winter');
  await tagHighlight(b.page, '初冬的毕节,寒意逼人', 'bijie');
  await expect(indicator(a.page)).toHaveAttribute('data-sync-state', 'offline', { timeout: 30_000 });
  await expect(a.page.getByRole('list', { name: 'Highlights' })).toContainText('FIRST line');
  await expect(b.page.getByRole('list', { name: 'Highlights' })).toContainText('last LINE');

  await server.start();
  for (const app of [a, b]) app.clickMenu('File', 'Sync Now');
  for (const app of [a, b]) {
    const list = app.page.getByRole('list', { name: 'Highlights' });
    for (const text of ['FIRST line', 'last LINE', '#winter', '#bijie'])
      await expect(list).toContainText(text, { timeout: 45_000 });
  }
  // The deleted article is back on A with B's highlight, and A is offered to delete it again.
  const notice = a.page.locator('.sync-returned');
  await expect(notice).toContainText(`“${RIVER}” was deleted here but changed on another computer`, {
    timeout: 45_000,
  });
  await openArticle(a.page, RIVER);
  await expect
    .poll(() => paintedTexts(a.page), { timeout: 30_000 })
    .toMatchObject({
      green: ['new parks along both banks'],
    });
  for (const app of [a, b])
    await expect(indicator(app.page)).toHaveAttribute('data-sync-state', 'synced', { timeout: 45_000 });
  await notice.getByRole('button', { name: 'Delete again' }).click();
  await expect(notice).toBeHidden();
  await expect(a.page.locator('.status-message')).toContainText(`Delete “${RIVER}” again`);
  // The deletion reaches B too, whichever of the article's and the highlight's comes first.
  for (const app of [a, b])
    await expect(app.page.getByRole('list', { name: 'Articles' })).not.toContainText(RIVER, {
      timeout: 45_000,
    });
  for (const app of [a, b]) await openArticle(app.page, '深情无限梦毕圆');
});

test('a highlight made while the server is down arrives once it is back, without duplicates', async () => {
  await server.stop();
  await selectText(a.page, '寒意逼人');
  await a.page.keyboard.press('2');
  await expect(indicator(a.page)).toHaveAttribute('data-sync-state', 'offline', { timeout: 30_000 });
  await server.start();
  a.clickMenu('File', 'Sync Now');
  b.clickMenu('File', 'Sync Now');
  const list = b.page.getByRole('list', { name: 'Highlights' });
  await expect(list.getByRole('listitem')).toHaveCount(2, { timeout: 45_000 });
  await expect(a.page.getByRole('list', { name: 'Highlights' }).getByRole('listitem')).toHaveCount(2);
});

test('the server stores no sentence of the seed, no note and no tag in the clear', async () => {
  const docs = JSON.stringify(await server.allDocs(DATABASE));
  expect(docs.length).toBeGreaterThan(1000);
  const seed = readFileSync(join(REPO_ROOT, 'tests/fixtures/seed-article.txt'), 'utf8');
  const sentences = seed
    .split(/[。!?\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 8);
  expect(sentences.length).toBeGreaterThan(20);
  for (const sentence of sentences) expect(docs).not.toContain(sentence.slice(0, 8));
  for (const secret of [
    '初冬的毕节',
    'FIRST line',
    'last LINE',
    '深情无限梦毕圆',
    'seed-article',
    '"winter"',
    '"bijie"',
  ])
    expect(docs).not.toContain(secret);
});

test('screenshots: the sync settings with the setup text, and the status, in English and Chinese', async () => {
  const shots = join(REPO_ROOT, 'docs/screenshots');
  a.clickMenu('File', 'Sync Settings…');
  const dialog = a.page.getByRole('dialog', { name: 'Sync' });
  await expect(dialog.getByRole('textbox', { name: 'Setup text for another computer' })).toHaveValue(
    /^gloss-sync:/,
  );
  await expect(indicator(a.page)).toHaveAttribute('data-sync-state', 'synced');
  await a.page.screenshot({ path: join(shots, 'sync-settings.png') });
  await dialog.getByRole('button', { name: 'Close' }).click();
  b.clickMenu('View', 'Language', '简体中文');
  await expect(indicator(b.page)).toContainText('已同步');
  await expect(async () => b.clickMenu('文件', '同步设置…')).toPass();
  await expect(
    b.page.getByRole('dialog', { name: '同步' }).getByRole('textbox', { name: '用于另一台电脑的设置文本' }),
  ).toHaveValue(/^gloss-sync:/);
  await b.page.screenshot({ path: join(shots, 'sync-settings-zh.png') });
});
