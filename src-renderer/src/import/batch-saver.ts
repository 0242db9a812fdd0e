/**
 * Saves an import batch's results in the window, in the order the main process produced them:
 * the chunks that arrive as events while it still extracts, then the last results that come
 * with the batch's answer. Chunks that arrive while a save is running are saved together next,
 * so a fast extraction means fewer, larger transactions.
 */
import type { BatchResult, ImportBatch, ImportResultsChunk } from '../../../src-main/ipc/contract';
import { saveImportResults, type SaveSummary } from '../library/article-store';
import { libraryArticles } from './library-articles';

/** Saves into the library, naming files already in it from the articles the window holds by hash. */
const saveIntoLibrary = (results: BatchResult[]) =>
  saveImportResults(results, { knownArticles: libraryArticles });

export class BatchSaver {
  readonly summary: SaveSummary = { added: [], duplicates: [], failed: [] };
  received = 0;
  private waiting: BatchResult[] = [];
  private saving: Promise<void> | null = null;
  private failure: unknown = null;
  private waiter: (() => void) | null = null;
  /** Set by Cancel: results not saved yet are dropped, so the batch stops at once here too. */
  cancelled = false;

  constructor(private readonly save: (results: BatchResult[]) => Promise<SaveSummary> = saveIntoLibrary) {}

  accept(chunk: ImportResultsChunk): void {
    this.received++;
    if (!this.cancelled) {
      this.waiting.push(...chunk.results);
      this.saving ??= this.drain();
    }
    this.waiter?.();
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0 && !this.cancelled) {
      const next = this.waiting;
      this.waiting = [];
      try {
        const saved = await this.save(next);
        this.summary.added.push(...saved.added);
        this.summary.duplicates.push(...saved.duplicates);
        this.summary.failed.push(...saved.failed);
      } catch (error) {
        this.failure ??= error;
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
