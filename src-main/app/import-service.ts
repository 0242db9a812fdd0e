/**
 * Runs import batches: collects the files, recognizes the ones already in the library by their
 * bytes' hash, hands the others one by one to the import worker thread (with the bytes read for
 * that check), reports progress, and stops on Cancel keeping what finished. The main process's
 * event loop only passes messages, so the window stays responsive during a thousand-file import.
 * A batch that ends within a moment costs the window one message: its answer carries the results
 * and no progress was sent.
 */
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type {
  BatchResult,
  ImportBatch,
  ImportProgress,
  ImportResult,
  ImportResultsChunk,
} from '../ipc/contract';
import { collectImportPaths, type StatOf } from '../import/collect-paths';
import type { WorkerRequest } from '../import/worker-request';
import { AfterWrites } from '../../src-shared/async/after-writes';
import { BatchProgress, type BatchProgressTiming } from './batch-progress';
import type { ImportJournal } from './import-journal';
import { markImportStage } from './import-stages';
import { FileCheckPool } from './file-check-pool';
import type { HashFacts } from './file-facts';
import { KnownHashes, type FileCheck } from './known-files';
import { budgetFromEnv, CANCELLED, WorkerPool, type ImportBudget, type PoolResult } from './worker-pool';

export interface ImportServiceOptions {
  /** Path of the built worker script; null runs imports on the calling thread (tests). */
  workerPath: string | null;
  /** Path of the built file-check worker script; null checks files on the calling thread (tests). */
  checkWorkerPath?: string | null;
  /** Time and memory one file may take in a worker (default: 10 s, 512 MB, or the environment's). */
  budget?: ImportBudget;
  onProgress(progress: ImportProgress): void;
  /** Results, a few files at a time, in file order. */
  onResults(chunk: ImportResultsChunk): void;
  /** Notes each batch's chosen paths on disk until the window has saved it (import-journal.ts). */
  journal?: ImportJournal;
  /** When progress is reported (default PROGRESS_TIMING; tests report every step). */
  progressTiming?: BatchProgressTiming;
  /**
   * The window reports the chunks it saved (chunksSaved), and a batch sends at most
   * CHUNKS_AHEAD chunks ahead of them. Off for callers that save nothing (tools, tests).
   */
  flowControl?: boolean;
  /** How long a batch waits for a report of saved chunks before it sends one more (default 2 s). */
  savedWaitMs?: number;
}

/**
 * A chunk is sent when it has this many extracted articles, this many bytes of files, or is
 * this old, whichever comes first. The first article goes alone, so the window starts saving at
 * once. Files already in the library and failures are a few hundred bytes each: they count
 * toward the bytes alone, so a re-import of known files goes in one or two chunks.
 */
const CHUNK_FILES = 16;
const CHUNK_BYTES = 512 * 1024;
const CHUNK_MS = 150;
const LIGHT_RESULT_BYTES = 256;

/**
 * Files handed to each worker ahead of the one it is on: enough that it never waits while the
 * main thread sends a chunk to the window, few enough that Cancel takes effect soon.
 */
const QUEUED_PER_WORKER = 8;

/**
 * Chunks sent ahead of what the window reports saved. Extraction outruns saving on a large
 * folder of small files: without a limit, every result was sent at once and waited in the
 * window's memory, its messages kept the window from painting, and Cancel came too late to
 * spare any of them. A lost report costs at most this wait per chunk, never a stuck import.
 */
const CHUNKS_AHEAD = 4;
const SAVED_WAIT_MS = 2000;

export class ImportService {
  /** Extraction is CPU-bound: one worker per core beyond the one the window needs, at least one. */
  private readonly poolSize = Math.max(1, Math.min(4, availableParallelism() - 1));
  private readonly pool: WorkerPool | null;
  private nextId = 1;
  private cancelled = new Set<string>();
  /** State and hash files off the main thread. */
  private readonly checks: FileCheckPool;
  private readonly known: KnownHashes;
  /** Running batches: files found and files finished. */
  private running = new Map<string, { total: number; done: number }>();
  /** Running batches: chunks the window has saved, and who waits for that number to grow. */
  private saved = new Map<string, { chunks: number; wake: (() => void) | null }>();

  constructor(private readonly options: ImportServiceOptions) {
    this.checks = new FileCheckPool(options.checkWorkerPath ?? null);
    this.known = new KnownHashes(this.checks);
    this.pool = options.workerPath
      ? new WorkerPool(options.workerPath, this.poolSize, options.budget ?? budgetFromEnv())
      : null;
  }

