/**
 * Tags, the Passages view and the timeline end to end: tag a passage, give the tag a hotkey and
 * tag another with Shift+1, rename the tag in the manager, find both passages in the Passages
 * view; accept a suggested milestone in the seed and find it on the timeline under 1997.
 */
import { expect, test } from '@playwright/test';
import { launchGloss, type GlossApp } from './app';
import { openSeed, selectText } from './support/reader';

let gloss: GlossApp;

test.afterEach(async () => {
  await gloss?.close();
});

test('a hotkey tag, renamed in the manager, finds its passages in the Passages view', async () => {
  gloss = await launchGloss();
  const { page } = gloss;
  await openSeed(gloss);

  await selectText(page, '深圳市累计投入各类帮扶资金达');
  await page.keyboard.press('3');
  await page.keyboard.press('t');
  const tagField = page.getByRole('dialog', { name: 'Highlight' }).getByRole('combobox', { name: 'Tags' });
  await tagField.fill('funding');
  await tagField.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Tags', exact: true }).click();
  await page.getByRole('combobox', { name: 'Hotkey for funding' }).selectOption('1');

  await page.getByRole('button', { name: 'Library' }).click();
  await selectText(page, '黔深雨露直通车');
  await page.keyboard.press('Shift+Digit1');
  const list = page.getByRole('list', { name: 'Highlights' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByText('#funding')).toHaveCount(2);

  await page.getByRole('button', { name: 'Tags', exact: true }).click();
  await page.getByRole('button', { name: 'Rename' }).first().click();
  const rename = page.getByRole('textbox', { name: 'New name for funding' });
  await rename.fill('finance/funding');
  await rename.press('Enter');
  await expect(page.getByRole('list', { name: 'All tags' })).toContainText('finance');
  await expect(page.getByRole('list', { name: 'All tags' })).not.toContainText(/^funding$/);

  await page.getByRole('button', { name: 'Passages' }).click();
  const filter = page
    .getByRole('search', { name: 'Filters' })
    .getByRole('combobox', { name: 'Tags', exact: true });
  await filter.fill('finance');
  await filter.press('Enter');
  const passages = page.getByRole('list', { name: 'Passages' });
  await expect(passages.locator('.passage-row')).toHaveCount(2);
  await expect(passages.getByText('finance/funding')).toHaveCount(2);
  await passages.getByRole('button', { name: /深圳市累计投入各类帮扶资金达/ }).click();
  await expect(page.getByRole('main', { name: 'Article' })).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Highlights' }).locator('.highlight-item.focused'),
  ).toContainText('深圳市累计投入各类帮扶资金达');

  // Undo the rename: the passages carry the old name again.
  await page.getByRole('button', { name: 'Tags', exact: true }).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('list', { name: 'All tags' })).not.toContainText('finance');
});

test('a suggested milestone accepted in the seed is on the timeline under 1997', async () => {
  gloss = await launchGloss();
  const { page } = gloss;
  await openSeed(gloss);
  const suggestions = page
    .getByRole('group', { name: 'Suggested milestones' })
    .or(page.locator('details[aria-label="Suggested milestones"]'));
  await suggestions.locator('summary').click();
  await page.getByRole('button', { name: 'Accept milestone 1997-06-05' }).click();
  await expect(page.getByRole('list', { name: 'Highlights' }).getByText('#milestone')).toHaveCount(1);
  await page.getByRole('button', { name: 'Dismiss milestone 2016-09-03' }).click();
  await expect(page.getByRole('button', { name: 'Accept milestone 2016-09-03' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Timeline' }).click();
  const year = page.getByRole('region', { name: '1997' });
  await expect(year.getByRole('heading', { name: '1997' })).toBeVisible();
  await expect(year).toContainText('深圳市委、市政府下发深发');
  await year.getByRole('button', { name: /Open the passage/ }).click();
  await expect(
    page.getByRole('list', { name: 'Highlights' }).locator('.highlight-item.focused'),
  ).toContainText('深圳市委');
});
