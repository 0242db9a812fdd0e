/**
 * Worker thread that reads and extracts files, so a large batch never blocks the main
 * process's event loop. Messages in: { id, path } (a file to read) or { id, bytes, fileName, encoding }
 * (kept bytes to extract again); out: { id, result }.
 */
import { parentPort } from 'node:worker_threads';
import { readAndImport } from './read-file';
import { importFileBytes } from './import-document';

export type WorkerRequest =
  { id: number; path: string } | { id: number; bytes: Uint8Array; fileName: string; encoding: string };

parentPort?.on('message', async (request: WorkerRequest) => {
  const result =
    'path' in request
      ? await readAndImport(request.path)
      : // Kept bytes have no folder to read images from: the reader keeps the pictures it has.
        await importFileBytes(request.bytes, request.fileName, { encoding: request.encoding });
  const transfer = result.ok ? [result.article.bytes.buffer as ArrayBuffer] : [];
  parentPort?.postMessage({ id: request.id, result }, transfer);
});