  async run(paths: readonly string[]): Promise<ImportBatch> {
    const batchId = randomUUID();
    const { journal } = this.options;
    // Written while the files are stated and hashed, and on disk before the window is sent any
    // article to save or any progress, so a batch cut short by a crash can be resumed. Results
    // with nothing to save (files already in the library, failures) do not wait for the disk.
    const journaled = new AfterWrites();
    if (journal) {
      const begun = journal.begin(batchId, paths);
      journaled.chain(() => begun);
    }
    try {
      return await this.runBatch(batchId, paths, journaled);
    } catch (error) {
      await journaled.done().catch(() => undefined);
      await journal?.end(batchId);
      throw error;
    }
  }

  private async runBatch(
    batchId: string,
    paths: readonly string[],
    journaled: AfterWrites,
  ): Promise<ImportBatch> {
    const { onProgress } = this.options;
    // The window learns the batch within a moment, so Cancel works while the folders are walked.
    // Progress is held while the journal is written; a report still held at the end is dropped.
    const report = (latest: ImportProgress) => journaled.send(() => onProgress(latest), { stale: true });
    const progress = new BatchProgress(
      report,
      { batchId, done: 0, total: 0, currentFile: '' },
      this.options.progressTiming,
    );
    // With hashes to check against, picked files are hashed in the same visit as their stat, while
    // the check threads' caps on bytes held allow; the rest are only stated, and hashed in turn.
    const hashedEarly = new Map<string, HashFacts>();
    let over = false;
    const statOf: StatOf = (path) =>
      this.known.size > 0
        ? this.checks.statAndHash(path).then(({ stat, hash }) => {
            if (over) hash?.release?.();
            else if (hash !== undefined) {
              // A path picked twice: the first answer's bytes go back to the cap (release is once-only).
              hashedEarly.get(path)?.release?.();
              hashedEarly.set(path, hash);
            }
            return stat;
          })
        : this.checks.stat(path);
    try {
      return await this.importFiles(batchId, paths, journaled, progress, statOf, hashedEarly);
    } finally {
      // A batch that threw leaves nothing behind either.
      this.running.delete(batchId);
      this.saved.delete(batchId);
      // Bytes of files the batch never reached (it was cancelled) go back to the check threads' caps.
      over = true;
      for (const facts of hashedEarly.values()) facts?.release?.();
    }
  }

  private async importFiles(
    batchId: string,
    paths: readonly string[],
    journaled: AfterWrites,
    progress: BatchProgress,
    statOf: StatOf,
    hashedEarly: Map<string, HashFacts>,
  ): Promise<ImportBatch> {
    const { journal, onResults } = this.options;
    const { files, failures, sizes } = await collectImportPaths(
      paths,
      () => this.cancelled.has(batchId),
      statOf,
    );
    markImportStage('collected');
    if (journal) journaled.chain(() => journal.counted(batchId, files.length));
    // Files that failed while the folders were walked count in the batch's total, as done: the
    // window's count of settled results (they are among them) then never runs past the total.
    const walkFailed = failures.length;
    const total = walkFailed + files.length;
    progress.update({ batchId, done: walkFailed, total, currentFile: files[0] ?? '' });
    const tally = { total: files.length, done: 0 };
    this.running.set(batchId, tally);
    this.saved.set(batchId, { chunks: 0, wake: null });
    let pending: BatchResult[] = failures.map((error) => ({ ok: false, error }));
    let pendingArticles = 0;
    let pendingBytes = 0;
    let chunks = 0;
    let lastFlush = Date.now();
    const flush = () => {
      if (pending.length === 0) return;
      const chunk = { batchId, results: pending };
      journaled.send(() => onResults(chunk), { now: pendingArticles === 0 });
      chunks++;
      pending = [];
      pendingArticles = 0;
      pendingBytes = 0;
      lastFlush = Date.now();
    };
    let done = 0;
    // Files in flight keep the workers busy while the main thread passes messages.
    const inFlight: Promise<PoolResult>[] = [];
    const maxInFlight = this.poolSize * QUEUED_PER_WORKER;
    const knownCheck = this.known.checker(files, sizes, hashedEarly);
    for (let i = 0; i < files.length || inFlight.length > 0;) {
      while (i < files.length && inFlight.length < maxInFlight && !this.cancelled.has(batchId)) {
        inFlight.push(this.importOne(files[i], knownCheck(i++), batchId));
      }
      if (inFlight.length === 0) break;
      const result = await inFlight.shift()!;
      if (result === CANCELLED) continue;
      pending.push(result);
      if (result.ok === true) {
        pendingArticles++;
        pendingBytes += result.article.bytes.byteLength;
      } else pendingBytes += LIGHT_RESULT_BYTES;
      done++;
      tally.done = done;
      const full =
        (chunks === 0 && pendingArticles > 0) ||
        pendingArticles >= CHUNK_FILES ||
        pendingBytes >= CHUNK_BYTES ||
        Date.now() - lastFlush > CHUNK_MS;
      if (full) flush();
      progress.update({ batchId, done: walkFailed + done, total, currentFile: files[done] ?? '' });
      // Results that are already in would otherwise be taken one after another in microtasks,
      // sending chunk after chunk with no turn of the event loop in between.
      if (full) await new Promise<void>((resolve) => setImmediate(resolve));
      if (full && this.options.flowControl) await this.windowCatchingUp(batchId, chunks);
    }
    markImportStage('files-done');
    this.running.delete(batchId);
    this.saved.delete(batchId);
    const cancelled = this.cancelled.delete(batchId);
    progress.finish({ batchId, done: total, total, currentFile: '' });
    // Progress still held for the journal says less than the answer: it is dropped, so a batch with
    // nothing to save answers without waiting for the disk.
    journaled.dropStale();
    if (pendingArticles > 0 || journaled.holding) await journaled.done();
    // The last results go with the answer, which the window waits for anyway.
    markImportStage('answer');
    return { batchId, chunks, total: done + failures.length, cancelled, results: pending };
  }

