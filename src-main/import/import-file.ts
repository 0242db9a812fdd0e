/**
 * The import pipeline for one file: bytes + file name → ImportedArticle or a failure with a
 * sentence a person understands. Pure: used by the main process (in a worker thread), the
 * command-line tools and the unit tests alike.
 */
import type { ImportFailureKind, ImportResult, ImportedArticle } from '../ipc/contract';
import { closeLetterSpacing } from '../../src-shared/extraction/compact';
import { decodeBytes } from './decode';
import { detectFormat } from './detect-format';
import { extractHtml } from './extract-html';
import { extractMarkdown } from './extract-markdown';
import { extractPlainText } from './extract-text';
import { extractMhtml } from './mhtml';
import { type LocalImageReader, pageFolderImageLoader } from './page-folder-images';
import { contentHash } from './hash';
import { checkAndClean } from './text-quality';
import { MAX_IMPORT_BYTES } from './limits';
import { isDocumentFormat } from './documents/extract-document';
import { ImportRefusal, type ExtractedArticle, type DecodedText } from './types';

export { MAX_IMPORT_BYTES };

export interface ImportOptions {
  path?: string | null;
  modifiedAt?: string | null;
  /** Decode with this encoding instead of detecting one ("Reopen with encoding…"). */
  encoding?: string;
  /**
   * Reads images from an HTML file's own folder (the file was read from disk). Without it,
   * images that are not `data:` URLs stay placeholders. MHTML files never use it: their images
   * are inside them.
   */
  readLocalImage?: LocalImageReader;
  /** A binary document (PDF, DOCX, EPUB…) already extracted by importFileBytes. */
  document?: ExtractedArticle;
  /** The bytes' SHA-256 when the caller has it already. */
  contentHash?: string;
}

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '');
}

function titleFromFileName(fileName: string): string {
  return baseName(fileName).replace(/\.[^.]+$/, '');
}

export function importBytes(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportResult {
  const name = baseName(fileName);
  const fail = (reason: string, kind?: ImportFailureKind, detail?: string): ImportResult => ({
    ok: false,
    error: { fileName: name, path: options.path ?? null, reason, kind, detail },
  });
  try {
    if (bytes.length === 0) return fail('The file is empty.', 'empty');
    if (bytes.length > MAX_IMPORT_BYTES) {
      const mb = (bytes.length / 1024 / 1024).toFixed(0);
      return fail(
        `The file is ${mb} MB; Gloss imports articles up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
        'too-large',
        mb,
      );
    }
    const verdict = detectFormat(name, bytes);
    if ('unsupported' in verdict)
      return fail(`Gloss cannot read this file: ${verdict.unsupported}.`, verdict.kind, verdict.detail);
    const format = verdict.format;
    let decoded: DecodedText;
    let extracted: ExtractedArticle;
    if (isDocumentFormat(format)) {
      if (!options.document)
        return fail(
          `Gloss reads ${format.toUpperCase()} files through its document reader.`,
          'unreadable',
          format,
        );
      decoded = { text: '', encoding: 'binary', source: 'utf-8', replaced: 0 };
      extracted = options.document;
    } else if (format === 'mhtml') {
      const result = extractMhtml(bytes, { forcedEncoding: options.encoding, savedAt: options.modifiedAt });
      decoded = result.decoded;
      extracted = result.article;
    } else {
      decoded = decodeBytes(bytes, { forcedEncoding: options.encoding, html: format === 'html' });
      if (format === 'html') {
        const loadImage = options.readLocalImage ? pageFolderImageLoader(options.readLocalImage) : undefined;
        extracted = extractHtml(decoded.text, { fileName: name, loadImage, savedAt: options.modifiedAt });
      } else if (format === 'markdown') extracted = extractMarkdown(decoded.text, titleFromFileName(name));
      else extracted = extractPlainText(decoded.text, { fileName: name });
    }
    checkAndClean(extracted, decoded.encoding, options.encoding !== undefined);
    if (extracted.blocks.every((b) => b.text.trim() === ''))
      return fail('No readable text was found in the file.', 'no-text');
    const article: ImportedArticle = {
      title: closeLetterSpacing(extracted.title.trim()) || titleFromFileName(name),
      byline: extracted.byline,
      publishedAt: extracted.publishedAt,
      siteName: extracted.siteName,
      sourceUrl: extracted.sourceUrl ?? null,
      unsure: extracted.unsure ?? [],
      format,
      encoding: decoded.encoding,
      encodingSource: decoded.source,
      replacedSequences: decoded.replaced,
      blocks: extracted.blocks,
      removed: extracted.removed,
      images: extracted.images,
      source: {
        fileName: name,
        path: options.path ?? null,
        byteLength: bytes.length,
        modifiedAt: options.modifiedAt ?? null,
      },
      contentHash: options.contentHash ?? contentHash(bytes),
      bytes,
    };
    return { ok: true, article };
  } catch (error) {
    if (error instanceof ImportRefusal) return fail(error.message, error.kind, error.detail);
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      return fail('The page is nested too deeply to read.', 'too-nested');
    }
    const message = error instanceof Error ? error.message : String(error);
    return fail(`Gloss could not read this file (${message}).`, 'unreadable', message);
  }
}
