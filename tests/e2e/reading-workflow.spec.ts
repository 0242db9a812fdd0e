/**
 * The reading workflow from the keyboard and the list: open the third article with the arrows
 * and Enter, mark it finished, go to the next one; tag three articles at once and filter by the
 * tag; edit a note in the sidebar; every File → Export item writes its file; a color key then N
 * with no delay edits the new highlight; tags typed quickly are all kept; an import error in
 * Chinese; the undo message said again in the language switched to.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMenuTemplate, type MenuActions } from '../../src-main/app/menu';
import { launchGloss, type GlossApp } from './app';
import { seedCopies } from './support/layout';
import { openSeed, selectText } from './support/reader';

let gloss: GlossApp;
test.afterEach(async () => {
  await gloss?.close();
});

const heading = (page: Page) =>
  page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 });

async function importCopies(app: GlossApp, count: number, prefix: string): Promise<void> {
  app.queueDialog({ filePaths: seedCopies(count, prefix) });
  app.clickMenu('File', 'Import Files…');
  await expect(app.page.getByRole('region', { name: 'Import summary' })).toContainText(`${count} imported`);
  await app.page.getByRole('button', { name: 'Close summary' }).click();
}

test('keyboard only: the third article opened with arrows and Enter, marked finished, then the next', async () => {
  gloss = await launchGloss({ viewport: { width: 1000, height: 700 } });
  const { page } = gloss;
  await importCopies(gloss, 4, 'keys');
  const list = page.getByRole('list', { name: 'Articles' });
  await expect(list.getByRole('listitem')).toHaveCount(4);
  const titles = await list.locator('.article-title').allTextContents();

  // Tab into the list, then move with the arrows.
  for (let i = 0; i < 40; i++) {
    if (await page.evaluate(() => Boolean(document.activeElement?.closest('.article-list')))) break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(titles[2]);

  // A passage highlighted without a mouse: the caret into the text, Shift+arrows, a color key.
  await page.keyboard.press('c');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('2');
  await expect(page.getByRole('list', { name: 'Highlights' }).getByRole('listitem')).toHaveCount(1);

  await page.keyboard.press('Shift+F');
  const status = page.getByRole('combobox', { name: `Status of ${titles[2]}` });
  await expect(status).toHaveValue('finished');
  await page.keyboard.press('Shift+J');
  await expect(heading(page)).toHaveText(titles[3]);
  await page.keyboard.press('Shift+K');
  await expect(heading(page)).toHaveText(titles[2]);

  // The Finished tab lists it; the library shows it from its key.
  await page.keyboard.press('[');
  await page.getByRole('tab', { name: 'Finished' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.locator('.article-title')).toHaveText([titles[2]]);

  // A focused row is deleted with Delete, and Undo brings it back.
  await page.getByRole('tab', { name: 'All' }).click();
  await list.getByRole('button', { name: titles[0], exact: true }).focus();
  await page.keyboard.press('Delete');
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await page.keyboard.press('Control+z');
  await expect(list.getByRole('listitem')).toHaveCount(4);

  // The undo message follows the interface language, even for what was done before the switch.
  const said = page.locator('.status-line .status-message');
  await expect(said).toHaveText(`Undone: Deleted “${titles[0]}”`);
  gloss.clickMenu('View', 'Language', '简体中文');
  await expect(said).toHaveText(`已撤销：已删除“${titles[0]}”`);
});

test('three articles tagged at once appear under that tag in the library filter', async () => {
  gloss = await launchGloss({ viewport: { width: 1000, height: 700 } });
  const { page } = gloss;
  await importCopies(gloss, 4, 'bulk');
  const list = page.getByRole('list', { name: 'Articles' });
  await expect(list.getByRole('listitem')).toHaveCount(4);
  const titles = await list.locator('.article-title').allTextContents();
  await list.getByRole('checkbox', { name: `Select ${titles[0]}` }).click();
  await list.getByRole('checkbox', { name: `Select ${titles[2]}` }).click({ modifiers: ['Shift'] });
  const bar = page.getByRole('toolbar', { name: 'Actions for 3 selected articles' });
  await bar.getByRole('textbox', { name: 'Tag 3 selected articles' }).fill('政策');
  await bar.getByRole('textbox', { name: 'Tag 3 selected articles' }).press('Enter');
  const tagFilter = page.getByRole('combobox', { name: 'Filter by tag' });
  await expect(tagFilter).toBeVisible();
  await tagFilter.selectOption('政策');
  await expect(list.locator('.article-title')).toHaveText(titles.slice(0, 3));
  await bar.getByRole('combobox', { name: 'Set the status of 3 selected articles' }).selectOption('archived');
  await page.getByRole('tab', { name: 'Archive' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(3);
});

test('a note edited in the sidebar; color key then N edits the new highlight; quick tags all kept', async () => {
  gloss = await launchGloss();
  const { page } = gloss;
  await openSeed(gloss);
  const sidebar = page.getByRole('list', { name: 'Highlights' });

  await selectText(page, '深圳市累计投入各类帮扶资金达');
  await page.keyboard.press('2');
  await expect(sidebar.getByRole('listitem')).toHaveCount(1);
  // A second highlight, then N at once: the note is the new highlight's.
  await selectText(page, '黔深雨露直通车');
  // Both keys in the same task, as fast as keys can come: nothing happens in between.
  await page.evaluate(() => {
    const key = (init: KeyboardEventInit) =>
      document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
    key({ key: '3', code: 'Digit3' });
    key({ key: 'n', code: 'KeyN' });
  });
  const popover = page.getByRole('dialog', { name: 'Highlight' });
  await expect(popover.locator('.popover-quote')).toHaveText('黔深雨露直通车');
  await popover.getByRole('textbox', { name: 'Note' }).pressSequentially('直通车');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  await sidebar.getByRole('button', { name: 'Add note: 深圳市累计投入各类帮扶资金达' }).click();
  const note = sidebar.getByRole('textbox', { name: 'Note: 深圳市累计投入各类帮扶资金达' });
  await note.fill('资金 **5.44 亿元**');
  await sidebar.getByRole('button', { name: 'Done' }).click();
  await expect(sidebar.getByRole('listitem').filter({ hasText: '深圳市累计' })).toContainText(
    '资金 5.44 亿元',
  );
  await expect(sidebar.getByRole('listitem').filter({ hasText: '黔深雨露' })).toContainText('直通车');

  // Tags typed one after another with no pause are all kept.
  await sidebar.getByRole('button', { name: '黔深雨露直通车', exact: true }).click();
  await page.keyboard.press('t');
  const tags = popover.getByRole('combobox', { name: 'Tags' });
  await tags.pressSequentially('红色\n蓝色\n绿色,');
  await expect(popover.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText([
    /红色/,
    /蓝色/,
    /绿色/,
  ]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(sidebar.getByRole('listitem').filter({ hasText: '黔深雨露' })).toContainText(
    '#红色#蓝色#绿色',
  );

  // The article's own tags, from its header, typed just as fast.
  const articleTags = page.getByRole('combobox', { name: /^Tags of / });
  await articleTags.pressSequentially('政策\n扶贫\n');
  await expect(page.locator('.article-tags .tag-pill')).toHaveText([/政策/, /扶贫/]);
});

test('every File → Export item writes its file', async () => {
  gloss = await launchGloss();
  const { page } = gloss;
  await openSeed(gloss);
  await selectText(page, '深圳市累计投入各类帮扶资金达');
  await page.keyboard.press('1');
  await page.locator('details[aria-label="Suggested milestones"] summary').click();
  await page.getByRole('button', { name: 'Accept milestone 1997-06-05', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Highlights' }).getByRole('listitem')).toHaveCount(2);

  const dir = mkdtempSync(join(tmpdir(), 'gloss-exports-'));
  const files: [string, string, string][] = [
    ['Export Notes as Markdown…', 'notes.md', '深圳市累计投入各类帮扶资金达'],
    ['Export All Passages…', 'passages.md', '深圳市累计投入各类帮扶资金达'],
    ['Export Timeline…', 'timeline.md', '1997'],
    ['Export Highlights as W3C Web Annotations…', 'annotations.json', 'TextQuoteSelector'],
  ];
  // Every Export item of the File menu is in this list (a new item needs its line here).
  const menuActions = new Proxy({}, { get: () => () => undefined }) as MenuActions;
  const fileMenu = buildMenuTemplate('en', menuActions).find((menu) => menu.label === 'File');
  const exportItems = (fileMenu?.submenu ?? []).flatMap((entry) =>
    entry.label?.startsWith('Export') ? [entry.label] : [],
  );
  expect(exportItems.sort()).toEqual([...files.map(([item]) => item), 'Export Library to Folder…'].sort());
  for (const [item, name, expected] of files) {
    const out = join(dir, name);
    gloss.queueDialog({ filePath: out });
    gloss.clickMenu('File', item);
    await expect.poll(() => existsSync(out) && readFileSync(out, 'utf8')).toContain(expected);
  }
  expect(JSON.parse(readFileSync(join(dir, 'annotations.json'), 'utf8'))).toMatchObject({
    type: 'AnnotationCollection',
  });
  const folder = mkdtempSync(join(tmpdir(), 'gloss-library-'));
  gloss.queueDialog({ filePaths: [folder] });
  gloss.clickMenu('File', 'Export Library to Folder…');
  await expect.poll(() => readdirSync(folder).filter((n) => n.endsWith('.md')).length).toBe(2);
});

test('an import error is said in Chinese in the Chinese interface', async () => {
  gloss = await launchGloss({ locale: 'zh-CN' });
  const { page } = gloss;
  const dir = mkdtempSync(join(tmpdir(), 'gloss-bad-'));
  const empty = join(dir, '空文件.txt');
  writeFileSync(empty, '');
  gloss.queueDialog({ filePaths: [empty] });
  await page.getByRole('button', { name: '导入文件' }).first().click();
  const summary = page.getByRole('region', { name: '导入结果' });
  await expect(summary).toContainText('空文件.txt');
  await expect(summary).toContainText('文件是空的。');
  await expect(summary).not.toContainText('The file is empty');
});
