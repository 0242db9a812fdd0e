/**
 * The import flow as a hook: ask the main process to read and extract files (from the dialog,
 * a drop or an outside request), save each chunk of results as it arrives (so saving overlaps
 * extraction), follow the progress, and keep the summary (imported, already in the library,
 * failed with reasons) for the status line. Batches run one after another.
 *
 * Progress arrives every few dozen milliseconds and only the status line shows it, so it is kept
 * in a store of its own: a progress event re-renders the progress bar, not the whole window. So
 * is the rest of the import's state (running, the summary): the window around the status line
 * does not re-render for a batch, and the library only for the articles it saved.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
import { libraryArticles } from './library-articles';

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

/** A value the window follows with useSyncExternalStore: only the components that show it re-render. */
export interface ValueStore<T> {
  subscribe(listener: () => void): () => void;
  current(): T;
}

/** The running batch's progress (null before its first report). */
export type ProgressStore = ValueStore<ImportProgress | null>;

function valueStore<T>(initial: T): ValueStore<T> & { set(value: T | ((current: T) => T)): void } {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    current: () => value,
    set(next) {
      value = typeof next === 'function' ? (next as (current: T) => T)(value) : next;
      for (const listener of listeners) listener();
    },
  };
}

export interface ImportController {
  /**
   * Running, the summary, an error: a store, so the import's status line re-renders as they
   * change and the library and the reader do not (a batch that added nothing changes nothing there).
   */
  state: ValueStore<ImportState>;
  /** Progress of the running batch's reading (null before its first report). */
  progress: ProgressStore;
  /** How many of the running batch's files are settled in the library: what the bar shows. */
  settled: ValueStore<number>;
  importWithDialog(folder: boolean): Promise<SaveSummary | null>;
  importPaths(paths: string[]): Promise<SaveSummary | null>;
  /** Import again the paths of an import cut short (the main process checks them). */
  resumeImport(paths: string[]): Promise<SaveSummary | null>;
  cancel(): void;
  dismissSummary(): void;
}

export function useImport(): ImportController {
  const [state] = useState(() => valueStore<ImportState>(IDLE));
  const setState = state.set;
  const batchId = useRef<string | null>(null);
  const cancelAsked = useRef(false);
  const saver = useRef<BatchSaver | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [progress] = useState(() => valueStore<ImportProgress | null>(null));
  const [settled] = useState(() => valueStore(0));

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
        settled.set(0);
        const current = new BatchSaver(
          undefined,
          (count) => {
            if (saver.current === current) settled.set(count);
          },
          // The main process sends only a few chunks ahead of those saved.
          (id, chunks) => void gloss.importChunksSaved(id, chunks).catch(() => undefined),
        );
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
          // So do the articles saved, to the articles the window holds by hash (read whole the
          // first time: the first re-import of a session reads the database, as before).
          requestIdleCallback(
            () => {
              void knownHashes.sync().catch(() => undefined);
              void libraryArticles.refresh().catch(() => undefined);
            },
            { timeout: 2000 },
          );
        }
      });
      queue.current = next;
      return next;
    },
    [progress, settled, setState],
  );

  return useMemo(
    () => ({
      state,
      progress,
      settled,
      importWithDialog: (folder: boolean) => run(() => gloss.importWithDialog(folder)),
      importPaths: (paths: string[]) => run(() => gloss.importPaths(paths)),
      resumeImport: (paths: string[]) => run(() => gloss.resumeImport(paths)),
      cancel: () => {
        cancelAsked.current = true;
        saver.current?.cancel();
        if (batchId.current) void gloss.cancelImport(batchId.current);
      },
      dismissSummary: () => setState((s) => ({ ...s, summary: null, error: null })),
    }),
    [state, progress, settled, run, setState],
  );
}
