/**
 * The import flow as a hook: ask the main process to read and extract files (from the dialog,
 * a drop or an outside request), save each chunk of results as it arrives (so saving overlaps
 * extraction), follow the progress, and keep the summary (imported, already in the library,
 * failed with reasons) for the status line. Batches run one after another.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ImportBatch,
  ImportProgress,
  ImportResult,
  ImportResultsChunk,
} from '../../../src-main/ipc/contract';
import { gloss } from '../bridge/gloss';
import { saveImportResults, type SaveSummary } from '../library/article-store';

export interface ImportState {
  running: boolean;
  progress: ImportProgress | null;
  summary: (SaveSummary & { cancelled: boolean }) | null;
  error: string | null;
}

const IDLE: ImportState = { running: false, progress: null, summary: null, error: null };

export interface ImportController {
  state: ImportState;
  importWithDialog(folder: boolean): Promise<SaveSummary | null>;
  importPaths(paths: string[]): Promise<SaveSummary | null>;
  cancel(): void;
  dismissSummary(): void;
}

/**
 * Saves the chunks of the running batch in arrival order. Chunks that arrive while a save is
 * running are saved together next, so a fast extraction means fewer, larger transactions.
 */
class BatchSaver {
  readonly summary: SaveSummary = { added: [], duplicates: [], failed: [] };
  received = 0;
  private waiting: ImportResult[] = [];
  private saving: Promise<void> | null = null;
  private failure: unknown = null;
  private waiter: (() => void) | null = null;

  accept(chunk: ImportResultsChunk): void {
    this.received++;
    this.waiting.push(...chunk.results);
    this.saving ??= this.drain();
    this.waiter?.();
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const next = this.waiting;
      this.waiting = [];
      try {
        const saved = await saveImportResults(next);
        this.summary.added.push(...saved.added);
        this.summary.duplicates.push(...saved.duplicates);
        this.summary.failed.push(...saved.failed);
      } catch (error) {
        this.failure ??= error;
      }
    }
    this.saving = null;
  }

  /** Resolves once `chunks` chunks have arrived and are saved. */
  async finish(chunks: number): Promise<SaveSummary> {
    while (this.received < chunks) await new Promise<void>((resolve) => (this.waiter = resolve));
    while (this.saving) await this.saving;
    if (this.failure) throw this.failure;
    return this.summary;
  }
}

export function useImport(): ImportController {
  const [state, setState] = useState<ImportState>(IDLE);
  const batchId = useRef<string | null>(null);
  const saver = useRef<BatchSaver | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    const offProgress = gloss.onImportProgress((progress) => {
      batchId.current = progress.batchId;
      setState((s) => (s.running ? { ...s, progress } : s));
    });
    const offResults = gloss.onImportResults((chunk) => saver.current?.accept(chunk));
    return () => {
      offProgress();
      offResults();
    };
  }, []);

  const run = useCallback((start: () => Promise<ImportBatch | null>): Promise<SaveSummary | null> => {
    const next = queue.current.then(async () => {
      setState({ ...IDLE, running: true });
      const current = new BatchSaver();
      saver.current = current;
      try {
        const batch = await start();
        if (!batch) {
          setState(IDLE);
          return null;
        }
        const summary = await current.finish(batch.chunks);
        setState({ ...IDLE, summary: { ...summary, cancelled: batch.cancelled } });
        return summary;
      } catch (error) {
        setState({ ...IDLE, error: error instanceof Error ? error.message : String(error) });
        return null;
      } finally {
        saver.current = null;
        batchId.current = null;
      }
    });
    queue.current = next;
    return next;
  }, []);

  return {
    state,
    importWithDialog: useCallback((folder: boolean) => run(() => gloss.importWithDialog(folder)), [run]),
    importPaths: useCallback((paths: string[]) => run(() => gloss.importPaths(paths)), [run]),
    cancel: useCallback(() => {
      if (batchId.current) void gloss.cancelImport(batchId.current);
    }, []),
    dismissSummary: useCallback(() => setState((s) => ({ ...s, summary: null, error: null })), []),
  };
}
