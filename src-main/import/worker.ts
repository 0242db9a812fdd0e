/**
 * Worker thread that reads and extracts files, so a large batch never blocks the main
 * process's event loop. Messages in: a WorkerRequest (a file to read, a file whose bytes the
 * main process read already, or kept bytes to extract again); out: { started: id } as it begins
 * a file (the main process times each file from there), then { id, result }. { warm: 'pdf' }
 * loads pdf.js, the largest extractor, in the queue's turn and with no file's budget running, so
 * the first PDF of a batch does not wait for it.
 */
import { parentPort } from 'node:worker_threads';
import type { ImportResult } from '../ipc/contract';
import { runRequest, type WorkerRequest } from './worker-request';
import { loadPdfJs } from './pdf/load-pdf';

export type { WorkerRequest };

/** Work ahead of any file: pdf.js loaded while the app is idle. */
export interface WarmRequest {
  warm: 'pdf';
}

export type WorkerMessage = { started: number } | { id: number; result: ImportResult };

/** One file at a time, so the file the main process is timing is the one being read. */
let queue: Promise<void> = Promise.resolve();

async function handle(request: WorkerRequest): Promise<void> {
  parentPort?.postMessage({ started: request.id } satisfies WorkerMessage);
  const result = await runRequest(request);
  const transfer = result.ok === true ? [result.article.bytes.buffer as ArrayBuffer] : [];
  parentPort?.postMessage({ id: request.id, result } satisfies WorkerMessage, transfer);
}

parentPort?.on('message', (request: WorkerRequest | WarmRequest) => {
  // A failed load is met again, and reported, by the first PDF that needs pdf.js.
  if ('warm' in request)
    queue = queue.then(() =>
      loadPdfJs().then(
        () => undefined,
        () => undefined,
      ),
    );
  else queue = queue.then(() => handle(request));
});
