/**
 * A file-check thread that dies with a group of a batch in hand: the group, and every check after
 * it, are answered on the main process with the asynchronous file system, each file right, and
 * the event loop keeps turning while they are read (the old fallback read them all in one
 * blocking turn).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileCheckThread, RESTARTS } from '../../src-main/app/file-check-thread';
import { checkGroupAsync, hashFactsAsync } from '../../src-main/app/file-facts-async';
import { checkGroup, WHOLE_FILE_BYTES, type StatHashFacts } from '../../src-main/app/file-facts';

const DYING_WORKER = resolve(__dirname, '../support/file-check-worker-dying.cjs');
const dir = mkdtempSync(join(tmpdir(), 'gloss-file-check-fallback-'));
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

function files(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `${prefix}-${i}.md`);
    writeFileSync(path, `# ${prefix} ${i}\n\n${'正文 '.repeat(200 + i)}`);
    return path;
  });
}

/** Counts the event loop's turns until stopped. */
function turnCounter() {
  let turns = 0;
  let running = true;
  const turn = () => {
    turns++;
    if (running) setImmediate(turn);
  };
  setImmediate(turn);
  return {
    now: () => turns,
    stop: () => void (running = false),
  };
}

describe('file checks when their thread dies', () => {
  it('answers the group the thread died with, and what follows, without blocking the main process', async () => {
    const thread = new FileCheckThread(DYING_WORKER);
    try {
      // The thread answers the first group itself.
      const first = files('first', 20);
      const firstFacts = await Promise.all(first.map((path) => thread.hash(path)));
      expect(firstFacts.map((facts) => facts?.contentHash)).toEqual(
        first.map((path) => sha256(readFileSync(path))),
      );

      // The second group is asked in one turn, so it goes to the thread as one message: the
      // thread dies on it, before answering any of it.
      const second = [...files('second', 30), ...files('kill-the-thread', 1), ...files('third', 9)];
      const counter = turnCounter();
      const answeredAt: number[] = [];
      const secondFacts = await Promise.all(
        second.map((path) =>
          thread.statAndHash(path).then((facts) => {
            answeredAt.push(counter.now());
            return facts;
          }),
        ),
      );
      counter.stop();
      expect(secondFacts.map((facts) => facts.stat.ok && facts.stat.kind)).toEqual(second.map(() => 'file'));
      expect(secondFacts.map((facts) => facts.hash?.contentHash)).toEqual(
        second.map((path) => sha256(readFileSync(path))),
      );
      expect(secondFacts.map((facts) => Buffer.from(facts.hash!.bytes!).toString('utf8'))).toEqual(
        second.map((path) => readFileSync(path, 'utf8')),
      );
      // Answered one by one as they were read, with the event loop turning in between.
      expect(answeredAt[answeredAt.length - 1]).toBeGreaterThan(answeredAt[0]);

      // Later checks of the batch are answered right too.
      const after = files('after', 5);
      const afterFacts = await Promise.all(after.map((path) => thread.stat(path)));
      expect(afterFacts.map((facts) => facts.ok && facts.size)).toEqual(
        after.map((path) => readFileSync(path).length),
      );
    } finally {
      thread.dispose();
    }
  });

  it('starts a new thread after one stopped by itself, a bounded number of times', async () => {
    const thread = new FileCheckThread(DYING_WORKER);
    try {
      const hashed = async (paths: string[]) =>
        (await Promise.all(paths.map((path) => thread.hash(path)))).map((facts) => facts?.contentHash);
      const sums = (paths: string[]) => paths.map((path) => sha256(readFileSync(path)));
      const first = files('restart-first', 3);
      expect(await hashed(first)).toEqual(sums(first));
      expect(thread.threadsStarted).toBe(1);
      // Each kill is answered here; the next check runs on a thread started again.
      for (let kill = 1; kill <= RESTARTS + 1; kill++) {
        const killing = files(`kill-the-thread-${kill}`, 2);
        expect(await hashed(killing)).toEqual(sums(killing));
        const next = files(`restart-after-${kill}`, 3);
        expect(await hashed(next)).toEqual(sums(next));
        expect(thread.threadsStarted).toBe(Math.min(kill + 1, RESTARTS + 1));
      }
      // Restarts used up: checks stay here, right, and no thread is started any more.
      const last = files('restart-last', 3);
      expect(await hashed(last)).toEqual(sums(last));
      expect(thread.threadsStarted).toBe(RESTARTS + 1);
    } finally {
      thread.dispose();
    }
  });

  it('gives the same facts as the blocking checks, also for large, missing and folder paths', async () => {
    const large = join(dir, 'large.txt');
    writeFileSync(large, new Uint8Array(WHOLE_FILE_BYTES * 2 + 5).fill(97));
    const small = join(dir, 'small.txt');
    writeFileSync(small, '红色 and blue');
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const paths = [large, small, empty, join(dir, 'missing.txt'), dir];
    for (const op of ['stat', 'hash', 'stat-hash'] as const) {
      const answers: unknown[] = [];
      await checkGroupAsync(op, paths, (index, facts) => (answers[index] = facts));
      expect(answers).toEqual(checkGroup(op, paths));
    }
    const facts = (await hashFactsAsync(small))!;
    expect(facts.bytes!.buffer.byteLength).toBe(Buffer.byteLength('红色 and blue'));
    expect((checkGroup('stat-hash', [large])[0] as StatHashFacts).hash?.bytes).toBeUndefined();
  });
});
