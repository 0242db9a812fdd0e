/**
 * What an import worker is asked to do, and doing it: read a file and import it; import a file
 * whose bytes the main process already read (and hashed) while checking them against the
 * library; or extract kept bytes again with a chosen encoding. Shared by the worker thread and
 * the import service's no-worker mode (tests), so both take exactly the same path.
 */
import type { ImportResult } from '../ipc/contract';
import { importFileBytes } from './import-document';
import { importReadFile, readAndImport } from './read-file';

/** A file read whole by the main process: its bytes, their SHA-256 and the file's modification time. */
export interface ReadFile {
  bytes: Uint8Array;
  contentHash: string;
  modifiedAt: string;
}

export type WorkerRequest =
  | { id: number; path: string; read?: ReadFile }
  | { id: number; bytes: Uint8Array; fileName: string; encoding: string };

export function runRequest(request: WorkerRequest): Promise<ImportResult> {
  if ('path' in request)
    return request.read ? importReadFile(request.path, request.read) : readAndImport(request.path);
  // Kept bytes have no folder to read images from: the reader keeps the pictures it has.
  return importFileBytes(request.bytes, request.fileName, { encoding: request.encoding });
}
