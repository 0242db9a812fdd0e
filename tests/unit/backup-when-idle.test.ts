/**
 * The daily backup waits for a quiet minute: armed at start and whenever an import ends, never
 * run while one is running, and not armed again by a change that is not an import starting or
 * ending (a summary shown or dismissed).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupWhenIdle } from '../../src-renderer/src/export/backup-when-idle';

function store(running: boolean) {
  let value = { running, summary: null as string | null };
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener: () => void) => (listeners.add(listener), () => void listeners.delete(listener)),
    current: () => value,
    set(next: Partial<typeof value>) {
      value = { ...value, ...next };
      listeners.forEach((listener) => listener());
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the daily backup after a quiet minute', () => {
  it('runs a minute after start, not during an import, and a minute after it ends', async () => {
    const state = store(false);
    const backup = vi.fn(async () => undefined);
    const stop = backupWhenIdle(state, backup, 60_000);
    vi.advanceTimersByTime(30_000);
    state.set({ running: true });
    vi.advanceTimersByTime(120_000);
    expect(backup).not.toHaveBeenCalled();
    state.set({ running: false, summary: '3 imported' });
    vi.advanceTimersByTime(50_000);
    // Dismissing the summary is not the end of an import: the minute keeps counting.
    state.set({ summary: null });
    vi.advanceTimersByTime(10_000);
    expect(backup).toHaveBeenCalledTimes(1);
    stop();
    state.set({ running: true });
    state.set({ running: false });
    vi.advanceTimersByTime(120_000);
    expect(backup).toHaveBeenCalledTimes(1);
  });
});
