/**
 * Worker thread that reads and extracts files, so a large batch never blocks the main
 * process's event loop. Messages in: { id, path } (a file to read) or { id, bytes, fileName, encoding }
 * (kept bytes to extract again); out: { id, result }.
 */
import { parentPort } from 'node:worker_threads';
import { readAndImportUnlessKnown } from './read-file';
import { importBytes } from './import-file';

export type WorkerRequest =
  | { id: number; path: string }
  | { id: number; bytes: Uint8Array; fileName: string; encoding: string }
  /** The library's content hashes: files with these bytes are reported as known, not extracted. */
  | { knownHashes: string[] };

let known: ReadonlySet<string> | null = null;

parentPort?.on('message', async (request: WorkerRequest) => {
  if ('knownHashes' in request) {
    known = new Set(request.knownHashes);
    return;
  }
  const result =
    'path' in request
      ? await readAndImportUnlessKnown(request.path, { known })
      : // Kept bytes have no folder to read images from: the reader keeps the pictures it has.
        importBytes(request.bytes, request.fileName, { encoding: request.encoding });
  const transfer = result.ok === true ? [result.article.bytes.buffer as ArrayBuffer] : [];
  parentPort?.postMessage({ id: request.id, result }, transfer);
});
