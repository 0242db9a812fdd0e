/**
 * Runs import batches: collects the files, hands them one by one to the import worker thread,
 * reports progress, and stops on Cancel keeping what finished. The main process's event loop
 * only passes messages, so the window stays responsive during a thousand-file import.
 */
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportBatch, ImportProgress, ImportResult, ImportResultsChunk } from '../ipc/contract';
import { collectImportPaths } from '../import/collect-paths';
import type { WorkerRequest } from '../import/worker';

export interface ImportServiceOptions {
  /** Path of the built worker script; null runs imports on the calling thread (tests). */
  workerPath: string | null;
  onProgress(progress: ImportProgress): void;
  /** Results, a few files at a time, in file order. */
  onResults(chunk: ImportResultsChunk): void;
}

/**
 * A chunk is sent when it has this many results, this many bytes of files, or is this old,
 * whichever comes first. The first result goes alone, so the window starts saving at once.
 */
const CHUNK_FILES = 16;
const CHUNK_BYTES = 512 * 1024;
const CHUNK_MS = 150;

type Pending = { path: string; resolve(result: ImportResult): void };

/**
 * Files handed to each worker ahead of the one it is on: enough that it never waits while the
 * main thread sends a chunk to the window, few enough that Cancel takes effect soon.
 */
const QUEUED_PER_WORKER = 8;

export class ImportService {
  private slots: WorkerSlot[] = [];
  /** Extraction is CPU-bound: one worker per core beyond the one the window needs, at least one. */
  private readonly poolSize = Math.max(1, Math.min(4, availableParallelism() - 1));
  private nextId = 1;
  private cancelled = new Set<string>();

  constructor(private readonly options: ImportServiceOptions) {}

  async run(paths: readonly string[]): Promise<ImportBatch> {
    const batchId = randomUUID();
    const { files, failures } = await collectImportPaths(paths);
    let pending: ImportResult[] = failures.map((error) => ({ ok: false, error }));
    let pendingBytes = 0;
    let chunks = 0;
    let lastFlush = Date.now();
    const flush = () => {
      if (pending.length === 0) return;
      this.options.onResults({ batchId, results: pending });
      chunks++;
      pending = [];
      pendingBytes = 0;
      lastFlush = Date.now();
    };
    let lastReport = 0;
    let done = 0;
    // Files in flight keep the workers busy while the main thread passes messages.
    const inFlight: Promise<ImportResult>[] = [];
    const maxInFlight = this.poolSize * QUEUED_PER_WORKER;
    for (let i = 0; i < files.length || inFlight.length > 0;) {
      while (i < files.length && inFlight.length < maxInFlight && !this.cancelled.has(batchId)) {
        inFlight.push(this.importOne(files[i++]));
      }
      if (inFlight.length === 0) break;
      const result = await inFlight.shift()!;
      pending.push(result);
      if (result.ok) pendingBytes += result.article.bytes.byteLength;
      done++;
      const full =
        chunks === 0 ||
        pending.length >= CHUNK_FILES ||
        pendingBytes >= CHUNK_BYTES ||
        Date.now() - lastFlush > CHUNK_MS;
      if (full) flush();
      const now = Date.now();
      if (now - lastReport > 50) {
        lastReport = now;
        this.options.onProgress({ batchId, done, total: files.length, currentFile: files[done] ?? '' });
      }
      // Results that are already in would otherwise be taken one after another in microtasks,
      // sending chunk after chunk with no turn of the event loop in between.
      if (full) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    flush();
    const cancelled = this.cancelled.delete(batchId);
    this.options.onProgress({ batchId, done: files.length, total: files.length, currentFile: '' });
    return { batchId, chunks, total: done + failures.length, cancelled };
  }

  cancel(batchId: string): void {
    this.cancelled.add(batchId);
  }

  /** Starts the worker ahead of the first import, so that import does not wait for it. */
  warmUp(): void {
    if (this.options.workerPath) this.nextSlot(this.options.workerPath);
  }

  dispose(): void {
    for (const slot of this.slots) void slot.worker.terminate();
    this.slots = [];
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
      const [{ readAndImport }, { importBytes }] = await Promise.all([
        import('../import/read-file'),
        import('../import/import-file'),
      ]);
      return 'path' in request
        ? readAndImport(request.path)
        : importBytes(request.bytes, request.fileName, { encoding: request.encoding });
    }
    const slot = this.nextSlot(this.options.workerPath);
    return new Promise((resolve) => {
      slot.pending.set(request.id, { path, resolve });
      slot.worker.postMessage(request);
    });
  }

  /** The worker with the fewest files in hand, started on first use. */
  private nextSlot(workerPath: string): WorkerSlot {
    while (this.slots.length < this.poolSize) this.slots.push(this.startWorker(workerPath));
    return this.slots.reduce((best, slot) => (slot.pending.size < best.pending.size ? slot : best));
  }

  private startWorker(workerPath: string): WorkerSlot {
    const worker = new Worker(workerPath);
    const slot: WorkerSlot = { worker, pending: new Map() };
    worker.on('message', (message: { id: number; result: ImportResult }) => {
      const pending = slot.pending.get(message.id);
      slot.pending.delete(message.id);
      pending?.resolve(message.result);
    });
    const failAll = (reason: string) => {
      for (const pending of slot.pending.values()) {
        pending.resolve({
          ok: false,
          error: { fileName: basename(pending.path), path: pending.path, reason, kind: 'importer-stopped' },
        });
      }
      slot.pending.clear();
      this.slots = this.slots.filter((other) => other !== slot);
    };
    worker.on('error', (error) => failAll(`The importer stopped unexpectedly (${error.message}).`));
    worker.on('exit', () => failAll('The importer stopped unexpectedly.'));
    worker.unref();
    return slot;
  }
}

interface WorkerSlot {
  worker: Worker;
  pending: Map<number, Pending>;
}
