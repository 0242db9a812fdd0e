/**
 * When the search worker indexes committed changes on its own: after a burst of changes has
 * stopped for a moment, never while an import runs, and as soon as the import ends — including
 * what a background run left when an import paused it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackgroundIndexing } from '../../src-renderer/src/search/background-indexing';

/** Background indexing that waits for 300 ms of quiet, and the spy it applies changes with. */
function backgroundIndexing() {
  const apply = vi.fn();
  return { apply, indexing: new BackgroundIndexing(apply, 300) };
}

describe('BackgroundIndexing', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('applies a burst of changes once, after they stop for a moment', () => {
    const { apply, indexing } = backgroundIndexing();
    indexing.changed();
    vi.advanceTimersByTime(200);
    indexing.changed();
    vi.advanceTimersByTime(299);
    expect(apply).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(apply).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('applies nothing while an import runs, then everything once it ends', () => {
    const { apply, indexing } = backgroundIndexing();
    indexing.setImporting(true);
    expect(indexing.paused).toBe(true);
    for (let i = 0; i < 20; i++) {
      indexing.changed();
      // Saves far apart: a debounce alone would index between them.
      vi.advanceTimersByTime(2000);
    }
    expect(apply).not.toHaveBeenCalled();
    indexing.setImporting(false);
    expect(indexing.paused).toBe(false);
    vi.advanceTimersByTime(300);
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('an import that starts while changes wait holds them back', () => {
    const { apply, indexing } = backgroundIndexing();
    indexing.changed();
    vi.advanceTimersByTime(100);
    indexing.setImporting(true);
    vi.advanceTimersByTime(10_000);
    expect(apply).not.toHaveBeenCalled();
    indexing.setImporting(false);
    vi.advanceTimersByTime(300);
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('takes up again, after the import, a run that the import paused', () => {
    const { apply, indexing } = backgroundIndexing();
    indexing.changed();
    vi.advanceTimersByTime(300);
    expect(apply).toHaveBeenCalledTimes(1);
    // The run is under way when an import starts; it stops at its next slice.
    indexing.setImporting(true);
    indexing.settled(!indexing.paused);
    vi.advanceTimersByTime(10_000);
    expect(apply).toHaveBeenCalledTimes(1);
    indexing.setImporting(false);
    vi.advanceTimersByTime(300);
    expect(apply).toHaveBeenCalledTimes(2);
  });

  it('an import that ends with nothing waiting starts no run', () => {
    const { apply, indexing } = backgroundIndexing();
    indexing.setImporting(true);
    indexing.setImporting(false);
    vi.advanceTimersByTime(10_000);
    expect(apply).not.toHaveBeenCalled();
  });
});
