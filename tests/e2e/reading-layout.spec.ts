/**
 * The reader at laptop sizes: nothing with text sticks out of its pane at 1000×700 and 800×600
 * in English and Chinese; focus mode hides the library and the notes; the library is an overlay
 * in a narrow window; rows of the list never intersect, after an import at both sizes and while
 * an import adds to it. Screenshots of the library and the reader at 1000×700 in both languages
 * go to docs/screenshots/.
 */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { launchGloss, REPO_ROOT, type GlossApp } from './app';
import { intersectingRows, overflowingText, seedCopies } from './support/layout';
import { selectText } from './support/reader';

const SHOTS = join(REPO_ROOT, 'docs/screenshots');
let gloss: GlossApp;
test.afterEach(async () => {
  await gloss?.close();
});

const heading = (page: Page) =>
  page.getByRole('main', { name: /Article|文章/ }).getByRole('heading', { level: 1 });

for (const viewport of [
  { width: 1000, height: 700 },
  { width: 800, height: 600 },
]) {
  test(`at ${viewport.width}×${viewport.height} no text leaves its pane, in English and Chinese`, async () => {
    gloss = await launchGloss({ viewport });
    const { page } = gloss;
    const shots = viewport.width === 1000;
    gloss.queueDialog({ filePaths: seedCopies(3, 'layout') });
    gloss.clickMenu('File', 'Import Files…');
    const list = page.getByRole('list', { name: 'Articles' });
    await expect(list.getByRole('listitem')).toHaveCount(3);
    await page.getByRole('button', { name: 'Close summary' }).click();
    expect(await overflowingText(page)).toEqual([]);
    expect(await intersectingRows(page)).toEqual([]);
    if (shots) await page.screenshot({ path: join(SHOTS, 'library-1000.png') });

    await list
      .getByRole('button', { name: /layout 2/ })
      .first()
      .click();
    await expect(heading(page)).toContainText('layout 2');
    // The reading column keeps a readable measure: the library has stepped aside.
    await expect(page.getByRole('region', { name: 'Library', exact: true })).toBeHidden();
    const column = await page.locator('.reader-article').boundingBox();
    expect(column!.width).toBeGreaterThanOrEqual(480);
    await selectText(page, '深圳市累计投入各类帮扶资金达');
    await page.keyboard.press('3');
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    expect(await overflowingText(page)).toEqual([]);
    if (shots) await page.screenshot({ path: join(SHOTS, 'reader-1000.png') });

    // The library opens over the reader with its key, and closes after a pick.
    await page.keyboard.press('[');
    await expect(page.getByRole('region', { name: 'Library', exact: true })).toBeVisible();
    expect(await overflowingText(page)).toEqual([]);
    expect(await intersectingRows(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Library', exact: true })).toBeHidden();

    gloss.clickMenu('View', 'Language', '简体中文');
    await expect(page.getByRole('button', { name: '显示文库' })).toBeVisible();
    expect(await overflowingText(page)).toEqual([]);
    if (shots) await page.screenshot({ path: join(SHOTS, 'reader-1000-zh.png') });
    await page.getByRole('button', { name: '显示文库' }).click();
    await expect(page.getByRole('region', { name: '文库' })).toBeVisible();
    expect(await overflowingText(page)).toEqual([]);
    if (shots) await page.screenshot({ path: join(SHOTS, 'library-1000-zh.png') });
  });
}

test('focus mode hides the library and the notes, from its key and from the View menu', async () => {
  gloss = await launchGloss({ viewport: { width: 1440, height: 900 } });
  const { page } = gloss;
  gloss.queueDialog({ filePaths: seedCopies(1, 'focus') });
  gloss.clickMenu('File', 'Import Files…');
  await expect(heading(page)).toContainText('focus 1');
  const library = page.getByRole('region', { name: 'Library', exact: true });
  const notes = page.getByRole('complementary', { name: 'Notes' });
  await expect(library).toBeVisible();
  await expect(notes).toBeVisible();
  await page.getByRole('button', { name: 'Close summary' }).click();
  await page.keyboard.press('f');
  await expect(library).toBeHidden();
  await expect(notes).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
  await page.keyboard.press('f');
  await expect(library).toBeVisible();
  await expect(notes).toBeVisible();
  gloss.clickMenu('View', 'Focus Mode');
  await expect(library).toBeHidden();
  // Remembered across a relaunch, and left with its button.
  const again = await gloss.restart();
  await expect(again.getByRole('region', { name: 'Library', exact: true })).toBeHidden();
  await again.getByRole('button', { name: 'Leave focus mode' }).first().click();
  await expect(again.getByRole('region', { name: 'Library', exact: true })).toBeVisible();
});

test('no two library rows intersect while an import adds to the list', async () => {
  gloss = await launchGloss({ viewport: { width: 1000, height: 700 } });
  const { page } = gloss;
  gloss.queueDialog({ filePaths: seedCopies(2, 'first') });
  gloss.clickMenu('File', 'Import Files…');
  const rows = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  gloss.queueDialog({ filePaths: seedCopies(30, 'second') });
  gloss.clickMenu('File', 'Import Files…');
  await expect(page.getByRole('region', { name: 'Import summary' })).toContainText('30 imported');
  await expect.poll(async () => (await rows.count()) >= 8).toBe(true);
  expect(await intersectingRows(page)).toEqual([]);
  await page.getByRole('list', { name: 'Articles' }).evaluate((list) => (list.scrollTop = 600));
  await expect.poll(() => intersectingRows(page)).toEqual([]);
});
