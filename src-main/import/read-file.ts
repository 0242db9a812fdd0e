/**
 * Reads one file from disk and runs it through the import pipeline, turning file-system errors
 * into sentences a person understands. Shared by the import worker and the command-line tools,
 * so both take exactly the app's path.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportResult } from '../ipc/contract';
import { importBytes, MAX_IMPORT_BYTES } from './import-file';

export function describeFsError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'The file is no longer there (moved or deleted before Gloss could read it).';
    case 'EACCES':
    case 'EPERM':
      return 'Gloss is not allowed to read this file (permission denied).';
    case 'EISDIR':
      return 'This is a folder, not a file; use Import Folder to import the files inside it.';
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many files are open at once; try the import again.';
    case 'EIO':
      return 'The disk reported an error while reading this file.';
    default:
      return `Gloss could not read this file (${error instanceof Error ? error.message : String(error)}).`;
  }
}

export async function readAndImport(path: string, options: { encoding?: string } = {}): Promise<ImportResult> {
  const fileName = basename(path);
  const fail = (reason: string): ImportResult => ({ ok: false, error: { fileName, path, reason } });
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail(describeFsError({ code: 'EISDIR' }));
    if (!info.isFile()) return fail('This is not a regular file.');
    if (info.size > MAX_IMPORT_BYTES) {
      const mb = Math.round(info.size / 1024 / 1024);
      return fail(`The file is ${mb} MB; Gloss imports articles up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
    }
    const bytes = new Uint8Array(await readFile(path));
    return importBytes(bytes, fileName, { path, modifiedAt: info.mtime.toISOString(), encoding: options.encoding });
  } catch (error) {
    return fail(describeFsError(error));
  }
}
