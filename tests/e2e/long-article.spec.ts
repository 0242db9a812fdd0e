/**
 * A long article: laid out in sections the browser can skip, every block rendered once, and
 * highlights registered for painting only near the view — a highlight far down is painted
 * when scrolled to (also from the sidebar), not while the top of the article is read.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchGloss, type GlossApp } from './app';
import { paintedTexts, selectText } from './support/reader';

const PARAGRAPHS = 3000;
let gloss: GlossApp;

test.afterEach(async () => {
  await gloss?.close();
});

function writeLongArticle(): string {
  const lines = ['# 长文阅读测试', ''];
  for (let i = 0; i < PARAGRAPHS; i++) {
    if (i % 150 === 0) lines.push(`## 第${i / 150 + 1}章`, '');
    lines.push(`第${i}段：各地区各部门要结合实际认真贯彻落实本条例的各项规定。`, '');
  }
  const path = join(mkdtempSync(join(tmpdir(), 'gloss-long-')), 'long.md');
  writeFileSync(path, lines.join('\n'));
  return path;
}

test('a far highlight in a 3,000-paragraph article is painted where it is read, not elsewhere', async () => {
  gloss = await launchGloss();
  const { page } = gloss;
  gloss.queueDialog({ filePaths: [writeLongArticle()] });
  await page.getByRole('button', { name: 'Import files' }).first().click();
  await expect(page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 })).toContainText(
    '长文阅读测试',
  );
  await page.getByRole('button', { name: 'Close summary' }).click();

  const body = page.locator('.article-body');
  // The title, one heading per 150 paragraphs, the paragraphs.
  const blockCount = 1 + PARAGRAPHS / 150 + PARAGRAPHS;
  await expect(body.locator('[data-block-index="0"]')).toHaveText('长文阅读测试');
  await expect(body.locator('[data-block-index]')).toHaveCount(blockCount);
  const sections = await body.locator('.block-section').count();
  expect(sections).toBeGreaterThan(blockCount / 70);

  const far = '第2900段：各地区各部门';
  await body.locator(`[data-block-index]`, { hasText: far }).scrollIntoViewIfNeeded();
  await selectText(page, far);
  await page.keyboard.press('3');
  await expect.poll(() => paintedTexts(page)).toMatchObject({ blue: [far] });
  await expect(page.getByRole('list', { name: 'Highlights' }).getByRole('listitem')).toHaveCount(1);

  // Back at the top the far passage is no longer registered for painting...
  await page.locator('.reader-scroll').evaluate((el) => el.scrollTo(0, 0));
  await expect.poll(async () => (await paintedTexts(page)).blue ?? []).toEqual([]);
  // ...and the sidebar takes the reader back to it, painted.
  await page
    .getByRole('list', { name: 'Highlights' })
    .getByRole('button', { name: far, exact: true })
    .click();
  await expect.poll(() => paintedTexts(page)).toMatchObject({ blue: [far] });
  await expect(body.locator('[data-block-index]', { hasText: far })).toBeInViewport();
});

test('a sidebar with hundreds of highlights builds the rows near the view first, the rest when scrolled to', async () => {
  gloss = await launchGloss();
  gloss.queueDialog({ filePaths: [writeLongArticle()] });
  await gloss.page.getByRole('button', { name: 'Import files' }).first().click();
  await expect(
    gloss.page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 }),
  ).toContainText('长文阅读测试');
  await gloss.page.getByRole('button', { name: 'Close summary' }).click();
  // 300 highlights written straight into the database, then a relaunch.
  const count = 300;
  await gloss.page.evaluate(async (n) => {
    // The canonical text: the blocks' texts joined by a blank line; selectors as Gloss writes them.
    const text = [...document.querySelectorAll('.article-body [data-block-index]')]
      .map((block) => block.textContent)
      .join('\n\n');
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const request = indexedDB.open('gloss');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    const [article] = await new Promise<{ id: string }[]>((ok) => {
      const request = db.transaction('articles').objectStore('articles').getAll();
      request.onsuccess = () => ok(request.result);
    });
    const now = new Date().toISOString();
    const tx = db.transaction('highlights', 'readwrite');
    for (let i = 0; i < n; i++) {
      const exact = `第${i * 10}段：各地区各部门`;
      const start = text.indexOf(exact);
      tx.objectStore('highlights').put({
        id: `h-${i}`,
        articleId: article.id,
        color: 'green',
        quote: {
          type: 'TextQuoteSelector',
          exact,
          prefix: text.slice(Math.max(0, start - 32), start),
          suffix: text.slice(start + exact.length, start + exact.length + 32),
        },
        position: { type: 'TextPositionSelector', start, end: start + exact.length },
        note: '',
        tags: [],
        date: null,
        createdAt: now,
        updatedAt: now,
      });
    }
    await new Promise((ok) => (tx.oncomplete = ok));
    db.close();
  }, count);
  const page = await gloss.restart();
  await expect(page.locator('.paint-status')).toHaveAttribute('data-highlights-stored', String(count));
  const sidebar = page.getByRole('complementary', { name: 'Notes' });
  await expect(sidebar.getByText(`${count} highlights`)).toBeVisible();
  const rows = page.getByRole('list', { name: 'Highlights' }).getByRole('listitem');
  const built = await rows.count();
  expect(built).toBeGreaterThan(0);
  expect(built).toBeLessThan(count);
  const last = `第${(count - 1) * 10}段：各地区各部门`;
  await expect(page.getByRole('button', { name: last, exact: true })).toHaveCount(0);
  await page.locator('.notes-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.getByRole('button', { name: last, exact: true })).toBeVisible();
});
