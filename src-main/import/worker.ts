/**
 * Worker thread that reads and extracts files, so a large batch never blocks the main
 * process's event loop. Messages in: a WorkerRequest (a file to read, a file whose bytes the
 * main process read already, or kept bytes to extract again); out: { started: id } as it begins
 * a file (the main process times each file from there), then { id, result }.
 */
import { parentPort } from 'node:worker_threads';
import type { ImportResult } from '../ipc/contract';
import { runRequest, type WorkerRequest } from './worker-request';

export type { WorkerRequest };

export type WorkerMessage = { started: number } | { id: number; result: ImportResult };

/** One file at a time, so the file the main process is timing is the one being read. */
let queue: Promise<void> = Promise.resolve();

async function handle(request: WorkerRequest): Promise<void> {
  parentPort?.postMessage({ started: request.id } satisfies WorkerMessage);
  const result = await runRequest(request);
  const transfer = result.ok === true ? [result.article.bytes.buffer as ArrayBuffer] : [];
  parentPort?.postMessage({ id: request.id, result } satisfies WorkerMessage, transfer);
}

parentPort?.on('message', (request: WorkerRequest) => {
  queue = queue.then(() => handle(request));
});
