/**
 * Search end to end: three articles imported, a word from the middle of a Chinese sentence found
 * (and its Traditional form), the result opened at the hit with every hit painted and counted;
 * a highlight's note found; a deleted article gone from the results; after a relaunch the stored
 * index answers without a rebuild; Ctrl+F with next/previous; the zh-CN labels; the screenshot;
 * past 500 matches, the first answer's lower bound ("20+") made exact by the worker's count.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchGloss, REPO_ROOT, type GlossApp } from './app';
import { SEED, selectText } from './support/reader';

let gloss: GlossApp;
test.afterEach(async () => {
  await gloss?.close();
});

function articles(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-search-'));
  const zh = join(dir, 'knowledge.txt');
  writeFileSync(
    zh,
    '知识的边界\n\n这里利用的是足够有效精确的知识，而不是模糊的猜测。\n\n购票请登录铁路12306网站。记者从现场发回报道。\n\n第二段再次提到精确的测量。\n',
  );
  const en = join(dir, 'harbor.txt');
  writeFileSync(
    en,
    'Harbor Notes\n\nThe harbor reports describe ships searching for shelter.\n\nAnother paragraph about the tides and the weather.\n',
  );
  return [SEED, zh, en];
}

async function importAll(app: GlossApp, paths: string[]): Promise<void> {
  app.queueDialog({ filePaths: paths });
  await app.page.getByRole('button', { name: 'Import files' }).first().click();
  await expect(app.page.getByRole('button', { name: 'Close summary' })).toBeVisible();
  await app.page.getByRole('button', { name: 'Close summary' }).click();
}

async function searchFor(page: Page, query: string) {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Search' });
  await palette.getByRole('combobox', { name: 'Search the library' }).fill(query);
  return palette;
}

test('finds Chinese mid-sentence, opens at the hit, finds notes, forgets deleted articles, survives a relaunch', async () => {
  gloss = await launchGloss({ viewport: { width: 1280, height: 860 } });
  const { page } = gloss;
  await importAll(gloss, articles());

  // A word from the middle of a sentence, and the Traditional form of another.
  let palette = await searchFor(page, '精确');
  const articleGroup = palette.getByRole('group', { name: 'Articles' });
  await expect(articleGroup.getByRole('option')).toHaveCount(1);
  await expect(articleGroup.getByRole('option').first()).toContainText('知识的边界');
  await expect(articleGroup.getByRole('option').first()).toContainText('2 hits');
  await expect(articleGroup.locator('mark').first()).toHaveText('精确');
  await palette.getByRole('combobox').fill('記者');
  await expect(articleGroup.getByRole('option').first()).toContainText('记者从现场');
  await palette.getByRole('combobox').fill('12306');
  await expect(articleGroup.getByRole('option')).toHaveCount(1);
  await palette.getByRole('combobox').fill('searches');
  await expect(articleGroup.getByRole('option').first()).toContainText('Harbor Notes');

  // Open a result: the article at the hit, the find bar with the query, hits painted and counted.
  await palette.getByRole('combobox').fill('精确');
  await expect(articleGroup.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Search' })).toHaveCount(0);
  const reader = page.getByRole('main', { name: 'Article' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('知识的边界');
  const find = page.getByRole('search', { name: 'Find in article' });
  await expect(find.getByRole('searchbox')).toHaveValue('精确');
  await expect(find.getByRole('status')).toHaveText('1 of 2');
  expect(await paintedFind(page)).toEqual({ all: ['精确', '精确'], current: ['精确'] });
  await page.keyboard.press('Escape');
  await expect(find).toHaveCount(0);

  // A highlight with a note, found by a word of the note.
  await selectText(page, '购票请登录铁路12306网站');
  await page.keyboard.press('2');
  await page.keyboard.press('n');
  await page
    .getByRole('dialog', { name: 'Highlight' })
    .getByRole('textbox', { name: 'Note' })
    .fill('check the timetable');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  palette = await searchFor(page, 'timetable');
  const passages = palette.getByRole('group', { name: 'Passages' });
  await expect(passages.getByRole('option')).toHaveCount(1);
  await expect(passages.getByRole('option').first()).toContainText('check the timetable');
  await page.keyboard.press('Escape');

  // Deleting an article removes it from the results.
  await page.locator('.article-row', { hasText: 'Harbor Notes' }).hover();
  await page.getByRole('button', { name: 'Delete article: Harbor Notes' }).click();
  palette = await searchFor(page, 'harbor');
  await expect(palette.getByText('Nothing matches.')).toBeVisible();
  await page.keyboard.press('Escape');

  // Relaunch: the stored index answers, nothing is rebuilt.
  const next = await gloss.restart();
  await expect(next.getByRole('main', { name: 'Article' })).toBeVisible();
  palette = await searchFor(next, '精确');
  await expect(palette.getByRole('group', { name: 'Articles' }).getByRole('option')).toHaveCount(1);
  await expect(palette).toHaveAttribute('data-index-source', 'stored');
  await palette.getByRole('combobox').fill('timetable');
  await expect(palette.getByRole('group', { name: 'Passages' }).getByRole('option')).toHaveCount(1);
  await palette.getByRole('combobox').fill('harbor');
  await expect(palette.getByText('Nothing matches.')).toBeVisible();
});

test('Ctrl+F in an article with next and previous; the zh-CN labels; the screenshot', async () => {
  gloss = await launchGloss({ viewport: { width: 1280, height: 860 } });
  const { page } = gloss;
  await importAll(gloss, [SEED]);
  await page.locator('.article-body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+f');
  const find = page.getByRole('search', { name: 'Find in article' });
  await find.getByRole('searchbox').fill('毕节');
  const count = find.getByRole('status');
  await expect(count).toHaveText(/^1 of \d+$/);
  const total = Number((await count.textContent())!.split(' of ')[1]);
  expect(total).toBeGreaterThan(5);
  await page.keyboard.press('Enter');
  await expect(count).toHaveText(`2 of ${total}`);
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await expect(count).toHaveText(`${total} of ${total}`);
  expect((await paintedFind(page)).all).toHaveLength(total);

  gloss.clickMenu('View', 'Language', '简体中文');
  await expect(page.getByRole('search', { name: '在文章中查找' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: '搜索' });
  await palette.getByRole('combobox', { name: '搜索文库' }).fill('对口帮扶');
  await expect(palette.getByRole('group', { name: '文章' }).getByRole('option')).toHaveCount(1);
  await expect(palette.getByText('包括已移除的文字')).toBeVisible();
  await expect(page.getByRole('list', { name: '文章', exact: true }).getByRole('listitem')).toHaveCount(1);
  await page.screenshot({ path: join(REPO_ROOT, 'docs/screenshots/search.png') });
});

/** The texts painted as find hits (all, and the current one). */
async function paintedFind(page: Page): Promise<{ all: string[]; current: string[] }> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const texts = (name: string) => [...(registry.get(name) ?? [])].map((r) => r.toString());
    return { all: texts('gloss-find'), current: texts('gloss-find-current') };
  });
}

