/**
 * Worker thread that reads and extracts files, so a large batch never blocks the main
 * process's event loop. Messages in: { id, path } (a file to read) or { id, bytes, fileName, encoding }
 * (kept bytes to extract again); out: { started: id } as it begins a file (the main process
 * times each file from there), then { id, result }.
 */
import { parentPort } from 'node:worker_threads';
import type { BatchResult } from '../ipc/contract';
import { readAndImportUnlessKnown } from './read-file';
import { importFileBytes } from './import-document';

export type WorkerRequest =
  | { id: number; path: string }
  | { id: number; bytes: Uint8Array; fileName: string; encoding: string }
  /** The library's content hashes: files with these bytes are reported as known, not extracted. */
  | { knownHashes: string[] };

let known: ReadonlySet<string> | null = null;

export type WorkerMessage = { started: number } | { id: number; result: BatchResult };

/** One file at a time, so the file the main process is timing is the one being read. */
let queue: Promise<void> = Promise.resolve();

/** A file to read, or kept bytes to extract again. */
export type FileRequest = Exclude<WorkerRequest, { knownHashes: string[] }>;

async function handle(request: FileRequest): Promise<void> {
  parentPort?.postMessage({ started: request.id } satisfies WorkerMessage);
  const result =
    'path' in request
      ? await readAndImportUnlessKnown(request.path, { known })
      : // Kept bytes have no folder to read images from: the reader keeps the pictures it has.
        await importFileBytes(request.bytes, request.fileName, { encoding: request.encoding });
  const transfer = result.ok === true ? [result.article.bytes.buffer as ArrayBuffer] : [];
  parentPort?.postMessage({ id: request.id, result } satisfies WorkerMessage, transfer);
}

parentPort?.on('message', (request: WorkerRequest) => {
  // The library's hashes apply to the files sent after them (messages arrive in order).
  if ('knownHashes' in request) known = new Set(request.knownHashes);
  else queue = queue.then(() => handle(request));
});
