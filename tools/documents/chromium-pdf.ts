/**
 * Producer 1: Chromium's print-to-PDF (through Playwright) in the style of a Chinese government
 * notice: 文号, a large title, 仿宋-like serif at 16 pt, justified text with a two-character
 * indent, a running header, `— N —` page numbers, and a closing 发文机关 and 成文日期.
 */
import { chromium } from '@playwright/test';
import type { SourceText } from './source-texts';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/shim/chromium';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function governmentNoticeHtml(text: SourceText): string {
  const body = text.paragraphs
    .map((p) => (p.kind === 'heading' ? `<h2>${escapeHtml(p.text)}</h2>` : `<p>${escapeHtml(p.text)}</p>`))
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(text.title)}</title>
<style>
  body { font-family: 'Noto Serif CJK SC', serif; font-size: 16pt; line-height: 28pt; margin: 0; }
  .ref { text-align: center; margin: 0 0 14pt; }
  h1 { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 22pt; line-height: 34pt; text-align: center; margin: 0 0 28pt; font-weight: bold; }
  h2 { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 16pt; font-weight: bold; margin: 0; text-indent: 2em; }
  p { margin: 0; text-indent: 2em; text-align: justify; }
  .closing { text-align: right; margin-top: 28pt; }
</style></head><body>
<div class="ref">${escapeHtml(text.reference)}</div>
<h1>${escapeHtml(text.title)}</h1>
${body}
<div class="closing"><div>${escapeHtml(text.author)}</div><div>${escapeHtml(text.datePrinted)}</div></div>
</body></html>`;
}

const HEADER = `<div style="font-size:9pt;width:100%;text-align:center;font-family:'Noto Serif CJK SC';color:#444">某市人民政府办公厅文件</div>`;
const FOOTER = `<div style="font-size:12pt;width:100%;text-align:center;font-family:'Noto Serif CJK SC'">— <span class="pageNumber"></span> —</div>`;

/** Prints each text; returns the PDF bytes in the same order. */
export async function printGovernmentNotices(texts: SourceText[]): Promise<Uint8Array[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const out: Uint8Array[] = [];
    for (const text of texts) {
      await page.setContent(governmentNoticeHtml(text));
      const pdf = await page.pdf({
        format: 'A4',
        margin: { top: '37mm', bottom: '35mm', left: '28mm', right: '26mm' },
        displayHeaderFooter: true,
        headerTemplate: HEADER,
        footerTemplate: FOOTER,
      });
      out.push(new Uint8Array(pdf));
    }
    return out;
  } finally {
    await browser.close();
  }
}
