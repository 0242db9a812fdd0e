/**
 * When an import batch reports progress: nothing for a batch that ends within the first moment,
 * then the latest state once that moment is over, at most once per interval, and a last report
 * only to a window that saw earlier ones.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BatchProgress } from '../../src-main/app/batch-progress';
import type { ImportProgress } from '../../src-main/ipc/contract';

const at = (done: number, total = 10): ImportProgress => ({ batchId: 'b', done, total, currentFile: '' });
const timing = { firstAfterMs: 100, everyMs: 50 };

/** A batch's progress, started before its folders are walked, and what it sent. */
function batchProgress() {
  const sent: ImportProgress[] = [];
  const progress = new BatchProgress(
    (p) => sent.push(p),
    at(0, 0),
    timing,
    () => Date.now(),
  );
  return { sent, progress };
}

describe('BatchProgress', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('sends nothing for a batch that ends within the first moment', () => {
    const { sent, progress } = batchProgress();
    progress.update(at(0));
    vi.advanceTimersByTime(60);
    progress.update(at(9));
    progress.finish(at(10));
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([]);
    expect(progress.started).toBe(false);
  });

  it('reports the latest state once the moment is over, even with no update since', () => {
    // Folders still being walked: no update at all yet.
    const { sent, progress } = batchProgress();
    vi.advanceTimersByTime(99);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([at(0, 0)]);
    expect(progress.started).toBe(true);
  });

  it('then reports at most once per interval, and the end', () => {
    const { sent, progress } = batchProgress();
    progress.update(at(1));
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([at(1)]);
    progress.update(at(2));
    vi.advanceTimersByTime(30);
    progress.update(at(3));
    expect(sent).toEqual([at(1)]);
    vi.advanceTimersByTime(21);
    progress.update(at(4));
    expect(sent).toEqual([at(1), at(4)]);
    progress.finish(at(10));
    expect(sent).toEqual([at(1), at(4), at(10)]);
  });
});
