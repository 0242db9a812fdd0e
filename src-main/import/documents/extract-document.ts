/**
 * The binary document formats' extractors behind one call, loaded on first use so a batch of
 * web pages never loads pdf.js or mammoth.
 */
import type { DocumentFormat } from '../../ipc/contract';
import type { ExtractedArticle } from '../types';

export function isDocumentFormat(format: string): format is DocumentFormat {
  return format === 'pdf' || format === 'docx' || format === 'doc' || format === 'epub' || format === 'odt';
}

export async function extractDocument(format: DocumentFormat, bytes: Uint8Array): Promise<ExtractedArticle> {
  switch (format) {
    case 'pdf':
      return (await import('../pdf/extract-pdf')).extractPdf(bytes);
    case 'docx':
      return (await import('./docx')).extractDocx(bytes);
    case 'doc':
      return (await import('./legacy-doc')).extractLegacyDoc(bytes);
    case 'epub':
      return (await import('./epub')).extractEpub(bytes);
    case 'odt':
      return (await import('./odt')).extractOdt(bytes);
  }
}
