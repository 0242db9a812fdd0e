/**
 * Article info and paragraph actions: the person's title and date survive a restart and show
 * in the library and the export; "Remove this paragraph" moves a block out and undo brings it
 * back; "Use as title" makes a paragraph the title.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchGloss, REPO_ROOT, type GlossApp } from './app';
import { openSeed } from './support/reader';

let gloss: GlossApp;

test.afterEach(async () => {
  await gloss?.close();
});

test('an edited title and date stay after a restart, in the library and the export', async () => {
  gloss = await launchGloss();
  await openSeed(gloss);
  let page = gloss.page;
  await page.getByRole('button', { name: 'Article info' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('毕节二十年');
  await page.getByLabel('Published').fill('2021-12-30');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const heading = page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('毕节二十年');

  page = await gloss.restart();
  const row = page.getByRole('button', { name: '毕节二十年', exact: true });
  await expect(row).toContainText('Dec 30, 2021');
  await row.click();
  await expect(page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 })).toHaveText(
    '毕节二十年',
  );
  const out = join(mkdtempSync(join(tmpdir(), 'gloss-info-')), 'notes.md');
  gloss.queueDialog({ filePath: out });
  await page.keyboard.press('Control+e');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText(out);
  const written = readFileSync(out, 'utf8');
  expect(written).toContain('title: "毕节二十年"');
  expect(written).toContain('published: "2021-12-30"');
});

test('Remove this paragraph moves it to the removed text, undo brings it back; Use as title', async () => {
  gloss = await launchGloss();
  await openSeed(gloss);
  const { page } = gloss;
  const body = page.locator('.article-body');
  const paragraph = body.locator('[data-block-index]').filter({ hasText: '回望过去' }).first();
  await expect(paragraph).toBeVisible();
  const blocks = await body.locator('[data-block-index]').count();

  await paragraph.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Remove this paragraph' }).click();
  await expect(body.locator('[data-block-index]')).toHaveCount(blocks - 1);
  await expect(body.locator('[data-block-index]').filter({ hasText: '回望过去' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show removed text' }).click();
  await expect(page.getByRole('complementary', { name: 'Left out: removed by you' })).toContainText(
    '回望过去',
  );

  await page.keyboard.press('Control+z');
  await expect(body.locator('[data-block-index]')).toHaveCount(blocks);
  await expect(body.locator('[data-block-index]').filter({ hasText: '回望过去' })).toHaveCount(1);

  await body.locator('[data-block-index]').filter({ hasText: '回望过去' }).first().click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Use as title' }).click();
  const heading = page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('回望过去:');
  await page.keyboard.press('Control+z');
  await expect(heading).toContainText('深情无限梦毕圆');

  // In Simplified Chinese: the panel open and the paragraph menu, for the README.
  gloss.clickMenu('View', 'Language', '简体中文');
  await page.getByRole('button', { name: '文章信息' }).click();
  await expect(page.getByRole('textbox', { name: '标题' })).toHaveValue(/深情无限梦毕圆/);
  await body.locator('[data-block-index]').filter({ hasText: '回望过去' }).first().click({ button: 'right' });
  await expect(page.getByRole('menuitem', { name: '移除此段' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menuitem', { name: '移除此段' })).toHaveCount(0);
  await page.locator('.reader-scroll').evaluate((element) => (element.scrollTop = 0));
  await expect(page.getByRole('textbox', { name: '标题' })).toBeInViewport();
  await page.screenshot({ path: join(REPO_ROOT, 'docs/screenshots/article-info-zh.png') });
});
