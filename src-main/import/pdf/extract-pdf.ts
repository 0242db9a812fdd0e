/**
 * PDF → ExtractedArticle: pdf.js text runs → lines in reading order → page furniture set
 * aside → paragraphs (each remembering its page) → title, author, date. Tables and footnotes
 * follow the body, each under a heading of its own (back-matter.ts). A scan without a text layer and text in fonts
 * without a Unicode mapping are refused with a sentence saying so.
 */
import type { RemovedBlock, RemovedReason } from '../../ipc/contract';
import { ImportRefusal, type ExtractedArticle } from '../types';
import { pageLines, type Line } from './lines';
import { loadPdf, type PdfContent } from './load-pdf';
import { findFurniture } from './page-furniture';
import { bodySize, linesToBlocks, type PdfBlock } from './paragraphs';
import { pdfFrontMatter } from './front-matter';
import { backMatter, footnoteBlocks, splitFootnotes, takeTables } from './back-matter';

export const PDF_TEXT_MESSAGES = {
  scanned:
    'This PDF has no text layer: its pages are scanned images, and Gloss does not read text from pictures.',
  noText: 'This PDF contains no text.',
  unmapped:
    'The text in this PDF uses fonts without a Unicode mapping, so its characters come out as private-use or garbage symbols; Gloss cannot read it.',
} as const;

/** Characters no real text is made of: private use, replacement, control and unassigned. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is counted
const GARBAGE = /[\uE000-\uF8FF\uFFFD\u0000-\u0008\u000E-\u001F\p{Cn}]/gu;

function garbageShare(text: string): number {
  const chars = text.replace(/\s+/gu, '');
  if (chars.length === 0) return 0;
  return (chars.match(GARBAGE)?.length ?? 0) / chars.length;
}

const FURNITURE_REASON: Record<string, RemovedReason> = {
  'page-number': 'page-number',
  'running-header': 'running-header',
};

export function articleFromPdf(content: PdfContent): ExtractedArticle {
  const allText = content.pages.flatMap((p) => p.runs.map((r) => r.text)).join('');
  if (allText.trim() === '') {
    throw content.pagesWithImages > 0
      ? new ImportRefusal(PDF_TEXT_MESSAGES.scanned, 'pdf-scanned')
      : new ImportRefusal(PDF_TEXT_MESSAGES.noText, 'pdf-no-text');
  }
  if (garbageShare(allText) > 0.2) throw new ImportRefusal(PDF_TEXT_MESSAGES.unmapped, 'pdf-unmapped');

  const pages = content.pages.map(pageLines);
  const furniture = findFurniture(pages);
  const removed: RemovedBlock[] = [];
  const pendingRemoved: { text: string; reason: RemovedReason; afterLine: Line | null }[] = [];
  const flow: Line[] = [];
  for (const lines of pages) {
    for (const line of lines) {
      const kind = furniture.get(line);
      if (kind)
        pendingRemoved.push({
          text: line.text,
          reason: FURNITURE_REASON[kind],
          afterLine: flow.at(-1) ?? null,
        });
      else flow.push(line);
    }
  }
  const size = bodySize(flow);
  const { body, notes } = splitFootnotes(flow, size);
  const blocks = linesToBlocks(body);
  const front = pdfFrontMatter(blocks, content.info);
  const takenReason = new Map(front.taken.map((t) => [t.block, t.reason]));

  // Removed text stands before the first block that begins on a later page than it.
  const inOrder: PdfBlock[] = [];
  const removedAt: { text: string; reason: RemovedReason; before: number }[] = [];
  for (const block of blocks) {
    const reason = takenReason.get(block);
    if (reason === 'title') continue;
    if (reason)
      removedAt.push({
        text: block.text,
        reason: reason === 'reference' ? 'reference' : 'signature',
        before: inOrder.length,
      });
    else inOrder.push(block);
  }
  const { body: kept, tables } = takeTables(inOrder);
  // Indexes counted with the tables still in: shift each past the rows taken out before it.
  const inBody = new Set(kept);
  for (const r of removedAt) r.before -= inOrder.slice(0, r.before).filter((b) => !inBody.has(b)).length;
  for (const item of pendingRemoved) {
    const page = item.afterLine?.page ?? 0;
    const before = kept.findIndex((b) => b.page > page);
    removedAt.push({ text: item.text, reason: item.reason, before: before < 0 ? kept.length : before });
  }
  kept.push(...backMatter(kept, tables, footnoteBlocks(notes)));
  removedAt.sort((a, b) => a.before - b.before);
  removedAt.forEach((r, i) =>
    removed.push({ id: `r${i}`, text: r.text, reason: r.reason, beforeBlock: r.before }),
  );

  return {
    title: front.title,
    byline: front.byline,
    publishedAt: front.publishedAt,
    siteName: null,
    blocks: kept.map(({ level, ...rest }) => (level === undefined ? rest : { ...rest, level })),
    removed,
  };
}

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedArticle> {
  return articleFromPdf(await loadPdf(bytes));
}
