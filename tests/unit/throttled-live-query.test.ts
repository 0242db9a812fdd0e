/**
 * The live query behind the library list: runs at once, re-runs after a change to its tables (at
 * once after a quiet spell, at most once per interval in a burst, the last change always), never
 * for other tables, and never while a run is going; at once when the value shown asks for it (an
 * empty list); on Dexie's real change events as well.
 */
import 'fake-indexeddb/auto';
import Dexie, { type ObservabilitySet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  touchesTables,
  watchTables,
  type ChangeEvents,
} from '../../src-renderer/src/library/throttled-live-query';

function fakeChanges() {
  const listeners = new Set<(parts: ObservabilitySet) => void>();
  const events: ChangeEvents & { emit(table: string): void; listeners: number } = {
    subscribe: (listener) => void listeners.add(listener),
    unsubscribe: (listener) => void listeners.delete(listener),
    emit: (table) =>
      listeners.forEach((l) => l({ [`idb://lib/${table}/`]: {} } as unknown as ObservabilitySet)),
    get listeners() {
      return listeners.size;
    },
  };
  return events;
}

/** Lets the runs' promises settle (fake timers do not run microtasks by themselves). */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('watchTables', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('runs at once, then once per interval in a burst of changes, the last change included', async () => {
    const changes = fakeChanges();
    let runs = 0;
    const seen: number[] = [];
    watchTables('lib', ['articles'], async () => ++runs, 1000, changes).subscribe((v) => seen.push(v));
    await settle();
    expect(seen).toEqual([1]);
    // A change after a quiet spell shows at once.
    await vi.advanceTimersByTimeAsync(2000);
    changes.emit('articles');
    await settle();
    expect(seen).toEqual([1, 2]);
    // A burst: ten commits within the interval make one run, at its end.
    for (let i = 0; i < 10; i++) {
      await vi.advanceTimersByTimeAsync(50);
      changes.emit('articles');
    }
    expect(seen).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(500);
    expect(seen).toEqual([1, 2, 3]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toBe(3);
  });

  it('ignores changes to tables it does not read', async () => {
    const changes = fakeChanges();
    let runs = 0;
    watchTables('lib', ['articles'], async () => ++runs, 1000, changes).subscribe(() => undefined);
    await settle();
    changes.emit('highlights');
    changes.emit('articles-archive');
    await vi.advanceTimersByTimeAsync(3000);
    expect(runs).toBe(1);
  });

  it('runs again when a change commits during a run, never two at a time', async () => {
    const changes = fakeChanges();
    let running = 0;
    let most = 0;
    let runs = 0;
    const querier = async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 300));
      running--;
      return ++runs;
    };
    const seen: number[] = [];
    watchTables('lib', ['articles'], querier, 100, changes).subscribe((v) => seen.push(v));
    await vi.advanceTimersByTimeAsync(150);
    changes.emit('articles');
    await vi.advanceTimersByTimeAsync(2000);
    expect(seen).toEqual([1, 2]);
    expect(most).toBe(1);
  });

  it('passes errors on, and stops listening when unsubscribed', async () => {
    const changes = fakeChanges();
    const errors: unknown[] = [];
    let runs = 0;
    const subscription = watchTables(
      'lib',
      ['articles'],
      async () => {
        runs++;
        throw new Error('broken');
      },
      100,
      changes,
    ).subscribe(
      () => undefined,
      (e) => errors.push(e),
    );
    await settle();
    expect(errors).toHaveLength(1);
    subscription.unsubscribe();
    expect(changes.listeners).toBe(0);
    changes.emit('articles');
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(1);
  });
});

describe('watchTables tells each run what changed', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('null first and after a failed run, else the notices of its tables since the last run', async () => {
    const changes = fakeChanges();
    const given: (string[] | null)[] = [];
    let fail = false;
    watchTables(
      'lib',
      ['articles'],
      async (changed) => {
        given.push(changed && changed.map((parts) => Object.keys(parts).join()));
        if (fail) throw new Error('broken');
        return given.length;
      },
      1000,
      changes,
    ).subscribe(
      () => undefined,
      () => undefined,
    );
    await settle();
    changes.emit('articles');
    changes.emit('highlights');
    changes.emit('articles');
    await vi.advanceTimersByTimeAsync(1000);
    fail = true;
    changes.emit('articles');
    await vi.advanceTimersByTimeAsync(1000);
    fail = false;
    changes.emit('articles');
    await vi.advanceTimersByTimeAsync(1000);
    expect(given).toEqual([
      null,
      ['idb://lib/articles/', 'idb://lib/articles/'],
      ['idb://lib/articles/'],
      null,
    ]);
  });
});

describe('watchTables with an urgent value shown', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('runs at once after a change while the list shown is empty: never "empty" while articles exist', async () => {
    const changes = fakeChanges();
    let library: string[] = [];
    const seen: string[][] = [];
    watchTables('lib', ['articles'], async () => [...library], 1000, changes, {
      urgentAfter: (shown) => shown.length === 0,
    }).subscribe((v) => seen.push(v));
    await settle();
    expect(seen).toEqual([[]]);
    // The first article is saved a moment after the empty library was shown: no waiting.
    library = ['a'];
    changes.emit('articles');
    await settle();
    expect(seen).toEqual([[], ['a']]);
    // With articles shown, the next change waits for the interval as before.
    library = ['a', 'b'];
    changes.emit('articles');
    await vi.advanceTimersByTimeAsync(500);
    expect(seen).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(500);
    expect(seen).toEqual([[], ['a'], ['a', 'b']]);
  });
});

describe('watchTables on Dexie', () => {
  it('follows commits to its tables and not to others', async () => {
    const database = new Dexie(`watch-${Math.random()}`);
    database.version(1).stores({ articles: 'id', tags: 'name' });
    // Creating the database announces a change to every table: open it first.
    await database.open();
    const seen: number[] = [];
    const subscription = watchTables(
      database.name,
      ['articles'],
      () => database.table('articles').count(),
      0,
    ).subscribe((count) => seen.push(count));
    const until = async (length: number) => {
      while (seen.length < length) await new Promise((resolve) => setTimeout(resolve, 5));
    };
    await until(1);
    await database.table('tags').add({ name: 'x' });
    await database.transaction('rw', database.table('articles'), async () => {
      await database.table('articles').bulkAdd([{ id: 'a' }, { id: 'b' }]);
    });
    await until(2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual([0, 2]);
    subscription.unsubscribe();
    database.close();
  });

  it('reads a change to every table ("all") as touching its tables', () => {
    expect(touchesTables({ all: {} } as unknown as ObservabilitySet, 'gloss', ['articles'])).toBe(true);
    expect(
      touchesTables({ 'idb://gloss/articles/title': {} } as unknown as ObservabilitySet, 'gloss', [
        'articles',
      ]),
    ).toBe(true);
    expect(
      touchesTables({ 'idb://other/articles/': {} } as unknown as ObservabilitySet, 'gloss', ['articles']),
    ).toBe(false);
  });
});
