/**
 * The walking skeleton end to end: import the seed through File → Import and by drop, read it,
 * quit and relaunch, and a bad file's clear message with nothing written.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchGloss, REPO_ROOT, type GlossApp } from './app';

const SEED = join(REPO_ROOT, 'tests/fixtures/seed-article.txt');
const SEED_TITLE = '深情无限梦毕圆——深圳市对口帮扶毕节20周年回顾与展望';

let gloss: GlossApp;
test.afterEach(async () => {
  await gloss?.close();
});

test('imports the seed through File → Import, reads it, and keeps it after a relaunch', async () => {
  gloss = await launchGloss();
  const { page } = gloss;
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  gloss.queueDialog({ filePaths: [SEED] });
  gloss.clickMenu('File', 'Import Files…');
  const library = page.getByRole('list', { name: 'Articles' });
  await expect(library.getByRole('button', { name: SEED_TITLE, exact: true })).toBeVisible();
  await library.getByRole('button', { name: SEED_TITLE, exact: true }).click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect(article.locator('[data-block-index="0"]')).toContainText('七星关区撒拉溪镇兴隆蛋鸡养殖场');

  const page2 = await gloss.restart();
  const article2 = page2.getByRole('main', { name: 'Article' });
  await expect(article2.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect(
    page2.getByRole('list', { name: 'Articles' }).getByRole('button', { name: SEED_TITLE, exact: true }),
  ).toBeVisible();
});

test('imports a dropped file and says when it is already in the library', async () => {
  gloss = await launchGloss();
  const { page } = gloss;
  await gloss.dropFiles([SEED]);
  await expect(page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 })).toHaveText(
    SEED_TITLE,
  );
  await expect(page.getByRole('region', { name: 'Import summary' })).toContainText('1 imported');
  await gloss.dropFiles([SEED]);
  await expect(page.getByRole('region', { name: 'Import summary' })).toContainText(
    '1 already in the library',
  );
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(1);
});

test('a binary file named .txt is named in the summary with the reason, and nothing is stored', async () => {
  gloss = await launchGloss();
  const { page } = gloss;
  const dir = mkdtempSync(join(tmpdir(), 'gloss-bad-'));
  const bad = join(dir, 'photo.txt');
  writeFileSync(
    bad,
    Buffer.from([
      0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10, 0x80, 0x00, 0x00, 0x05, 0x06, 0x07, 0x00, 0x00, 0x01,
    ]),
  );
  gloss.queueDialog({ filePaths: [bad, SEED] });
  await page.getByRole('button', { name: 'Import files' }).first().click();
  const summary = page.getByRole('region', { name: 'Import summary' });
  await expect(summary).toContainText('1 imported');
  await expect(summary).toContainText('photo.txt');
  await expect(summary).toContainText('binary data, not text');
  const stored = await page.evaluate(async () => {
    const open = indexedDB.open('gloss');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const names: string[] = await new Promise((resolve) => {
      const request = db.transaction('articles').objectStore('articles').getAll();
      request.onsuccess = () =>
        resolve(request.result.map((a: { source: { fileName: string } }) => a.source.fileName));
    });
    db.close();
    return names;
  });
  expect(stored).toEqual(['seed-article.txt']);
});
