/** Helpers for the layout specs: distinct copies of the seed, and what overflows its pane. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SEED } from './reader';

/** `count` copies of the seed with distinct bytes and long file names. */
export function seedCopies(count: number, prefix = 'copy'): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-copies-'));
  const seed = readFileSync(SEED, 'utf8');
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `${prefix}-${i + 1}-深圳市对口帮扶毕节二十周年回顾与展望的一个很长的文件名.txt`);
    writeFileSync(path, seed.replace('深情无限梦毕圆', `深情无限梦毕圆（${prefix} ${i + 1}）`));
    return path;
  });
}

/**
 * Elements with text of their own whose box sticks out of their pane (library, reader, notes,
 * rail, status line), or panes that scroll sideways; as "tag.class: text" lines.
 */
export function overflowingText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const panes = '.library-pane, .reader-pane, .notes-pane, .nav-rail, .status-line, .view-pane';
    const problems: string[] = [];
    for (const pane of document.querySelectorAll<HTMLElement>(panes)) {
      if (pane.getClientRects().length && pane.scrollWidth > pane.clientWidth + 1)
        problems.push(`${pane.className} scrolls sideways (${pane.scrollWidth} > ${pane.clientWidth})`);
    }
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const ownText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
      );
      if (!ownText) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1 || rect.right <= 0) continue;
      const pane = element.closest<HTMLElement>(panes);
      if (!pane) continue;
      const box = pane.getBoundingClientRect();
      if (rect.left < box.left - 1 || rect.right > box.right + 1)
        problems.push(
          `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent!.trim().slice(0, 40)} ` +
            `(${Math.round(rect.left)}–${Math.round(rect.right)} outside ${Math.round(box.left)}–${Math.round(box.right)})`,
        );
    }
    return problems;
  });
}

/** Pairs of library rows whose boxes intersect, as "i/j". */
export function intersectingRows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll('.article-list .article-row')].map((row) =>
      row.getBoundingClientRect(),
    );
    const pairs: string[] = [];
    for (let i = 0; i < rows.length; i++)
      for (let j = i + 1; j < rows.length; j++) {
        const a = rows[i];
        const b = rows[j];
        if (a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) pairs.push(`${i}/${j}`);
      }
    return pairs;
  });
}
