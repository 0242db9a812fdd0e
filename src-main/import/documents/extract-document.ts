/**
 * The binary document formats' extractors behind one call. pdf.js itself is loaded on the first
 * PDF (see load-pdf.ts), so a batch of web pages never loads it.
 */
import type { DocumentFormat } from '../../ipc/contract';
import type { ExtractedArticle } from '../types';
import { isDocumentFormat } from '../../../src-shared/articles/document-formats';
import { extractPdf } from '../pdf/extract-pdf';
import { extractDocx } from './docx';
import { extractLegacyDoc } from './legacy-doc';
import { extractEpub } from './epub';
import { extractOdt } from './odt';

export { isDocumentFormat };

export async function extractDocument(format: DocumentFormat, bytes: Uint8Array): Promise<ExtractedArticle> {
  switch (format) {
    case 'pdf':
      return extractPdf(bytes);
    case 'docx':
      return extractDocx(bytes);
    case 'doc':
      return extractLegacyDoc(bytes);
    case 'epub':
      return extractEpub(bytes);
    case 'odt':
      return extractOdt(bytes);
  }
}
