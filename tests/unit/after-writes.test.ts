/** Messages held back while chained writes run, then sent in order; writes run one at a time. */
import { describe, expect, it } from 'vitest';
import { AfterWrites } from '../../src-shared/async/after-writes';

function deferred(): { promise: Promise<void>; resolve(): void; reject(error: Error): void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

describe('AfterWrites', () => {
  it('sends at once when no write runs', () => {
    const gate = new AfterWrites();
    const sent: string[] = [];
    gate.send(() => sent.push('a'));
    expect(sent).toEqual(['a']);
  });

  it('holds messages until every chained write is done, runs the writes one after another, keeps the order', async () => {
    const gate = new AfterWrites();
    const log: string[] = [];
    const first = deferred();
    const second = deferred();
    gate.chain(async () => {
      log.push('write 1');
      await first.promise;
    });
    gate.send(() => log.push('message 1'));
    gate.chain(async () => {
      log.push('write 2');
      await second.promise;
    });
    gate.send(() => log.push('message 2'));
    await Promise.resolve();
    expect(log).toEqual(['write 1']);
    first.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log).toEqual(['write 1', 'write 2']);
    second.resolve();
    await gate.done();
    expect(log).toEqual(['write 1', 'write 2', 'message 1', 'message 2']);
    gate.send(() => log.push('message 3'));
    expect(log.at(-1)).toBe('message 3');
  });

  it('sends a message that needs no write at once, unless one sent before it is held', async () => {
    const gate = new AfterWrites();
    const sent: string[] = [];
    const write = deferred();
    gate.chain(() => write.promise);
    gate.send(() => sent.push('nothing to save'), { now: true });
    expect(sent).toEqual(['nothing to save']);
    expect(gate.holding).toBe(false);
    gate.send(() => sent.push('article'));
    gate.send(() => sent.push('after the article'), { now: true });
    expect(sent).toEqual(['nothing to save']);
    expect(gate.holding).toBe(true);
    write.resolve();
    await gate.done();
    expect(sent).toEqual(['nothing to save', 'article', 'after the article']);
  });

  it('drops the held messages sent as stale, and keeps the others', async () => {
    const gate = new AfterWrites();
    const sent: string[] = [];
    const write = deferred();
    gate.chain(() => write.promise);
    gate.send(() => sent.push('progress 1'), { stale: true });
    gate.send(() => sent.push('articles'));
    gate.send(() => sent.push('progress 2'), { stale: true });
    gate.dropStale();
    write.resolve();
    await gate.done();
    expect(sent).toEqual(['articles']);
    gate.send(() => sent.push('progress 3'), { stale: true });
    gate.dropStale();
    expect(sent).toEqual(['articles', 'progress 3']);
  });

  it('counts a failed write as done', async () => {
    const gate = new AfterWrites();
    const sent: string[] = [];
    const write = deferred();
    gate.chain(() => write.promise);
    gate.send(() => sent.push('a'));
    write.reject(new Error('disk full'));
    await gate.done();
    expect(sent).toEqual(['a']);
  });
});
