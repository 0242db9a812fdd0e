/**
 * Reads one file from disk and runs it through the import pipeline, turning file-system errors
 * into sentences a person understands. An HTML file's images are read from its own folder.
 * Shared by the import worker and the command-line tools, so both take exactly the app's path.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportFailureKind, ImportResult } from '../ipc/contract';
import { MAX_IMPORT_BYTES } from './import-file';
import { importFileBytes } from './import-document';
import { describeFsError, fsFailure } from './fs-errors';
import { pageFolderImageReader } from './read-page-folder-image';
import type { ReadFile } from './worker-request';

export { describeFsError };

export async function readAndImport(
  path: string,
  options: { encoding?: string } = {},
): Promise<ImportResult> {
  const fileName = basename(path);
  const fail = (reason: string, kind?: ImportFailureKind, detail?: string): ImportResult => ({
    ok: false,
    error: { fileName, path, reason, kind, detail },
  });
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail(describeFsError({ code: 'EISDIR' }), 'is-folder');
    if (!info.isFile()) return fail('This is not a regular file.', 'not-a-file');
    if (info.size > MAX_IMPORT_BYTES) {
      const mb = Math.round(info.size / 1024 / 1024);
      return fail(
        `The file is ${mb} MB; Gloss imports articles up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
        'too-large',
        String(mb),
      );
    }
    const bytes = new Uint8Array(await readFile(path));
    return await importFileBytes(bytes, fileName, {
      path,
      modifiedAt: info.mtime.toISOString(),
      encoding: options.encoding,
      readLocalImage: pageFolderImageReader(path),
    });
  } catch (error) {
    return { ok: false, error: { fileName, path, ...fsFailure(error) } };
  }
}

/**
 * A file the main process already read whole (and hashed) to check it against the library: the
 * same import as readAndImport, without reading the file a second time.
 */
export async function importReadFile(path: string, read: ReadFile): Promise<ImportResult> {
  const fileName = basename(path);
  try {
    return await importFileBytes(read.bytes, fileName, {
      path,
      modifiedAt: read.modifiedAt,
      contentHash: read.contentHash,
      readLocalImage: pageFolderImageReader(path),
    });
  } catch (error) {
    return { ok: false, error: { fileName, path, ...fsFailure(error) } };
  }
}
