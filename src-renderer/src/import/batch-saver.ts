/**
 * Saves an import batch's results in the window, in the order the main process produced them:
 * the chunks that arrive as events while it still extracts, then the last results that come
 * with the batch's answer. Chunks that arrive while a save is running are saved together next,
 * so a fast extraction means fewer, larger transactions.
 *
 * It counts the results settled in the library (saved, found already there, or failed), which
 * is what the progress bar shows: reading can run seconds ahead of saving.
 */
import type { BatchResult, ImportBatch, ImportResultsChunk } from '../../../src-main/ipc/contract';
import { saveImportResults, type SaveSummary } from '../library/article-store';
import { libraryArticles } from './library-articles';

/**
 * Saves results: the summary, and `onProgress` told how many of them are settled as a large save
 * goes on (a save of a thousand waiting results runs for seconds).
 */
export type SaveResults = (
  results: BatchResult[],
  onProgress: (settled: number) => void,
  /** True once the batch is cancelled: a long save stops at its next transaction. */
  stopped: () => boolean,
) => Promise<SaveSummary>;

/** Saves into the library, naming files already in it from the articles the window holds by hash. */
const saveIntoLibrary: SaveResults = (results, onProgress, stopped) =>
  saveImportResults(results, { knownArticles: libraryArticles, onProgress, stopped });

export class BatchSaver {
  readonly summary: SaveSummary = { added: [], duplicates: [], failed: [] };
  received = 0;
  /** Results saved so far (an article added, a duplicate recognised, a failure recorded). */
  settled = 0;
  private waiting: BatchResult[] = [];
  private saving: Promise<void> | null = null;
  private failure: unknown = null;
  private waiter: (() => void) | null = null;
  /** Set by Cancel: results not saved yet are dropped, so the batch stops at once here too. */
  cancelled = false;

  constructor(
    private readonly save: SaveResults = saveIntoLibrary,
    /** Told the new count each time a save completes. */
    private readonly onSettled: (settled: number) => void = () => undefined,
    /** Told how many of the batch's chunk events are saved, after each save (flow control). */
    private readonly onChunksSaved: (batchId: string, chunks: number) => void = () => undefined,
  ) {}

  /** The batch the chunks belong to (named by each chunk). */
  private batchId = '';

  accept(chunk: ImportResultsChunk): void {
    this.received++;
    this.batchId = chunk.batchId;
    if (!this.cancelled) {
      this.waiting.push(...chunk.results);
      this.saving ??= this.drain();
    }
    this.waiter?.();
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0 && !this.cancelled) {
      const next = this.waiting;
      // The chunk events whose results this save holds: all received so far.
      const through = this.received;
      this.waiting = [];
      try {
        const before = this.settled;
        const saved = await this.save(
          next,
          (settled) => this.onSettled(before + Math.min(settled, next.length)),
          () => this.cancelled,
        );
        this.summary.added.push(...saved.added);
        this.summary.duplicates.push(...saved.duplicates);
        this.summary.failed.push(...saved.failed);
        // One entry per result settled: a save stopped by Cancel counts only what it saved.
        this.settled += saved.added.length + saved.duplicates.length + saved.failed.length;
        this.onSettled(this.settled);
      } catch (error) {
        this.failure ??= error;
      } finally {
        // Saved or failed, those chunks are done with: the main process may send more (a save
        // that keeps failing must not slow the rest of the batch to a chunk per wait).
        this.onChunksSaved(this.batchId, through);
      }
    }
    this.waiting = [];
    this.saving = null;
  }

  cancel(): void {
    this.cancelled = true;
    this.waiting = [];
  }

  /** Resolves once the batch's `chunks` events have arrived and are saved, then its last results. */
  async finish(batch: Pick<ImportBatch, 'batchId' | 'chunks' | 'results'>): Promise<SaveSummary> {
    while (this.received < batch.chunks) await new Promise<void>((resolve) => (this.waiter = resolve));
    if (batch.results.length > 0) this.accept({ batchId: batch.batchId, results: batch.results });
    while (this.saving) await this.saving;
    if (this.failure) throw this.failure;
    return this.summary;
  }
}
