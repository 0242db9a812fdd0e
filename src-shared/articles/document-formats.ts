/** Formats read from their binary structure (PDF, Word, EPUB, ODT): no text encoding to choose. */
export type DocumentFormat = 'pdf' | 'docx' | 'doc' | 'epub' | 'odt';

const DOCUMENT_FORMATS: ReadonlySet<string> = new Set<DocumentFormat>(['pdf', 'docx', 'doc', 'epub', 'odt']);

export function isDocumentFormat(format: string): format is DocumentFormat {
  return DOCUMENT_FORMATS.has(format);
}
