/**
 * The asynchronous front of the import pipeline: binary documents (PDF, DOCX, EPUB, ODT,
 * legacy Word), recognised by their bytes, are extracted by their own readers first; every
 * file then goes through importBytes, which assembles the article (or the failure) the same
 * way for all formats.
 */
import type { ImportFailureKind, ImportResult } from '../ipc/contract';
import { detectFormat } from './detect-format';
import { extractDocument, isDocumentFormat } from './documents/extract-document';
import { importBytes, MAX_IMPORT_BYTES, type ImportOptions } from './import-file';
import { ImportRefusal } from './types';

export async function importFileBytes(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const name = fileName.replace(/^.*[\\/]/, '');
  const verdict = bytes.length > 0 && bytes.length <= MAX_IMPORT_BYTES ? detectFormat(name, bytes) : null;
  if (!verdict || !('format' in verdict) || !isDocumentFormat(verdict.format))
    return importBytes(bytes, fileName, options);
  try {
    const document = await extractDocument(verdict.format, bytes);
    return importBytes(bytes, fileName, { ...options, document });
  } catch (error) {
    const fail = (reason: string, kind: ImportFailureKind, detail?: string): ImportResult => ({
      ok: false,
      error: { fileName: name, path: options.path ?? null, reason, kind, detail },
    });
    if (error instanceof ImportRefusal) return fail(error.message, error.kind ?? 'unreadable', error.detail);
    const message = error instanceof Error ? error.message : String(error);
    return fail(
      `Gloss could not read this ${verdict.format.toUpperCase()} file (${message}).`,
      'unreadable',
      message,
    );
  }
}
