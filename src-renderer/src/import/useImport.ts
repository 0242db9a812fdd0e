/**
 * The import flow as a hook: ask the main process to read and extract files (from the dialog,
 * a drop or an outside request), follow its progress, save the results, and keep the summary
 * (imported, already in the library, failed with reasons) for the status line.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportBatch, ImportProgress } from '../../../src-main/ipc/contract';
import { gloss } from '../bridge/gloss';
import { saveImportResults, type SaveSummary } from '../library/article-store';

export interface ImportState {
  running: boolean;
  phase: 'reading' | 'saving';
  progress: ImportProgress | null;
  summary: (SaveSummary & { cancelled: boolean }) | null;
  error: string | null;
}

const IDLE: ImportState = { running: false, phase: 'reading', progress: null, summary: null, error: null };

export interface ImportController {
  state: ImportState;
  importWithDialog(folder: boolean): Promise<SaveSummary | null>;
  importPaths(paths: string[]): Promise<SaveSummary | null>;
  cancel(): void;
  dismissSummary(): void;
}

export function useImport(): ImportController {
  const [state, setState] = useState<ImportState>(IDLE);
  const batchId = useRef<string | null>(null);

  useEffect(
    () =>
      gloss.onImportProgress((progress) => {
        batchId.current = progress.batchId;
        setState((s) => (s.running && s.phase === 'reading' ? { ...s, progress } : s));
      }),
    [],
  );

  const run = useCallback(async (start: () => Promise<ImportBatch | null>): Promise<SaveSummary | null> => {
    setState({ ...IDLE, running: true });
    try {
      const batch = await start();
      if (!batch) {
        setState(IDLE);
        return null;
      }
      setState((s) => ({ ...s, phase: 'saving', progress: { batchId: batch.batchId, done: 0, total: batch.results.length, currentFile: '' } }));
      const summary = await saveImportResults(batch.results, {
        onProgress: (done, total) =>
          setState((s) => ({ ...s, progress: { batchId: batch.batchId, done, total, currentFile: '' } })),
      });
      setState({ ...IDLE, summary: { ...summary, cancelled: batch.cancelled } });
      return summary;
    } catch (error) {
      setState({ ...IDLE, error: error instanceof Error ? error.message : String(error) });
      return null;
    } finally {
      batchId.current = null;
    }
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
