/**
 * What happens when the window's page crashes or hangs: the page is reloaded, a running import
 * is stopped (its results would reach a page that no longer waits for them), and the reloaded
 * page is told what happened, with how many files of the import were not imported.
 */
import type { RecoveryNotice } from '../ipc/contract';

/** How long a page may stay unresponsive before it is reloaded. */
export const UNRESPONSIVE_MS = 15_000;

export interface RecoverableContents {
  on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string }) => void): unknown;
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  reload(): void;
  forcefullyCrashRenderer?(): void;
}

export interface RecoveryOptions {
  /** Stops the running import batches; returns how many of their files were not imported. */
  stopImports(): number;
  /** Keeps a notice for the reloaded page to take. */
  notify(notice: RecoveryNotice): void;
}

export function watchRenderer(contents: RecoverableContents, options: RecoveryOptions): void {
  let hangTimer: ReturnType<typeof setTimeout> | null = null;
  const recover = (cause: RecoveryNotice['cause']) => {
    if (hangTimer) clearTimeout(hangTimer);
    hangTimer = null;
    options.notify({ cause, notImported: options.stopImports() });
    contents.reload();
  };
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    recover('crashed');
  });
  contents.on('unresponsive', () => {
    hangTimer ??= setTimeout(() => recover('unresponsive'), UNRESPONSIVE_MS);
  });
  contents.on('responsive', () => {
    if (hangTimer) clearTimeout(hangTimer);
    hangTimer = null;
  });
}
