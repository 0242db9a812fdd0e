/**
 * PDF, Word and EPUB through the import dialog: the PDF's paragraphs whole with page marks, a
 * highlight across a former page break exported with its page, the DOCX and EPUB read (the
 * DOCX's table row by row), a scanned PDF refused with its reason, and a saved page named
 * index.php read as HTML.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchGloss, REPO_ROOT, type GlossApp } from './app';
import { NOTICE, noticePdf, renderPdfPage, sideBySide } from './support/pdf-pictures';
import { selectText } from './support/reader';
import {
  A,
  B,
  buildPdf,
  epubFile,
  governmentNotice,
  paragraphLines,
  wordFile,
} from '../unit/document-builders';
import { PNG } from '../unit/tiny-images';

let gloss: GlossApp;
test.afterEach(async () => {
  await gloss?.close();
});

test('imports a PDF, a DOCX, an EPUB, a scan and index.php; reads, highlights and exports the PDF by page', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-documents-'));
  const files = {
    'notice.pdf': await governmentNotice(),
    'report.docx': await wordFile(),
    'book.epub': epubFile({ chapters: [['one.xhtml', '<h1>第一章</h1><p>春天来了。</p>']] }),
    'scanned.pdf': await buildPdf([[]], { image: PNG }),
    'index.php': new TextEncoder().encode(
      '<meta charset="utf-8"><title>市政府召开常务会议</title><div><p>会议研究了近期重点工作。</p></div>',
    ),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  gloss = await launchGloss();
  const { page } = gloss;
  gloss.queueDialog({ filePaths: Object.keys(files).map((name) => join(dir, name)) });
  await page.getByRole('button', { name: 'Import files' }).first().click();
  const summary = page.getByRole('region', { name: 'Import summary' });
  await expect(summary).toContainText('4 imported');
  await expect(summary).toContainText('scanned.pdf');
  await expect(summary).toContainText('no text layer');
  await expect(summary).toContainText('PDF 1 · Word (DOCX) 1 · EPUB 1 · HTML 1');

  const library = page.getByRole('list', { name: 'Articles' });
  for (const title of ['年度工作报告', '政策读本', '市政府召开常务会议']) {
    await expect(library.getByRole('button', { name: title, exact: true })).toBeVisible();
  }
  await library.getByRole('button', { name: '关于加强文档管理工作的通知', exact: true }).click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.locator('[data-block-index="0"]')).toHaveText(A);
  await expect(article.locator('[data-block-index="1"]')).toHaveText(B);
  await expect(article.locator('[data-page-mark]')).toHaveCount(2);
  await expect(article.locator('[data-block-index="2"]')).toHaveAttribute('data-page-mark', 'p. 2');

  // The last line of B was printed on page 2: highlight across that former page break.
  const lastLine = paragraphLines(B, { y: 0, perLine: 36, indent: true }).at(-1)!.text;
  const breakAt = B.length - lastLine.length;
  const quote = B.slice(breakAt - 6, breakAt + 6);
  await selectText(page, quote);
  await page.keyboard.press('1');
  await expect(page.getByRole('list', { name: 'Highlights' }).getByRole('listitem')).toHaveCount(1);
  await page.keyboard.press('Escape');

  const out = join(dir, 'notice.md');
  gloss.queueDialog({ filePath: out });
  await page.keyboard.press('Control+e');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText(out);
  const written = readFileSync(out, 'utf8');
  expect(written).toContain(`> ${quote}`);
  expect(written).toMatch(/Yellow · p\. 1 ·/);

  await article.getByRole('button', { name: 'Open original' }).click();
  await expect.poll(() => gloss.record.openedPaths.at(-1) ?? '').toBe(join(dir, 'notice.pdf'));

  // The report's table: a block per row, its cells side by side.
  await library.getByRole('button', { name: '年度工作报告', exact: true }).click();
  const rows = article.locator('.block-table-row');
  await expect(rows).toHaveCount(3);
  const cells = rows.nth(1).locator('.table-cell');
  await expect(cells).toHaveText(['地区生产总值', '1200亿元', '1350亿元']);
  const tops = await cells.evaluateAll((list) => list.map((c) => Math.round(c.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
});

test('screenshot: a Chromium-printed notice reflowed in the reader, beside its first page', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-pdf-shot-'));
  const pdfPath = join(dir, 'notice.pdf');
  writeFileSync(pdfPath, await noticePdf());
  gloss = await launchGloss({ viewport: { width: 1280, height: 860 } });
  const { page } = gloss;
  gloss.queueDialog({ filePaths: [pdfPath] });
  await page.getByRole('button', { name: 'Import files' }).first().click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(NOTICE.title);
  await page.getByRole('button', { name: 'Close summary' }).click();
  // Every paragraph of the notice is one block, whatever page it was printed on.
  for (const p of NOTICE.paragraphs)
    await expect(article.locator('.block', { hasText: p.text }).first()).toHaveText(p.text);
  await expect(article.locator('[data-page-mark]').first()).toHaveAttribute('data-page-mark', 'p. 1');
  await selectText(page, '凡是能够通过数据共享获取的材料');
  await page.keyboard.press('1');
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  await page.mouse.click(5, 5);
  const reader = await page.screenshot();
  const original = await renderPdfPage(pdfPath, 1, 700);
  await sideBySide(
    original,
    reader,
    ['The PDF, page 1 (rendered by pdf.js)', 'The same notice in Gloss'],
    join(REPO_ROOT, 'docs/screenshots/pdf-reflow.png'),
  );
});
