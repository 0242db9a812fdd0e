/**
 * Producer 2: PDFKit, a report style unlike Chromium's: sans-serif at 11 pt, ragged right,
 * no first-line indent but space between paragraphs, bold headings, the title repeated as a
 * running header and `第 N 页 共 M 页` in the footer; title and author in the metadata.
 */
import PDFDocument from 'pdfkit';
import type { SourceText } from './source-texts';
import { notoCjk } from './cjk-fonts';

export function reportPdf(text: SourceText): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 80, bottom: 80, left: 72, right: 72 },
    bufferPages: true,
  });
  doc.info.Title = text.title;
  doc.info.Author = text.author;
  doc.registerFont('body', notoCjk('NotoSansCJK-Regular.ttc'), 'NotoSansCJKsc-Regular');
  doc.registerFont('bold', notoCjk('NotoSansCJK-Bold.ttc'), 'NotoSansCJKsc-Bold');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  );

  doc.font('bold').fontSize(20).text(text.title, { align: 'center', paragraphGap: 18 });
  for (const p of text.paragraphs) {
    if (p.kind === 'heading') doc.font('bold').fontSize(14).text(p.text, { paragraphGap: 8, lineGap: 3 });
    else doc.font('body').fontSize(11).text(p.text, { paragraphGap: 9, lineGap: 4 });
  }
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margins = doc.page.margins;
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    doc
      .font('body')
      .fontSize(9)
      .text(text.title, 72, 40, { width: doc.page.width - 144, align: 'center', lineBreak: false });
    doc.fontSize(9).text(`第 ${i + 1} 页 共 ${range.count} 页`, 72, doc.page.height - 50, {
      width: doc.page.width - 144,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins = margins;
  }
  doc.end();
  return done;
}
