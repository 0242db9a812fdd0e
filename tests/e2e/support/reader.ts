/** Helpers for driving the reader in e2e specs: the seed opened, text selected directly or with the mouse. */
import { expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import { REPO_ROOT, type GlossApp } from '../app';

export const SEED = join(REPO_ROOT, 'tests/fixtures/seed-article.txt');

/** Imports the seed through the Import button, waits for it to open, closes the summary. */
export async function openSeed(app: GlossApp): Promise<void> {
  app.queueDialog({ filePaths: [SEED] });
  await app.page.getByRole('button', { name: 'Import files' }).first().click();
  await expect(
    app.page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 }),
  ).toContainText('深情无限梦毕圆');
  await app.page.getByRole('button', { name: 'Close summary' }).click();
}

/** Selects the first occurrence of `text` inside one block of the article body. */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.locator('.article-body').waitFor();
  await page.evaluate((wanted) => {
    // As a click into the text would, leave any field that had focus.
    (document.activeElement as HTMLElement | null)?.blur();
    const body = document.querySelector('.article-body')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
    }
    throw new Error(`text not found: ${wanted}`);
  }, text);
  await expect(page.getByRole('toolbar', { name: 'Highlight selection' })).toBeVisible();
}

/** Screen points just inside the first and last characters of `text` in the article body. */
export async function textEdges(
  page: Page,
  text: string,
): Promise<{ start: { x: number; y: number }; end: { x: number; y: number } }> {
  return page.evaluate((wanted) => {
    const body = document.querySelector('.article-body')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const charRect = (i: number) => {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getBoundingClientRect();
      };
      const first = charRect(at);
      const last = charRect(at + wanted.length - 1);
      return {
        start: { x: first.left + 1, y: first.top + first.height / 2 },
        end: { x: last.right - 1, y: last.top + last.height / 2 },
      };
    }
    throw new Error(`text not found: ${wanted}`);
  }, text);
}

/** Drags the mouse across `text`, as a person selecting it. */
export async function dragSelect(page: Page, text: string): Promise<void> {
  await page.locator('.article-body').getByText(text, { exact: false }).first().scrollIntoViewIfNeeded();
  const { start, end } = await textEdges(page, text);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByRole('toolbar', { name: 'Highlight selection' })).toBeVisible();
}

/** The texts the reader paints as highlights (from the CSS highlight registry), per color. */
export async function paintedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const result: Record<string, string[]> = {};
    for (const [name, highlight] of registry) {
      if (!name.startsWith('gloss-') || name === 'gloss-focus' || name === 'gloss-flash') continue;
      result[name.slice(6)] = [...highlight].map((range) => range.toString());
    }
    return result;
  });
}
