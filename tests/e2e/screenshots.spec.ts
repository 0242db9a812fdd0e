/**
 * Screenshots for the README, made from the real app: the seed in the library and the reader
 * with highlights in several colors, a note and the sidebar; the seed with removed text shown.
 * Each step also checks what a person would see, so a broken screen fails here too.
 */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { launchGloss, REPO_ROOT, type GlossApp } from './app';
import { selectText } from './support/reader';

const SEED = join(REPO_ROOT, 'tests/fixtures/seed-article.txt');
const SHOTS = join(REPO_ROOT, 'docs/screenshots');

let gloss: GlossApp;
test.afterEach(async () => {
  await gloss?.close();
});

test('library, reader with highlights and notes, removed text', async () => {
  gloss = await launchGloss({ viewport: { width: 1440, height: 900 } });
  const { page } = gloss;
  gloss.queueDialog({ filePaths: [SEED] });
  gloss.clickMenu('File', 'Import Files…');
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toContainText('深情无限梦毕圆');
  await page.getByRole('button', { name: 'Close summary' }).click();

  await selectText(page, '比鸡蛋“飞”得更快的，是毕节的电'.replace('，', ','));
  await page.keyboard.press('1');
  await selectText(page, '深圳和毕节的距离不断缩短、联系日益密切');
  await page.keyboard.press('2');
  await selectText(page, '深圳市累计投入各类帮扶资金达');
  await page.keyboard.press('3');
  await page.keyboard.press('n');
  const note = page.getByRole('dialog', { name: 'Highlight' }).getByRole('textbox', { name: 'Note' });
  await note.fill('**Funding figure**: 5.44 亿元 over 20 years.');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Highlight' })).toHaveCount(0);
  await selectText(page, '习仲勋的大力支持和率先垂范');
  await page.keyboard.press('4');
  await expect(page.locator('.paint-status')).toHaveAttribute('data-highlights-painted', '4');
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  await page.mouse.click(5, 5);
  await expect(page.getByRole('list', { name: 'Highlights' }).getByRole('listitem')).toHaveCount(4);
  await page.screenshot({ path: join(SHOTS, 'reader.png') });

  await page.getByRole('button', { name: 'Show removed text' }).click();
  const removed = page.locator('[data-removed]');
  await expect(removed.first()).toContainText('客服热线');
  await removed.filter({ hasText: '本文章内容来源于网络' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'removed-text.png') });
});

test('timeline and passages with the seed’s milestones, in Simplified Chinese', async () => {
  gloss = await launchGloss({ viewport: { width: 1440, height: 900 } });
  const { page } = gloss;
  gloss.queueDialog({ filePaths: [SEED] });
  gloss.clickMenu('File', 'Import Files…');
  await expect(page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 })).toContainText(
    '深情无限梦毕圆',
  );
  await page.getByRole('button', { name: 'Close summary' }).click();
  await page.locator('details[aria-label="Suggested milestones"] summary').click();
  for (const date of ['1996', '1997-04-18', '1997-06-05', '1997-07', '2013-10', '2015-11', '2016-09-03']) {
    await page.getByRole('button', { name: `Accept milestone ${date}`, exact: true }).click();
    await expect(page.getByRole('button', { name: `Accept milestone ${date}`, exact: true })).toHaveCount(0);
  }
  await selectText(page, '深圳市累计投入各类帮扶资金达');
  await page.keyboard.press('3');
  await page.keyboard.press('t');
  const tagField = page.getByRole('dialog', { name: 'Highlight' }).getByRole('combobox', { name: 'Tags' });
  await tagField.fill('资金');
  await tagField.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  gloss.clickMenu('View', 'Language', '简体中文');
  await expect(page.getByRole('button', { name: '时间线' })).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: '时间线' }).click();
  await expect(page.getByRole('heading', { name: '1997' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'timeline-zh.png') });
  await page.getByRole('navigation').getByRole('button', { name: '摘录' }).click();
  await expect(page.getByRole('list', { name: '摘录' }).locator('.passage-row')).toHaveCount(8);
  await page.screenshot({ path: join(SHOTS, 'passages-zh.png') });
});

test('bylines read from saved pages: two writers in Latin script, a forum poster', async () => {
  gloss = await launchGloss({ viewport: { width: 1280, height: 800 } });
  const { page } = gloss;
  const pages = join(REPO_ROOT, 'tools/eval/site-pages');
  gloss.queueDialog({
    filePaths: [
      join(pages, 'worked/45-reuters-article-2014-dateline-two-byline.html'),
      join(pages, 'fresh/07-gucheng-bbs-discuz-thread-2013.html'),
    ],
  });
  gloss.clickMenu('File', 'Import Files…');
  await expect(page.getByRole('region', { name: 'Import summary' })).toContainText('2 imported');
  await page.getByRole('button', { name: 'Close summary' }).click();
  const article = page.getByRole('main', { name: 'Article' });
  await page.locator('.article-open', { hasText: 'German industrial orders' }).click();
  await expect(article.locator('.article-byline')).toContainText('Jonas Weinberg, Claire Mottram');
  await page.screenshot({ path: join(SHOTS, 'reader-latin-byline.png') });
  await page.locator('.article-open', { hasText: '老房子卫生间漏水到楼下' }).click();
  await expect(article.locator('.article-byline')).toContainText('老街的猫2012');
  await page.screenshot({ path: join(SHOTS, 'reader-forum-poster.png') });
});
