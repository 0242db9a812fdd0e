/**
 * Small documents built by the tests: PDFs laid out line by line with PDFKit (so the geometry
 * is known), DOCX with the `docx` package, EPUB and other ZIPs with fflate.
 */
import PDFDocument from 'pdfkit';
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { strToU8, zipSync, type Zippable } from 'fflate';
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
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  );
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
    lines.push({
      text: chars.slice(at, at + take).join(''),
      x: (options.x ?? 72) + (first && options.indent ? 24 : 0),
      y,
    });
    at += take;
    y += leading;
    first = false;
  }
  return lines;
}

export const A =
  '为进一步规范文档管理工作，提高办事效率，保障信息安全，现就有关事项通知如下，请各单位结合实际认真贯彻执行。';
export const B =
  '各单位要明确专人负责文档的收发、登记、归档和保管，建立健全管理台账，做到件件有记录、事事可追溯；涉密文档必须按照有关规定单独存放，严禁通过互联网传递，一经发现违规行为，将依法依规严肃处理，并追究相关人员的责任。';
export const C = '本通知自印发之日起施行，此前有关规定与本通知不一致的，以本通知为准。';

export function footer(page: number): PdfLine {
  return { text: `— ${page} —`, x: 280, y: 800, size: 12 };
}

/** A two-page notice: 文号, title, three paragraphs (the second runs over the page break), signature. */
export async function governmentNotice(): Promise<Uint8Array> {
  const header: PdfLine = { text: '某市人民政府办公厅文件', x: 240, y: 30, size: 9 };
  const a = paragraphLines(A, { y: 200, perLine: 36, indent: true });
  const b = paragraphLines(B, { y: 680, perLine: 36, indent: true });
  if (b.length < 3) throw new Error('paragraph B must run over three lines');
  return buildPdf([
    [
      header,
      { text: '国办发〔2024〕12号', x: 230, y: 90 },
      { text: '关于加强文档管理工作的通知', x: 160, y: 130, size: 20, bold: true },
      ...a,
      ...b.slice(0, -1),
      footer(1),
    ],
    [
      header,
      ...b.slice(-1).map((l, i) => ({ ...l, y: 80 + 20 * i })),
      ...paragraphLines(C, { y: 160, perLine: 36, indent: true }),
      { text: '某市人民政府办公厅', x: 380, y: 240 },
      { text: '2024年3月1日', x: 400, y: 260 },
      footer(2),
    ],
  ]);
}

/** A DOCX with a title, a heading, a footnote, a list item and a table of three rows. */
export async function wordFile(): Promise<Uint8Array> {
  const doc = new Document({
    title: '年度工作报告',
    creator: '王小明',
    footnotes: { 1: { children: [new Paragraph('数据来源：统计局。')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: '年度工作报告', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: '一、总体情况', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('全年完成各项任务。'), new FootnoteReferenceRun(1)] }),
          new Paragraph({ text: '第一项措施', bullet: { level: 0 } }),
          new Table({
            rows: [
              ['指标', '2023年', '2024年'],
              ['地区生产总值', '1200亿元', '1350亿元'],
              ['一般公共预算收入', '85亿元', '92亿元'],
            ].map(
              (cells) =>
                new TableRow({
                  children: cells.map((cell) => new TableCell({ children: [new Paragraph(cell)] })),
                }),
            ),
          }),
          new Paragraph({ text: '以上报告，请审议。', alignment: AlignmentType.LEFT }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** An EPUB whose spine reads the chapters in the opposite order from its manifest. */
export function epubFile(options: { chapters: [string, string][]; extra?: Zippable }): Uint8Array {
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(
      '<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OPS/book.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
    ),
    ...options.extra,
  };
  options.chapters.forEach(([name, body]) => {
    files[`OPS/${name}`] = strToU8(
      `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body>${body}</body></html>`,
    );
  });
  const manifest = options.chapters.map(
    ([name], i) => `<item id="c${i}" href="${name}" media-type="application/xhtml+xml"/>`,
  );
  // The spine reads the chapters in the opposite order from the manifest.
  const spine = options.chapters.map((_, i) => `<itemref idref="c${i}"/>`);
  files['OPS/book.opf'] = strToU8(
    `<package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>政策读本</dc:title><dc:creator>李华</dc:creator><dc:date>2023-05-04</dc:date></metadata><manifest>${manifest.reverse().join('')}</manifest><spine>${spine.join('')}</spine></package>`,
  );
  return zipSync(files);
}

/**
 * A one-page PDF whose Chinese font is not embedded: Adobe's STSong-Light, its text coded in
 * UCS-2 through the predefined `UniGB-UCS2-H` cMap, as Acrobat and older office suites write
 * notices. Written object by object, since PDFKit always embeds its fonts.
 */
export function predefinedCMapPdf(lines: string[]): Uint8Array {
  const ucs2 = (text: string) =>
    [...text].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('');
  const content = lines.map((l, i) => `BT /F1 14 Tf 72 ${760 - i * 22} Td <${ucs2(l)}> Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = Buffer.byteLength(pdf);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}
