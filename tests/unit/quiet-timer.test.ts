/** The search index is stored only after a quiet spell: never while changes keep arriving. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuietTimer } from '../../src-renderer/src/search/quiet-timer';

describe('QuietTimer', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('runs once nothing has changed for the quiet spell', () => {
    let runs = 0;
    const timer = new QuietTimer(5000, () => runs++);
    timer.schedule();
    expect(timer.pending).toBe(true);
    vi.advanceTimersByTime(4999);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(1);
    expect(runs).toBe(1);
    expect(timer.pending).toBe(false);
  });

  it('waits while changes keep arriving (an import), however long, then runs once', () => {
    let runs = 0;
    const timer = new QuietTimer(5000, () => runs++);
    timer.schedule();
    // A change every 2 s for a minute: the schedule is not renewed, yet nothing runs.
    for (let t = 0; t < 60_000; t += 2000) {
      timer.changed();
      vi.advanceTimersByTime(2000);
    }
    expect(runs).toBe(0);
    vi.advanceTimersByTime(2999);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(1);
    expect(runs).toBe(1);
    vi.advanceTimersByTime(60_000);
    expect(runs).toBe(1);
  });

  it('a new request starts the wait again', () => {
    let runs = 0;
    const timer = new QuietTimer(5000, () => runs++);
    timer.schedule();
    vi.advanceTimersByTime(4000);
    timer.schedule();
    vi.advanceTimersByTime(4000);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(1);
  });
});
