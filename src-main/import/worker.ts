/**
 * Worker thread that reads and extracts files, so a large batch never blocks the main
 * process's event loop. Messages in: { id, path } (a file to read) or { id, bytes, fileName, encoding }
 * (kept bytes to extract again); out: { id, result }.
 */
import { parentPort } from 'node:worker_threads';
import { readAndImport } from './read-file';
import { importBytes } from './import-file';
import { pageFolderImageReader } from './read-page-folder-image';

export type WorkerRequest =
  | { id: number; path: string }
  | {
      id: number;
      bytes: Uint8Array;
      fileName: string;
      encoding: string;
      /** Where the kept bytes were read from, if known: an HTML file's images are read from its folder again. */
      sourcePath?: string | null;
    };

parentPort?.on('message', async (request: WorkerRequest) => {
  const result =
    'path' in request
      ? await readAndImport(request.path)
      : importBytes(request.bytes, request.fileName, {
          encoding: request.encoding,
          readLocalImage: request.sourcePath ? pageFolderImageReader(request.sourcePath) : undefined,
        });
  const transfer = result.ok ? [result.article.bytes.buffer as ArrayBuffer] : [];
  parentPort?.postMessage({ id: request.id, result }, transfer);
});
