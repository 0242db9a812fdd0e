/**
 * Small documents built by the tests: PDFs laid out line by line with PDFKit (so the geometry
 * is known), DOCX with the `docx` package, EPUB and other ZIPs with fflate.
 */
import PDFDocument from 'pdfkit';
import { notoCjk } from '../../tools/documents/cjk-fonts';

export interface PdfLine {
  text: string;
  x?: number;
  y: number;
  size?: number;
  bold?: boolean;
}

export interface PdfOptions {
  title?: string;
  author?: string;
  userPassword?: string;
  /** Draw a picture instead of text on every page (a scan). */
  image?: Uint8Array;
}

/** A PDF whose pages hold exactly these lines (y measured from the top of an A4 page). */
export function buildPdf(pages: PdfLine[][], options: PdfOptions = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    ...(options.userPassword ? { userPassword: options.userPassword, pdfVersion: '1.7' as const } : {}),
  });
  if (options.title) doc.info.Title = options.title;
  if (options.author) doc.info.Author = options.author;
  doc.registerFont('body', notoCjk('NotoSansCJK-Regular.ttc'), 'NotoSansCJKsc-Regular');
  doc.registerFont('bold', notoCjk('NotoSansCJK-Bold.ttc'), 'NotoSansCJKsc-Bold');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  for (const lines of pages) {
    doc.addPage();
    if (options.image) doc.image(Buffer.from(options.image), 50, 50, { width: 400 });
    for (const line of lines) {
      doc
        .font(line.bold ? 'bold' : 'body')
        .fontSize(line.size ?? 12)
        .text(line.text, line.x ?? 72, line.y, { lineBreak: false });
    }
  }
  doc.end();
  return done;
}

/** Lines of a paragraph cut to `perLine` characters, from `y` down by `leading`. */
export function paragraphLines(
  text: string,
  options: { y: number; perLine: number; leading?: number; indent?: boolean; x?: number },
): PdfLine[] {
  const lines: PdfLine[] = [];
  const chars = [...text];
  const leading = options.leading ?? 20;
  let at = 0;
  let y = options.y;
  let first = true;
  while (at < chars.length) {
    const take = first && options.indent ? options.perLine - 2 : options.perLine;
    lines.push({ text: chars.slice(at, at + take).join(''), x: (options.x ?? 72) + (first && options.indent ? 24 : 0), y });
    at += take;
    y += leading;
    first = false;
  }
  return lines;
}
