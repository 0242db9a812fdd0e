/**
 * The binary document formats' extractors behind one call, loaded on first use so a batch of
 * web pages never loads pdf.js or mammoth.
 */
import type { DocumentFormat } from '../../ipc/contract';
import type { ExtractedArticle } from '../types';
import { isDocumentFormat } from '../../../src-shared/articles/document-formats';

export { isDocumentFormat };

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
