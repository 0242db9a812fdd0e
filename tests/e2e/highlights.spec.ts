/**
 * Highlights end to end: made with the mouse and a key, kept across a relaunch on the same
 * text; overlapping ones both painted, a click opening the innermost; delete and undo; orphans
 * after reopening with a wrong encoding, back after the right one; a note typed just before
 * quitting survives.
 */
import { expect, test } from '@playwright/test';
import { launchGloss, type GlossApp } from './app';
import { dragSelect, openSeed, paintedTexts, selectText, textEdges } from './support/reader';

let gloss: GlossApp;

test.afterEach(async () => {
  await gloss?.close();
});

test('a highlight made with the mouse and key 2 covers the same text after a relaunch', async () => {
  gloss = await launchGloss();
  await openSeed(gloss);
  const quote = '织金电厂发出的电';
  await dragSelect(gloss.page, quote);
  await gloss.page.keyboard.press('2');
  await expect.poll(() => paintedTexts(gloss.page)).toMatchObject({ green: [quote] });
  await expect(gloss.page.getByRole('list', { name: 'Highlights' }).getByRole('listitem')).toHaveCount(1);
  const page = await gloss.restart();
  await expect(page.locator('.paint-status')).toHaveAttribute('data-highlights-painted', '1');
  expect(await paintedTexts(page)).toMatchObject({ green: [quote] });
});

test('overlapping highlights are both painted and a click opens the innermost', async () => {
  gloss = await launchGloss();
  await openSeed(gloss);
  const { page } = gloss;
  await selectText(page, '深圳和毕节的距离不断缩短、联系日益密切');
  await page.keyboard.press('1');
  await selectText(page, '联系日益密切');
  await page.keyboard.press('5');
  await expect
    .poll(() => paintedTexts(page))
    .toMatchObject({ yellow: ['深圳和毕节的距离不断缩短、联系日益密切'], purple: ['联系日益密切'] });
  // Both saved too (painting comes first, at the key press).
  await expect(page.getByRole('list', { name: 'Highlights' }).getByRole('listitem')).toHaveCount(2);
  const inner = await textEdges(page, '日益');
  await page.mouse.click(inner.start.x + 2, inner.start.y);
  const popover = page.getByRole('dialog', { name: 'Highlight' });
  await expect(popover).toContainText('联系日益密切');
  await expect(popover.getByRole('button', { name: 'Purple' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  const outer = await textEdges(page, '距离不断');
  await page.mouse.click(outer.start.x + 2, outer.start.y);
  await expect(popover.getByRole('button', { name: 'Yellow' })).toHaveAttribute('aria-pressed', 'true');
});

test('delete then undo brings the highlight back with its note', async () => {
  gloss = await launchGloss();
  await openSeed(gloss);
  const { page } = gloss;
  await selectText(page, '当时,深圳对口帮扶毕节工作已经启动');
  await page.keyboard.press('3');
  await page.keyboard.press('n');
  await page
    .getByRole('dialog', { name: 'Highlight' })
    .getByRole('textbox', { name: 'Note' })
    .fill('started before 1997');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  const list = page.getByRole('list', { name: 'Highlights' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('started before 1997');
  await list.getByRole('button', { name: /^当时/ }).click();
  await page.keyboard.press('Delete');
  await expect(list.getByRole('listitem')).toHaveCount(0);
  await expect.poll(() => paintedTexts(page)).toMatchObject({ blue: [] });
  await page.keyboard.press('Control+z');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('started before 1997');
  expect(await paintedTexts(page)).toMatchObject({ blue: ['当时,深圳对口帮扶毕节工作已经启动'] });
  await page.keyboard.press('Control+Shift+z');
  await expect(list.getByRole('listitem')).toHaveCount(0);
});

test('reopening with a wrong encoding lists the highlight as an orphan; the right one brings it back', async () => {
  gloss = await launchGloss();
  await openSeed(gloss);
  const { page } = gloss;
  await selectText(page, '习仲勋的大力支持和率先垂范');
  await page.keyboard.press('4');
  await expect(page.locator('.paint-status')).toHaveAttribute('data-highlights-painted', '1');
  await page.getByRole('button', { name: 'Article info' }).click();
  // Windows-1252 reads every byte as some letter: mojibake, not refused as undecodable.
  await page.getByRole('combobox', { name: 'Reopen with encoding…' }).selectOption('windows-1252');
  await page.getByRole('button', { name: 'Reopen', exact: true }).click();
  const orphans = page.getByRole('list', { name: 'Orphaned highlights' });
  await expect(orphans.getByRole('listitem')).toHaveCount(1);
  await expect(orphans).toContainText('习仲勋的大力支持和率先垂范');
  await expect(page.locator('.paint-status')).toHaveAttribute('data-highlights-painted', '0');
  await page.getByRole('combobox', { name: 'Reopen with encoding…' }).selectOption('utf-8');
  await page.getByRole('button', { name: 'Reopen', exact: true }).click();
  await expect(orphans).toHaveCount(0);
  await expect.poll(() => paintedTexts(page)).toMatchObject({ pink: ['习仲勋的大力支持和率先垂范'] });
});

test('a highlight and a note made right before quitting are there after the relaunch', async () => {
  gloss = await launchGloss();
  await openSeed(gloss);
  const { page } = gloss;
  await selectText(page, '初冬的毕节,寒意逼人');
  await page.keyboard.press('1');
  await page.keyboard.press('n');
  await page
    .getByRole('dialog', { name: 'Highlight' })
    .getByRole('textbox', { name: 'Note' })
    .fill('weather as a frame');
  const next = await gloss.restart();
  const list = next.getByRole('list', { name: 'Highlights' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('weather as a frame');
});