test('Edit → Search Library… and Edit → Find in Article… open the palette and the find bar', async () => {
  gloss = await launchGloss();
  const { page } = gloss;
  await importAll(gloss, [SEED]);
  await page.locator('.article-body').click({ position: { x: 5, y: 5 } });
  gloss.clickMenu('Edit', 'Find in Article…');
  await expect(page.getByRole('search', { name: 'Find in article' })).toBeVisible();
  gloss.clickMenu('Edit', 'Search Library…');
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
});

test('with more matches than the first page, the totals counted after the answer replace its lower bound', async () => {
  gloss = await launchGloss({ viewport: { width: 1280, height: 860 } });
  const { page } = gloss;
  const dir = mkdtempSync(join(tmpdir(), 'gloss-search-many-'));
  // Past 500 candidates the engine finds the first page by its bound without reading every one.
  const paths = Array.from({ length: 520 }, (_, i) => {
    const path = join(dir, `tide-${i}.txt`);
    writeFileSync(path, `Tide log ${i}\n\nEntry ${i}: the tidepool held ${i * 7} anemones at dawn.\n`);
    return path;
  });
  await importAll(gloss, paths);

  const palette = await searchFor(page, 'tidepool');
  const results = palette.locator('#search-results');
  await expect(results).toHaveAttribute('data-query', 'tidepool');
  // The answer comes with a lower bound ("20+"); the worker's count message makes it exact.
  await expect(palette.getByRole('heading', { name: 'Articles (520)' })).toBeVisible();
  await expect(results).toHaveAttribute('data-count-ms', /^\d/);
});
