/**
 * Export through the dialog: the seed with highlights made in the reader is written as
 * Markdown and compared with a golden file (ids, times and paths normalized); exporting again
 * into the same file keeps what the person wrote outside Gloss's markers.
 * UPDATE_GOLDEN=1 rewrites the golden file.
 */
import { expect, test } from '@playwright/test';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchGloss, REPO_ROOT, type GlossApp } from './app';
import { selectText } from './support/reader';

const SEED = join(REPO_ROOT, 'tests/fixtures/seed-article.txt');
const GOLDEN = join(REPO_ROOT, 'tests/golden/e2e-seed-export.md');
let gloss: GlossApp;

test.afterEach(async () => {
  await gloss?.close();
});

/** Ids, times and the machine's paths replaced by stable placeholders, in order of appearance. */
function normalize(markdown: string): string {
  const ids = new Map<string, string>();
  return markdown
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => {
      if (!ids.has(id)) ids.set(id, `ID${ids.size + 1}`);
      return ids.get(id)!;
    })
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, 'TIME')
    .replaceAll(join(REPO_ROOT, 'tests/fixtures'), 'FIXTURES');
}

test('exports the seed notes through the dialog as the golden Markdown, and re-export keeps the user’s words', async () => {
  gloss = await launchGloss();
  const { page } = gloss;
  gloss.queueDialog({ filePaths: [SEED] });
  await page.getByRole('button', { name: 'Import files' }).first().click();
  await expect(page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 })).toContainText(
    '深情无限梦毕圆',
  );
  await page.getByRole('button', { name: 'Close summary' }).click();

  await page.getByRole('textbox', { name: 'Article note' }).fill('Read for the **20-year review**.');
  await selectText(page, '比鸡蛋“飞”得更快的,是毕节的电');
  await page.keyboard.press('2');
  await page.keyboard.press('t');
  const tags = page.getByRole('dialog', { name: 'Highlight' }).getByRole('combobox');
  await tags.fill('energy');
  await tags.press('Enter');
  await tags.fill('east west');
  await tags.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await selectText(page, '深圳市累计投入各类帮扶资金达');
  await page.keyboard.press('3');
  await page.keyboard.press('n');
  await page
    .getByRole('dialog', { name: 'Highlight' })
    .getByRole('textbox', { name: 'Note' })
    .fill('Funding: `5.44 亿元` — see [[Budget]] and <script>x</script>');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('list', { name: 'Highlights' }).getByRole('listitem')).toHaveCount(2);

  const out = join(mkdtempSync(join(tmpdir(), 'gloss-export-')), 'notes.md');
  gloss.queueDialog({ filePath: out });
  await page.keyboard.press('Control+e');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText(out);
  const written = normalize(readFileSync(out, 'utf8'));
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, written);
  expect(written).toBe(readFileSync(GOLDEN, 'utf8'));

  appendFileSync(out, '\nMy own thoughts, written in Obsidian.\n');
  await selectText(page, '初冬的毕节,寒意逼人');
  await page.keyboard.press('1');
  await expect(page.getByRole('list', { name: 'Highlights' }).getByRole('listitem')).toHaveCount(3);
  gloss.queueDialog({ filePath: out });
  await page.getByRole('button', { name: 'Export notes…' }).click();
  await expect.poll(() => readFileSync(out, 'utf8')).toContain('初冬的毕节,寒意逼人');
  const again = readFileSync(out, 'utf8');
  expect(again).toContain('My own thoughts, written in Obsidian.');
  expect(again.match(/<!-- gloss:begin/g)).toHaveLength(1);
});
