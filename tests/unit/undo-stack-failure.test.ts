/**
 * An undo or redo whose write fails: the entry stays where it was (it can be tried again), the
 * status message says it failed, and the entries around it are untouched; one that fails twice
 * in a row is taken out, so it never blocks the older ones.
 */
import { describe, expect, it, vi } from 'vitest';
import { UndoStack, type UndoEntry, type UndoMessage } from '../../src-renderer/src/undo/undo-stack';
import type { MessageKey } from '../../src-renderer/src/i18n';

function entry(key: string, log: string[], failures = { undo: 0, redo: 0 }): UndoEntry {
  return {
    label: { key: key as MessageKey },
    async undo() {
      if (failures.undo-- > 0) throw new Error('the database refused the write');
      log.push(`undo ${key}`);
    },
    async redo() {
      if (failures.redo-- > 0) throw new Error('the database refused the write');
      log.push(`redo ${key}`);
    },
  };
}

/** A stack whose messages are kept, with a log for its entries (console errors silenced). */
function watchedStack() {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const stack = new UndoStack();
  const messages: (UndoMessage | null)[] = [];
  stack.subscribe((state) => messages.push(state.message));
  return { stack, messages, log: [] as string[] };
}

describe('an undo or redo that fails', () => {
  it('keeps the entry, says it failed, and the next try undoes it', async () => {
    const { stack, messages, log } = watchedStack();
    stack.push(entry('first', log));
    stack.push(entry('second', log, { undo: 1, redo: 1 }));

    expect(await stack.undo()).toBe(false);
    expect(messages.at(-1)).toEqual({ kind: 'undo-failed', label: { key: 'second' } });
    expect(stack.canUndo).toBe(true);
    expect(stack.canRedo).toBe(false);
    expect(log).toEqual([]);

    // Tried again, it is the same entry that is undone, not the one before it.
    expect(await stack.undo()).toBe(true);
    expect(log).toEqual(['undo second']);
    expect(messages.at(-1)).toEqual({ kind: 'undo', label: { key: 'second' } });

    expect(await stack.redo()).toBe(false);
    expect(messages.at(-1)).toEqual({ kind: 'redo-failed', label: { key: 'second' } });
    expect(stack.canRedo).toBe(true);
    expect(await stack.redo()).toBe(true);
    expect(log).toEqual(['undo second', 'redo second']);

    expect(await stack.undo()).toBe(true);
    expect(await stack.undo()).toBe(true);
    expect(log).toEqual(['undo second', 'redo second', 'undo second', 'undo first']);
  });

  it('takes out an entry that fails twice in a row, so the ones before it can still be undone', async () => {
    const { stack, messages, log } = watchedStack();
    stack.push(entry('first', log));
    stack.push(entry('broken', log, { undo: 99, redo: 0 }));

    expect(await stack.undo()).toBe(false);
    expect(messages.at(-1)).toEqual({ kind: 'undo-failed', label: { key: 'broken' } });
    expect(await stack.undo()).toBe(false);
    expect(messages.at(-1)).toEqual({ kind: 'undo-dropped', label: { key: 'broken' } });
    expect(await stack.undo()).toBe(true);
    expect(log).toEqual(['undo first']);
    expect(stack.canUndo).toBe(false);
  });

  it('puts a failed entry back at its place when an action was done while it ran', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const stack = new UndoStack();
    const log: string[] = [];
    let started!: () => void;
    const undoStarted = new Promise<void>((resolve) => (started = resolve));
    let fail!: () => void;
    let tries = 0;
    stack.push(entry('older', log));
    stack.push({
      label: { key: 'slow' as MessageKey },
      // The first undo waits, then fails; the next ones succeed.
      undo: () => {
        if (tries++ > 0) return Promise.resolve(void log.push('undo slow'));
        started();
        return new Promise<void>((_, reject) => (fail = () => reject(new Error('refused'))));
      },
      redo: async () => undefined,
    });
    const undoing = stack.undo();
    await undoStarted;
    stack.push(entry('newer', log));
    fail();
    expect(await undoing).toBe(false);
    // The newer action is undone first, then the failed one again, then the older one.
    expect(await stack.undo()).toBe(true);
    expect(await stack.undo()).toBe(true);
    expect(await stack.undo()).toBe(true);
    expect(log).toEqual(['undo newer', 'undo slow', 'undo older']);
  });
});
