/**
 * Start-up work that can wait: it runs once the library's first rows are shown, or after the
 * fallback delay when no list shows, never twice, and never when cancelled.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  afterFirstScreen,
  firstScreenShown,
  resetStartupGate,
} from '../../src-renderer/src/app/startup-gate';

describe('startup gate', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resetStartupGate();
  });
  afterEach(() => vi.useRealTimers());

  it('holds waiting work until the first screen is shown, then runs it once', async () => {
    const task = vi.fn();
    afterFirstScreen(task, 10_000);
    await vi.advanceTimersByTimeAsync(500);
    expect(task).not.toHaveBeenCalled();
    firstScreenShown();
    await vi.advanceTimersByTimeAsync(50);
    expect(task).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs waiting work after the fallback delay when no list is shown', async () => {
    const task = vi.fn();
    afterFirstScreen(task, 1500);
    await vi.advanceTimersByTimeAsync(1499);
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('never runs cancelled work', async () => {
    const task = vi.fn();
    const cancel = afterFirstScreen(task, 1500);
    cancel();
    firstScreenShown();
    await vi.advanceTimersByTimeAsync(5000);
    expect(task).not.toHaveBeenCalled();
  });
});
