/**
 * The window keeps the main process's copy of the library's content hashes current: the whole
 * list the first time and after a failed send, then only what was added and removed, and no
 * call at all when the library did not change.
 */
import { describe, expect, it } from 'vitest';
import { KnownHashesSync } from '../../src-renderer/src/import/known-hashes-sync';

function bridge() {
  const calls: unknown[] = [];
  let failNext = false;
  return {
    calls,
    failOnce: () => void (failNext = true),
    setKnownHashes: async (hashes: string[]) => {
      calls.push({ set: [...hashes].sort() });
    },
    changeKnownHashes: async (added: string[], removed: string[]) => {
      if (failNext) {
        failNext = false;
        throw new Error('the main process did not answer');
      }
      calls.push({ added: [...added].sort(), removed: [...removed].sort() });
    },
  };
}

describe('KnownHashesSync', () => {
  it('sends the whole list once, then the changes, and nothing when nothing changed', async () => {
    let library = ['h1', 'h2'];
    const main = bridge();
    const sync = new KnownHashesSync(async () => library, main);
    await sync.sync();
    await sync.sync();
    library = ['h2', 'h3', 'h4'];
    await sync.sync();
    expect(main.calls).toEqual([{ set: ['h1', 'h2'] }, { added: ['h3', 'h4'], removed: ['h1'] }]);
  });

  it('sends the whole list again after a send failed', async () => {
    let library = ['h1'];
    const main = bridge();
    const sync = new KnownHashesSync(async () => library, main);
    await sync.sync();
    library = ['h1', 'h2'];
    main.failOnce();
    await expect(sync.sync()).rejects.toThrow('did not answer');
    await sync.sync();
    expect(main.calls).toEqual([{ set: ['h1'] }, { set: ['h1', 'h2'] }]);
  });
});

describe('KnownHashesSync called again before it finished', () => {
  it('runs the second after the first, so the main process never gets a stale list last', async () => {
    let library = ['h1', 'h2'];
    const calls: string[] = [];
    let answerFirst = () => undefined as void;
    const firstAnswered = new Promise<void>((resolve) => (answerFirst = resolve));
    const sync = new KnownHashesSync(async () => [...library], {
      setKnownHashes: async (hashes: string[]) => {
        calls.push(`set ${hashes.join(' ')}`);
        await firstAnswered;
      },
      changeKnownHashes: async (added: string[], removed: string[]) => {
        calls.push(`change +${added.join(' ')} -${removed.join(' ')}`);
      },
    });
    const first = sync.sync();
    while (calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    // h2's article deleted while the first list is on its way.
    library = ['h1'];
    const second = sync.sync();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toEqual(['set h1 h2']);
    answerFirst();
    await Promise.all([first, second]);
    expect(calls).toEqual(['set h1 h2', 'change + -h2']);
  });
});

describe('KnownHashesSync told of changes', () => {
  it('reads the hashes again only after a change to the articles was committed', async () => {
    let library = ['h1'];
    let reads = 0;
    let changed = () => undefined as void;
    const main = bridge();
    const sync = new KnownHashesSync(
      async () => {
        reads++;
        return library;
      },
      main,
      (listener) => void (changed = listener),
    );
    await sync.sync();
    await sync.sync();
    expect(reads).toBe(1);
    library = ['h1', 'h2'];
    changed();
    await sync.sync();
    await sync.sync();
    expect(reads).toBe(2);
    expect(main.calls).toEqual([{ set: ['h1'] }, { added: ['h2'], removed: [] }]);
  });

  it('reads again after a change committed while it was reading', async () => {
    let library = ['h1'];
    let changed = () => undefined as void;
    const main = bridge();
    const sync = new KnownHashesSync(
      async () => {
        const seen = library;
        // Another write commits while this read is on its way.
        library = ['h1', 'h2'];
        changed();
        return seen;
      },
      main,
      (listener) => void (changed = listener),
    );
    await sync.sync();
    await sync.sync();
    expect(main.calls).toEqual([{ set: ['h1'] }, { added: ['h2'], removed: [] }]);
  });
});
