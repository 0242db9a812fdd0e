/**
 * Builds the test documents the document evaluation scores: for every cleaned text of the cwced
 * corpus, a government-style PDF printed by Chromium, a report-style PDF written by PDFKit, a
 * DOCX written by the `docx` package, an EPUB written by Gloss's own EPUB writer, and, when
 * LibreOffice is installed, a PDF, DOCX and EPUB exported by LibreOffice; LibreOffice also makes
 * the unseen check's documents from laws of the lawrefbook sample. Writes the
 * files and documents.json (each document's producer, split, title, date and reference
 * paragraphs) to the output folder. The documents derive from the corpus, so they are made on
 * demand and never kept in the project.
 *
 *   node --import tsx tools/make-test-documents.ts OUT_DIR [CORPUS_DIR]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadSourceTexts, type SourceParagraph } from './documents/source-texts';
import { printGovernmentNotices } from './documents/chromium-pdf';
import { reportPdf } from './documents/pdfkit-pdf';
import { wordDocument } from './documents/docx-document';
import { chaptersOf, epubBook } from './documents/epub-book';
import {
  convertWithLibreOffice,
  findSoffice,
  type OfficeFormat,
  type OfficeText,
} from './documents/libreoffice';
import { DEFAULT_LAW_CORPUS, loadLawTexts } from './documents/law-texts';

export const DEFAULT_CORPUS = path.resolve(__dirname, '../../shared/corpora/cwced-dev');

export type Producer =
  | 'chromium-pdf'
  | 'pdfkit-pdf'
  | 'docx'
  | 'epub'
  | 'libreoffice-pdf'
  | 'libreoffice-docx'
  | 'libreoffice-epub';

/** How many laws the unseen check makes documents from. */
const UNSEEN_LAWS = 20;

export interface TestDocument {
  file: string;
  producer: Producer;
  format: 'pdf' | 'docx' | 'epub';
  id: string;
  /** `unseen`: made from texts of another corpus, never looked at while tuning. */
  split: 'tune' | 'held-out' | 'unseen';
  title: string;
  /** The closing date printed in the document, when the producer prints one. */
  date: string | null;
  paragraphs: SourceParagraph[];
}

export async function makeTestDocuments(outDir: string, corpusDir = DEFAULT_CORPUS): Promise<TestDocument[]> {
  mkdirSync(outDir, { recursive: true });
  const texts = loadSourceTexts(corpusDir);
  const documents: TestDocument[] = [];
  const write = (name: string, bytes: Uint8Array) => writeFileSync(path.join(outDir, name), bytes);
  const base = (t: (typeof texts)[number]) => ({ id: t.id, split: t.split, title: t.title });

  const notices = await printGovernmentNotices(texts);
  texts.forEach((t, i) => {
    const file = `${t.id}.chromium.pdf`;
    write(file, notices[i]);
    documents.push({
      ...base(t),
      file,
      producer: 'chromium-pdf',
      format: 'pdf',
      date: t.date,
      paragraphs: t.paragraphs,
    });
  });
  for (const t of texts) {
    const file = `${t.id}.pdfkit.pdf`;
    write(file, await reportPdf(t));
    documents.push({
      ...base(t),
      file,
      producer: 'pdfkit-pdf',
      format: 'pdf',
      date: null,
      paragraphs: t.paragraphs,
    });
    const docx = `${t.id}.docx`;
    write(docx, await wordDocument(t));
    documents.push({
      ...base(t),
      file: docx,
      producer: 'docx',
      format: 'docx',
      date: null,
      paragraphs: t.paragraphs,
    });
    const chapters = chaptersOf(t);
    const epub = `${t.id}.epub`;
    write(epub, epubBook(t, chapters));
    documents.push({
      ...base(t),
      file: epub,
      producer: 'epub',
      format: 'epub',
      date: t.date,
      paragraphs: chapters.flat(),
    });
  }
  documents.push(...libreOfficeDocuments(outDir, texts));
  writeFileSync(path.join(outDir, 'documents.json'), JSON.stringify(documents, null, 1));
  return documents;
}

const OFFICE_FORMATS: OfficeFormat[] = ['pdf', 'docx', 'epub'];

/** LibreOffice's PDF, DOCX and EPUB of the cwced texts and of the unseen laws; none without LibreOffice. */
function libreOfficeDocuments(outDir: string, texts: ReturnType<typeof loadSourceTexts>): TestDocument[] {
  const soffice = findSoffice();
  if (!soffice) {
    console.error(
      'LibreOffice (soffice) is not installed: the libreoffice-pdf, libreoffice-docx and libreoffice-epub documents are skipped.',
    );
    return [];
  }
  const fromCorpus: (OfficeText & { doc: Omit<TestDocument, 'file' | 'producer' | 'format'> })[] = texts.map(
    (t) => ({
      name: t.id,
      title: t.title,
      author: t.author,
      header: t.author,
      reference: t.reference,
      datePrinted: t.datePrinted,
      date: t.date,
      paragraphs: t.paragraphs,
      doc: { id: t.id, split: t.split, title: t.title, date: t.date, paragraphs: t.paragraphs },
    }),
  );
  const laws = loadLawTexts(process.env.GLOSS_LAW_CORPUS ?? DEFAULT_LAW_CORPUS, UNSEEN_LAWS).map((t) => ({
    name: t.id,
    title: t.title,
    author: '',
    header: t.title,
    paragraphs: t.paragraphs,
    doc: { id: t.id, split: 'unseen' as const, title: t.title, date: null, paragraphs: t.paragraphs },
  }));
  const all = [...fromCorpus, ...laws];
  const documents: TestDocument[] = [];
  for (const format of OFFICE_FORMATS) {
    // The PDF is printed as a notice (reference, closing date); DOCX and EPUB carry the text alone.
    const files = convertWithLibreOffice(soffice, all, format, outDir, format === 'pdf');
    all.forEach((t, i) =>
      documents.push({
        ...t.doc,
        date: format === 'pdf' ? t.doc.date : null,
        file: path.basename(files[i]),
        producer: `libreoffice-${format}`,
        format,
      }),
    );
  }
  return documents;
}

if (/make-test-documents\.ts$/.test(process.argv[1] ?? '')) {
  const [out, corpus] = process.argv.slice(2);
  if (!out) {
    console.error('usage: node --import tsx tools/make-test-documents.ts OUT_DIR [CORPUS_DIR]');
    process.exitCode = 2;
  } else {
    void makeTestDocuments(path.resolve(out), corpus ? path.resolve(corpus) : undefined).then((docs) =>
      console.log(`${docs.length} documents written to ${out}`),
    );
  }
}