  /** Stops a batch now: the files being read are given up, what finished is kept. */
  cancel(batchId: string): void {
    this.cancelled.add(batchId);
    this.pool?.cancel(batchId);
    this.saved.get(batchId)?.wake?.();
  }

  /** The window has saved the first `chunks` chunks of `batchId` (import:chunks-saved). */
  chunksSaved(batchId: string, chunks: number): void {
    const saved = this.saved.get(batchId);
    if (!saved || chunks <= saved.chunks) return;
    saved.chunks = chunks;
    saved.wake?.();
  }

  /** Waits while more than CHUNKS_AHEAD of the `sent` chunks are unsaved (not once cancelled). */
  private async windowCatchingUp(batchId: string, sent: number): Promise<void> {
    const saved = this.saved.get(batchId);
    while (saved && sent - saved.chunks > CHUNKS_AHEAD && !this.cancelled.has(batchId)) {
      const before = saved.chunks;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.savedWaitMs ?? SAVED_WAIT_MS);
        saved.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      saved.wake = null;
      // No report within the wait: go on one chunk, rather than stop for a window that is gone.
      if (saved.chunks === before) return;
    }
  }

  /** Stops every running batch (the window that waited for them is gone); returns the files left. */
  cancelAll(): number {
    let left = 0;
    for (const [batchId, tally] of this.running) {
      left += tally.total - tally.done;
      this.cancel(batchId);
    }
    return left;
  }

  /** Starts the workers ahead of the first import, so that import does not wait for them. */
  warmUp(): void {
    this.pool?.warmUp();
  }

  dispose(): void {
    this.pool?.dispose();
    this.checks.dispose();
  }

  /** Extracts kept bytes again with a chosen encoding ("Reopen with encoding…"), off the main thread. */
  async reextract(bytes: Uint8Array, fileName: string, encoding: string): Promise<ImportResult> {
    const result = await this.send({ id: this.nextId++, bytes, fileName, encoding }, fileName, null);
    return result === CANCELLED
      ? { ok: false, error: { fileName, path: null, reason: 'Cancelled.' } }
      : (result as ImportResult);
  }

  /**
   * The library's content hashes, sent whole by the window before its first batch: files with
   * these bytes are reported as known after reading and hashing, without extraction.
   */
  setKnownHashes(hashes: readonly string[]): void {
    this.known.replace(hashes);
    // A batch follows, whose files may be hashed: the check threads start while it is asked.
    this.checks.start();
  }

  /** What changed in the library's hashes since the window last sent them. */
  changeKnownHashes(added: readonly string[], removed: readonly string[]): void {
    this.known.change(added, removed);
  }

  /**
   * A file already in the library is recognized here, by its bytes' hash; the others go to a
   * worker, with their bytes when the check read them.
   */
  private async importOne(path: string, check: Promise<FileCheck>, batchId: string): Promise<PoolResult> {
    const checked = await check;
    if (this.cancelled.has(batchId)) return CANCELLED;
    if (checked && 'known' in checked) return checked.known;
    return this.send({ id: this.nextId++, path, read: checked?.read }, path, batchId);
  }

  private async send(request: WorkerRequest, path: string, batchId: string | null): Promise<PoolResult> {
    if (!this.pool) {
      // Without a worker (unit tests), run the same code on this thread, loaded on first use.
      const { runRequest } = await import('../import/worker-request');
      if (batchId && this.cancelled.has(batchId)) return CANCELLED;
      return runRequest(request);
    }
    return this.pool.run(request, path, batchId);
  }
}
