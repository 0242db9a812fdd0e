/**
 * Producer 5: LibreOffice, run headless, turning a flat OpenDocument text (FODT) Gloss writes
 * into PDF, DOCX and EPUB with LibreOffice's own export filters. Its PDF is a report style unlike
 * the other producers': 12 pt Noto Sans CJK, justified, a two-character indent, 1.5 line spacing,
 * headings as Heading 2, the running header a short name and `- N -` page numbers in the footer.
 * LibreOffice is no dependency of Gloss: when `soffice` is not installed (or GLOSS_SOFFICE does not
 * name it) the producer is skipped with a message saying so.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SourceParagraph } from './source-texts';

/** What a LibreOffice document is made from. */
export interface OfficeText {
  name: string;
  title: string;
  author: string;
  /** Running header text. */
  header: string;
  /** Issuing reference above the title and closing date, printed in the PDF only. */
  reference?: string;
  datePrinted?: string;
  /** YYYY-MM-DD, written as the document's creation date. */
  date?: string;
  paragraphs: SourceParagraph[];
}

/** The `soffice` to run, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  const command = process.env.GLOSS_SOFFICE || 'soffice';
  const probe = spawnSync(command, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  return probe.status === 0 && /LibreOffice/i.test(probe.stdout) ? command : null;
}

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
].join(' ');

const FONT = 'Noto Sans CJK SC';

function textProps(size: number, bold = false): string {
  const weight = bold ? ' fo:font-weight="bold" style:font-weight-asian="bold"' : '';
  return `<style:text-properties style:font-name="${FONT}" style:font-name-asian="${FONT}" fo:font-size="${size}pt" style:font-size-asian="${size}pt"${weight}/>`;
}

const STYLES = `<office:font-face-decls><style:font-face style:name="${FONT}" svg:font-family="'${FONT}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph">${textProps(12)}</style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:text-align="justify" fo:text-indent="24pt" fo:line-height="150%" fo:margin-top="0pt" fo:margin-bottom="0pt"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="18pt"/>${textProps(20, true)}</style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:margin-top="12pt" fo:margin-bottom="6pt"/>${textProps(14, true)}</style:style>
<style:style style:name="Reference" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="12pt"/></style:style>
<style:style style:name="Closing" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/>${textProps(9)}</style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/>${textProps(10.5)}</style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.6cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/><style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style></style:page-layout></office:automatic-styles>`;

/** A flat OpenDocument text of `text`; with `notice`, the reference and closing date are printed too. */
export function flatOdt(text: OfficeText, notice: boolean): string {
  const paragraphs = text.paragraphs.map((p) =>
    p.kind === 'heading'
      ? `<text:h text:style-name="Heading_20_2" text:outline-level="2">${xml(p.text)}</text:h>`
      : `<text:p text:style-name="Text_20_body">${xml(p.text)}</text:p>`,
  );
  const reference =
    notice && text.reference ? `<text:p text:style-name="Reference">${xml(text.reference)}</text:p>` : '';
  const closing =
    notice && text.datePrinted
      ? `<text:p text:style-name="Closing">${xml(text.author)}</text:p><text:p text:style-name="Closing">${xml(text.datePrinted)}</text:p>`
      : '';
  const created = text.date ? `<meta:creation-date>${text.date}T09:00:00</meta:creation-date>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${xml(text.title)}</dc:title><meta:initial-creator>${xml(text.author)}</meta:initial-creator><dc:creator>${xml(text.author)}</dc:creator>${created}</office:meta>
${STYLES}
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"><style:header><text:p text:style-name="Header">${xml(text.header)}</text:p></style:header><style:footer><text:p text:style-name="Footer">- <text:page-number text:select-page="current">1</text:page-number> -</text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>${reference}<text:p text:style-name="Title">${xml(text.title)}</text:p>
${paragraphs.join('\n')}
${closing}</office:text></office:body></office:document>`;
}

export type OfficeFormat = 'pdf' | 'docx' | 'epub';

const FILTERS: Record<OfficeFormat, string> = {
  pdf: 'pdf:writer_pdf_Export',
  docx: 'docx:MS Word 2007 XML',
  epub: 'epub:EPUB',
};

/**
 * Converts each text to `format` with one LibreOffice run; returns the bytes' paths in `outDir`
 * as `<name>.libreoffice.<format>`.
 */
export function convertWithLibreOffice(
  soffice: string,
  texts: OfficeText[],
  format: OfficeFormat,
  outDir: string,
  notice: boolean,
): string[] {
  const work = mkdtempSync(path.join(tmpdir(), 'gloss-libreoffice-'));
  try {
    const sources = texts.map((t) => {
      const file = path.join(work, `${t.name}.fodt`);
      writeFileSync(file, flatOdt(t, notice));
      return file;
    });
    const profile = `file://${path.join(work, 'profile')}`;
    const out = path.join(work, 'out');
    const run = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        FILTERS[format],
        '--outdir',
        out,
        ...sources,
      ],
      { encoding: 'utf8', timeout: 30 * 60_000 },
    );
    const made = new Set(existsSync(out) ? readdirSync(out) : []);
    return texts.map((t) => {
      const produced = `${t.name}.${format}`;
      if (!made.has(produced))
        throw new Error(`LibreOffice did not write ${produced}: ${run.stderr || run.stdout || run.error}`);
      const target = path.join(outDir, `${t.name}.libreoffice.${format}`);
      copyFileSync(path.join(out, produced), target);
      return target;
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
