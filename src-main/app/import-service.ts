/**
 * Runs import batches: collects the files, hands them one by one to the import worker thread,
 * reports progress, and stops on Cancel keeping what finished. The main process's event loop
 * only passes messages, so the window stays responsive during a thousand-file import.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportBatch, ImportProgress, ImportResult } from '../ipc/contract';
import { collectImportPaths } from '../import/collect-paths';
import type { WorkerRequest } from '../import/worker';

export interface ImportServiceOptions {
  /** Path of the built worker script; null runs imports on the calling thread (tests). */
  workerPath: string | null;
  onProgress(progress: ImportProgress): void;
}

type Pending = { path: string; resolve(result: ImportResult): void };

const IN_FLIGHT = 4;

export class ImportService {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private cancelled = new Set<string>();

  constructor(private readonly options: ImportServiceOptions) {}

  async run(paths: readonly string[]): Promise<ImportBatch> {
    const batchId = randomUUID();
    const { files, failures } = await collectImportPaths(paths);
    const results: ImportResult[] = failures.map((error) => ({ ok: false, error }));
    let lastReport = 0;
    let done = 0;
    // A few files in flight keep the worker busy while the main thread passes messages.
    const inFlight: Promise<ImportResult>[] = [];
    for (let i = 0; i < files.length || inFlight.length > 0; ) {
      while (i < files.length && inFlight.length < IN_FLIGHT && !this.cancelled.has(batchId)) {
        inFlight.push(this.importOne(files[i++]));
      }
      if (inFlight.length === 0) break;
      results.push(await inFlight.shift()!);
      done++;
      const now = Date.now();
      if (now - lastReport > 50) {
        lastReport = now;
        this.options.onProgress({ batchId, done, total: files.length, currentFile: files[done] ?? '' });
      }
    }
    const cancelled = this.cancelled.delete(batchId);
    this.options.onProgress({ batchId, done: files.length, total: files.length, currentFile: '' });
    return { batchId, results, cancelled };
  }

  cancel(batchId: string): void {
    this.cancelled.add(batchId);
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = null;
  }

  /** Extracts kept bytes again with a chosen encoding ("Reopen with encoding…"), off the main thread. */
  reextract(bytes: Uint8Array, fileName: string, encoding: string): Promise<ImportResult> {
    return this.send({ id: this.nextId++, bytes, fileName, encoding }, fileName);
  }

  private importOne(path: string): Promise<ImportResult> {
    return this.send({ id: this.nextId++, path }, path);
  }

  private async send(request: WorkerRequest, path: string): Promise<ImportResult> {
    if (!this.options.workerPath) {
      // Without a worker (unit tests), run the same code on this thread, loaded on first use.
      const [{ readAndImport }, { importBytes }] = await Promise.all([import('../import/read-file'), import('../import/import-file')]);
      return 'path' in request ? readAndImport(request.path) : importBytes(request.bytes, request.fileName, { encoding: request.encoding });
    }
    const worker = this.ensureWorker(this.options.workerPath);
    return new Promise((resolve) => {
      this.pending.set(request.id, { path, resolve });
      worker.postMessage(request);
    });
  }

  private ensureWorker(workerPath: string): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(workerPath);
    worker.on('message', (message: { id: number; result: ImportResult }) => {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      pending?.resolve(message.result);
    });
    const failAll = (reason: string) => {
      for (const [id, pending] of this.pending) {
        pending.resolve({ ok: false, error: { fileName: basename(pending.path), path: pending.path, reason } });
        this.pending.delete(id);
      }
      this.worker = null;
    };
    worker.on('error', (error) => failAll(`The importer stopped unexpectedly (${error.message}).`));
    worker.on('exit', () => failAll('The importer stopped unexpectedly.'));
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
