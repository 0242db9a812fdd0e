/**
 * Opens a PDF with pdf.js (no canvas, no fonts loaded, no scripts; the CJK cMaps from
 * pdfjs-resources.ts) and returns what the layout stages need: each page's size and its text
 * runs with position, size and font, plus the document's metadata. Encrypted and damaged files
 * become ImportRefusals with their own sentence.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ImportRefusal } from '../types';
import { CachedBinaryDataFactory, PDFJS_RESOURCES } from './pdfjs-resources';
import { unifyRadicals } from './radicals';

export interface TextRun {
  text: string;
  /** Left edge and baseline, in PDF points with y growing upwards. */
  x: number;
  y: number;
  width: number;
  /** Font size in points (the text matrix's vertical scale). */
  size: number;
  font: string;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
}

export interface PdfContent {
  pages: PdfPage[];
  info: { title: string | null; author: string | null; created: string | null };
  /** Pages that draw images (to tell a scan from an empty file). */
  pagesWithImages: number;
}

type PdfJs = typeof PdfJsModule;
let pdfjsPromise: Promise<PdfJs> | null = null;

/** pdf.js and its worker code, loaded once per thread; the worker code runs on this thread. */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsPromise;
}

export const PDF_MESSAGES = {
  encrypted: 'This PDF is protected with a password, so Gloss cannot read its text.',
  damaged: 'This PDF is damaged: Gloss could not read its structure.',
} as const;

function infoString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** D:20240301120000+08'00' → 2024-03-01. */
function pdfDate(value: unknown): string | null {
  const m = typeof value === 'string' ? /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export async function loadPdf(bytes: Uint8Array): Promise<PdfContent> {
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given: hand it a copy, the caller keeps the bytes.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: 0,
    ...PDFJS_RESOURCES,
    BinaryDataFactory: CachedBinaryDataFactory,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new ImportRefusal(PDF_MESSAGES.encrypted, 'pdf-encrypted');
    throw new ImportRefusal(PDF_MESSAGES.damaged, 'pdf-damaged');
  }
  try {
    const meta = await doc.getMetadata().catch(() => null);
    const info = (meta?.info ?? {}) as Record<string, unknown>;
    const pages: PdfPage[] = [];
    let pagesWithImages = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        // eslint-disable-next-line no-control-regex -- NUL and other controls are never text
        const str = item.str.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
        if (str === '') continue;
        const [a, b, , d, e, f] = item.transform as number[];
        const size = Math.hypot(b, d) || Math.abs(a);
        runs.push({
          text: unifyRadicals(str),
          x: e - x0,
          y: f - y0,
          width: item.width,
          size,
          font: item.fontName,
        });
      }
      if (runs.length === 0 && (await pageDrawsImages(page, pdfjs))) pagesWithImages++;
      pages.push({ number: n, width: x1 - x0, height: y1 - y0, runs });
      page.cleanup();
    }
    return {
      pages,
      pagesWithImages,
      info: {
        title: infoString(info.Title),
        author: infoString(info.Author),
        created: pdfDate(info.CreationDate),
      },
    };
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    throw new ImportRefusal(PDF_MESSAGES.damaged, 'pdf-damaged');
  } finally {
    await doc.destroy();
  }
}

/** Whether a page without text paints an image (a scanned page). */
async function pageDrawsImages(
  page: { getOperatorList(): Promise<{ fnArray: number[] }> },
  pdfjs: PdfJs,
): Promise<boolean> {
  const ops = await page.getOperatorList();
  const imageOps = new Set([
    pdfjs.OPS.paintImageXObject,
    pdfjs.OPS.paintInlineImageXObject,
    pdfjs.OPS.paintImageMaskXObject,
  ]);
  return ops.fnArray.some((op) => imageOps.has(op));
}
