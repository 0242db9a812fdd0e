/** The search index waits while a first sync fills the library, and goes on once it is done. */
import { describe, expect, it } from 'vitest';
import { pauseIndexingDuringFirstSync } from '../../src-renderer/src/sync/first-sync-indexing';

describe('pauseIndexingDuringFirstSync', () => {
  it('pauses with the first sync’s progress, until the sync is no longer busy, once each way', () => {
    const calls: boolean[] = [];
    const follow = pauseIndexingDuringFirstSync((paused) => calls.push(paused));
    follow({ state: 'syncing', pending: 3, progress: null });
    expect(calls).toEqual([]);
    follow({ state: 'syncing', pending: 0, progress: { done: 10, total: 900 } });
    follow({ state: 'syncing', pending: 0, progress: { done: 500, total: 900 } });
    // The mirror is full; the applier is still laying records into the library.
    follow({ state: 'syncing', pending: 400, progress: null });
    expect(calls).toEqual([true]);
    follow({ state: 'synced', at: '2026-01-01T00:00:00.000Z' });
    expect(calls).toEqual([true, false]);
    // A later change is no first sync.
    follow({ state: 'syncing', pending: 1, progress: null });
    expect(calls).toEqual([true, false]);
  });

  it('lets indexing go on when a first sync is cut off (offline, an error, sync turned off)', () => {
    for (const end of [
      { state: 'offline', pending: 5 },
      { state: 'off' },
      { state: 'error', problem: { kind: 'server', message: 'x', fix: 'y' } },
    ] as const) {
      const calls: boolean[] = [];
      const follow = pauseIndexingDuringFirstSync((paused) => calls.push(paused));
      follow({ state: 'syncing', pending: 0, progress: { done: 1, total: 900 } });
      follow(end as never);
      expect(calls).toEqual([true, false]);
    }
  });
});
