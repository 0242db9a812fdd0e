/**
 * e2e: two Gloss instances (two data folders) syncing through a CouchDB-protocol server
 * (express-pouchdb in memory, started on 127.0.0.1 by this spec and stopped after).
 * A highlight with a note goes A → B, an article B → A with its text; a wrong passphrase is a
 * clear message and writes nothing; note edits made on both sides while the server is down
 * both survive; the server's documents hold no sentence of the seed in the clear.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchGloss, REPO_ROOT, type GlossApp } from './app';
import { openSeed, paintedTexts, selectText } from './support/reader';
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
  app.clickMenu('File', 'Sync Settings…');
  const dialog = app.page.getByRole('dialog', { name: 'Sync' });
  await dialog.getByLabel('Server address').fill(server.url);
  await dialog.getByLabel('Database').fill(DATABASE);
  await dialog.getByLabel('User name').fill(server.user);
  await dialog.getByLabel('Password', { exact: true }).fill(server.password);
  await dialog.getByLabel('Encryption passphrase').fill(passphrase);
  await dialog.getByRole('button', { name: 'Save and sync' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).not.toBeEmpty({ timeout: 30_000 });
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

test('a highlight with its note goes from A to B; a wrong passphrase on B writes nothing', async () => {
  // A: creates the key check on the empty database.
  const firstServer = await fetch(`${server.url}/${DATABASE}`, {
    method: 'PUT',
    headers: {
      Authorization: `Basic ${Buffer.from(`${server.user}:${server.password}`).toString('base64')}`,
    },
  });
  expect(firstServer.ok).toBe(true);
  a = await launchGloss();
  expect(await setUpSync(a, PASSPHRASE)).toContain('Sync is on');
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

  b = await launchGloss();
  const refused = await setUpSync(b, 'not the passphrase');
  expect(refused).toContain('This passphrase does not open the library on the server');
  await expect(indicator(b.page)).toHaveAttribute('data-sync-state', 'off');
  await expect(b.page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(0);

  expect(await setUpSync(b, PASSPHRASE)).toContain('Sync is on');
  const library = b.page.getByRole('list', { name: 'Articles' });
  await expect(library.getByRole('listitem')).toHaveCount(1, { timeout: 30_000 });
  await library.locator('.article-open').first().click();
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
  await expect(library.getByRole('listitem')).toHaveCount(2, { timeout: 30_000 });
  const title =
    (await b.page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 }).textContent()) ??
    '';
  await library.getByRole('button', { name: title.trim(), exact: true }).click();
  const bodyOnB = (await b.page.locator('.article-body').textContent()) ?? '';
  await expect(a.page.locator('.article-body')).toHaveText(bodyOnB.trim() ? bodyOnB : /./);
});

test('note edits made on both computers while the server is down are both kept', async () => {
  for (const app of [a, b]) {
    await app.page
      .getByRole('list', { name: 'Articles' })
      .locator('.article-open')
      .filter({ hasText: '深情无限梦毕圆' })
      .click();
  }
  await server.stop();
  const onA = await openNote(a.page, '初冬的毕节,寒意逼人');
  await onA.fill('FIRST line\nmiddle\nlast line');
  await a.page.keyboard.press('Escape');
  await a.page.keyboard.press('Escape');
  const onB = await openNote(b.page, '初冬的毕节,寒意逼人');
  await onB.fill('first line\nmiddle\nlast LINE');
  await b.page.keyboard.press('Escape');
  await b.page.keyboard.press('Escape');
  await expect(indicator(a.page)).toHaveAttribute('data-sync-state', 'offline', { timeout: 30_000 });
  await expect(a.page.getByRole('list', { name: 'Highlights' })).toContainText('FIRST line');
  await expect(b.page.getByRole('list', { name: 'Highlights' })).toContainText('last LINE');
  await server.start();
  for (const app of [a, b]) app.clickMenu('File', 'Sync Now');
  for (const app of [a, b]) {
    await expect(app.page.getByRole('list', { name: 'Highlights' })).toContainText('FIRST line', {
      timeout: 45_000,
    });
    await expect(app.page.getByRole('list', { name: 'Highlights' })).toContainText('last LINE', {
      timeout: 45_000,
    });
  }
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
  for (const secret of ['初冬的毕节', 'FIRST line', 'last LINE', '深情无限梦毕圆', 'seed-article'])
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
