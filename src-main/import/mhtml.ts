/**
 * MHTML (a page saved by a browser as one MIME file) → article. First cut: refused.
 */
import type { DecodedText, ExtractedArticle } from './types';
import { ImportRefusal } from './types';

export function extractMhtml(_bytes: Uint8Array, _options: { forcedEncoding?: string }): { decoded: DecodedText; article: ExtractedArticle } {
  throw new ImportRefusal('MHTML pages are not supported yet.');
}
