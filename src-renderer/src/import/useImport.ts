/**
 * The import flow as a hook: ask the main process to read and extract files (from the dialog,
 * a drop or an outside request), save each chunk of results as it arrives (so saving overlaps
 * extraction), follow the progress, and keep the summary (imported, already in the library,
 * failed with reasons) for the status line. Batches run one after another.
 *
 * Progress arrives every few dozen milliseconds and only the status line shows it, so it is kept
 * in a store of its own: a progress event re-renders the progress bar, not the whole window.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import Dexie from 'dexie';
import type { ImportBatch, ImportProgress } from '../../../src-main/ipc/contract';
import { db } from '../db/db';
import { gloss } from '../bridge/gloss';
import type { SaveSummary } from '../library/article-store';
import { touchesTables } from '../library/throttled-live-query';
import { searchClient } from '../search/search-client';
import { BatchSaver } from './batch-saver';
import { markWindowImportStage } from './import-stages';
import { KnownHashesSync } from './known-hashes-sync';

/** The main process's copy of the library's content hashes, brought up to date before each batch. */
const knownHashes = new KnownHashesSync(
  () => db.articles.orderBy('contentHash').keys() as Promise<string[]>,
  gloss,
  (listener) =>
    Dexie.on('storagemutated', (parts) => {
      if (touchesTables(parts, db.name, ['articles'])) listener();
    }),
);

export interface ImportState {
  running: boolean;
  summary: (SaveSummary & { cancelled: boolean }) | null;
  error: string | null;
}

const IDLE: ImportState = { running: false, summary: null, error: null };

/** The running batch's progress, for useSyncExternalStore. */
export interface ProgressStore {
  subscribe(listener: () => void): () => void;
  current(): ImportProgress | null;
}

function progressStore(): ProgressStore & { set(progress: ImportProgress | null): void } {
  let value: ImportProgress | null = null;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    current: () => value,
    set(progress) {
      value = progress;
      for (const listener of listeners) listener();
    },
  };
}

export interface ImportController {
  state: ImportState;
  /** Progress of the running batch (null before its first report). */
  progress: ProgressStore;
  importWithDialog(folder: boolean): Promise<SaveSummary | null>;
  importPaths(paths: string[]): Promise<SaveSummary | null>;
  /** Import again the paths of an import cut short (the main process checks them). */
  resumeImport(paths: string[]): Promise<SaveSummary | null>;
  cancel(): void;
  dismissSummary(): void;
}

export function useImport(): ImportController {
  const [state, setState] = useState<ImportState>(IDLE);
  const batchId = useRef<string | null>(null);
  const cancelAsked = useRef(false);
  const saver = useRef<BatchSaver | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [progress] = useState(progressStore);

  useEffect(() => {
    const offProgress = gloss.onImportProgress((report) => {
      // Reports that arrive after the batch ended (or before one started) are not shown.
      if (!saver.current) return;
      batchId.current = report.batchId;
      // Cancel pressed before the batch was known takes effect as soon as it is.
      if (cancelAsked.current) void gloss.cancelImport(report.batchId);
      progress.set(report);
    });
    const offResults = gloss.onImportResults((chunk) => saver.current?.accept(chunk));
    return () => {
      offProgress();
      offResults();
    };
  }, [progress]);

  const run = useCallback(
    (start: () => Promise<ImportBatch | null>): Promise<SaveSummary | null> => {
      const next = queue.current.then(async () => {
        markWindowImportStage('begun');
        cancelAsked.current = false;
        const current = new BatchSaver();
        saver.current = current;
        searchClient.importing(true);
        // Asked before the window re-renders for the running state, which happens meanwhile.
        const answer = (async () => {
          // Files already in the library are then recognized by their bytes' hash, unextracted.
          await knownHashes.sync();
          markWindowImportStage('hashes-synced');
          return start();
        })();
        progress.set(null);
        setState({ ...IDLE, running: true });
        try {
          const batch = await answer;
          markWindowImportStage('answered');
          if (!batch) {
            setState(IDLE);
            return null;
          }
          const summary = await current.finish(batch);
          markWindowImportStage('saved');
          // Saved: the main process forgets the batch's journal entry (nothing to resume). The
          // summary does not wait for it: a journal left by a kill meanwhile only offers Resume.
          void gloss.importFinished(batch.batchId).catch(() => undefined);
          setState({ ...IDLE, summary: { ...summary, cancelled: batch.cancelled || current.cancelled } });
          return summary;
        } catch (error) {
          setState({ ...IDLE, error: error instanceof Error ? error.message : String(error) });
          return null;
        } finally {
          searchClient.importing(false);
          saver.current = null;
          batchId.current = null;
          // The articles just saved reach the main process's hashes now, not at the next batch.
          requestIdleCallback(() => void knownHashes.sync().catch(() => undefined), { timeout: 2000 });
        }
      });
      queue.current = next;
      return next;
    },
    [progress],
  );

  return {
    state,
    progress,
    importWithDialog: useCallback((folder: boolean) => run(() => gloss.importWithDialog(folder)), [run]),
    importPaths: useCallback((paths: string[]) => run(() => gloss.importPaths(paths)), [run]),
    resumeImport: useCallback((paths: string[]) => run(() => gloss.resumeImport(paths)), [run]),
    cancel: useCallback(() => {
      cancelAsked.current = true;
      saver.current?.cancel();
      if (batchId.current) void gloss.cancelImport(batchId.current);
    }, []),
    dismissSummary: useCallback(() => setState((s) => ({ ...s, summary: null, error: null })), []),
  };
}
