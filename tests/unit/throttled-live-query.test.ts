/**
 * The throttle behind the library list: first value at once, a burst coalesced, the last always;
 * a change marked urgent (the list no longer empty) at once, in the middle of a burst.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttled } from '../../src-renderer/src/library/throttled-live-query';

function source<T>() {
  let next: (value: T) => void = () => undefined;
  let error: (reason: unknown) => void = () => undefined;
  let unsubscribed = false;
  return {
    emit: (value: T) => next(value),
    fail: (reason: unknown) => error(reason),
    get unsubscribed() {
      return unsubscribed;
    },
    subscribe(onNext: (value: T) => void, onError?: (reason: unknown) => void) {
      next = onNext;
      error = onError ?? (() => undefined);
      return { unsubscribe: () => void (unsubscribed = true) };
    },
  };
}

describe('throttled', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('passes the first value at once and the last of a burst after the interval', () => {
    const values = source<number>();
    const seen: number[] = [];
    throttled(values, 400).subscribe((v) => seen.push(v));
    values.emit(1);
    expect(seen).toEqual([1]);
    values.emit(2);
    values.emit(3);
    vi.advanceTimersByTime(399);
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([1, 3]);
  });

  it('passes a change after a quiet spell at once', () => {
    const values = source<number>();
    const seen: number[] = [];
    throttled(values, 400).subscribe((v) => seen.push(v));
    values.emit(1);
    vi.advanceTimersByTime(1000);
    values.emit(2);
    expect(seen).toEqual([1, 2]);
  });

  it('passes errors on and stops its timer when unsubscribed', () => {
    const values = source<number>();
    const seen: number[] = [];
    const errors: unknown[] = [];
    const subscription = throttled(values, 400).subscribe(
      (v) => seen.push(v),
      (e) => errors.push(e),
    );
    values.emit(1);
    values.emit(2);
    values.fail('broken');
    expect(errors).toEqual(['broken']);
    subscription.unsubscribe();
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([1]);
    expect(values.unsubscribed).toBe(true);
  });

  it('passes an urgent change at once: the list is never empty while articles exist', () => {
    const lists = source<string[]>();
    const seen: string[][] = [];
    const emptiness = (shown: string[], next: string[]) => (shown.length === 0) !== (next.length === 0);
    throttled(lists, 1000, { urgent: emptiness }).subscribe((v) => seen.push(v));
    lists.emit([]);
    // The first article is saved a moment after the empty library was shown: no waiting.
    lists.emit(['a']);
    expect(seen).toEqual([[], ['a']]);
    // More articles in the same burst follow at the list's pace.
    lists.emit(['a', 'b']);
    expect(seen).toHaveLength(2);
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([[], ['a'], ['a', 'b']]);
  });

  it('drops a pending value when an urgent one shows first', () => {
    const lists = source<string[]>();
    const seen: string[][] = [];
    const emptiness = (shown: string[], next: string[]) => (shown.length === 0) !== (next.length === 0);
    throttled(lists, 1000, { urgent: emptiness }).subscribe((v) => seen.push(v));
    lists.emit(['a']);
    lists.emit(['a', 'b']);
    lists.emit([]);
    expect(seen).toEqual([['a'], []]);
    vi.advanceTimersByTime(2000);
    expect(seen).toEqual([['a'], []]);
  });
});
