/**
 * The search index waits while a first sync fills the library, as it does during an import:
 * indexing thousands of arriving articles and highlights would compete with the applier for the
 * processor. The changes wait in the search journal meanwhile (a query still applies them
 * first), and are indexed as soon as the sync is no longer busy with its first transfer.
 */
import type { SyncStatus } from './engine';

export function pauseIndexingDuringFirstSync(
  setPaused: (paused: boolean) => void,
): (status: SyncStatus) => void {
  let paused = false;
  return (status) => {
    // The progress bar shows a first sync; the applier may still be busy after the mirror is full.
    const busy = status.state === 'syncing' && (status.progress !== null || paused);
    if (busy === paused) return;
    paused = busy;
    setPaused(busy);
  };
}
