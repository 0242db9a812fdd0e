/**
 * Worker thread that reads and extracts files, so a large batch never blocks the main
 * process's event loop. Messages in: { id, path }; out: { id, result }.
 */
import { parentPort } from 'node:worker_threads';
import { readAndImport } from './read-file';

export interface WorkerRequest {
  id: number;
  path: string;
}

parentPort?.on('message', async (request: WorkerRequest) => {
  const result = await readAndImport(request.path);
  const transfer = result.ok ? [result.article.bytes.buffer as ArrayBuffer] : [];
  parentPort?.postMessage({ id: request.id, result }, transfer);
});
