/**
 * A crashed page is reloaded at once and told, with the files of a running import that were not
 * imported; a hung page only when it stays hung; a clean exit is left alone.
 */
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RecoveryNotice } from '../../src-main/ipc/contract';
import { UNRESPONSIVE_MS, watchRenderer } from '../../src-main/app/renderer-recovery';

class Contents extends EventEmitter {
  reloads = 0;
  reload() {
    this.reloads++;
  }
}

function watched(left = 0) {
  const contents = new Contents();
  const notices: RecoveryNotice[] = [];
  watchRenderer(contents, { stopImports: () => left, notify: (notice) => notices.push(notice) });
  return { contents, notices };
}

afterEach(() => vi.useRealTimers());

describe('watchRenderer', () => {
  it('reloads a crashed page and tells it how many files were not imported', () => {
    const { contents, notices } = watched(42);
    contents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(contents.reloads).toBe(1);
    expect(notices).toEqual([{ cause: 'crashed', notImported: 42 }]);
    contents.emit('render-process-gone', {}, { reason: 'clean-exit' });
    expect(contents.reloads).toBe(1);
  });

  it('reloads a hung page only when it stays hung', () => {
    vi.useFakeTimers();
    const { contents, notices } = watched();
    contents.emit('unresponsive');
    vi.advanceTimersByTime(UNRESPONSIVE_MS - 1);
    contents.emit('responsive');
    vi.advanceTimersByTime(UNRESPONSIVE_MS);
    expect(contents.reloads).toBe(0);
    contents.emit('unresponsive');
    vi.advanceTimersByTime(UNRESPONSIVE_MS);
    expect(contents.reloads).toBe(1);
    expect(notices).toEqual([{ cause: 'unresponsive', notImported: 0 }]);
  });
});
