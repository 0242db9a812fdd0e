/**
 * A file-check thread never holds more than its cap of file bytes for the import: whatever number
 * of groups it is sent before any of their bytes are taken, the bytes it answers with stay within
 * the cap (past it, files are only stated, or hashed without keeping their bytes), and released
 * bytes make room again. Checked on the thread's non-blocking fallback (the thread itself passes
 * the same budget to checkGroup, file-facts.test.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileCheckThread } from '../../src-main/app/file-check-thread';
import { THREAD_BYTES_CAP, WHOLE_FILE_BYTES, type HashFacts } from '../../src-main/app/file-facts';

const dir = mkdtempSync(join(tmpdir(), 'gloss-check-cap-'));
/** One file of the largest size that is read whole: every check of it keeps 1 MB. */
const whole = join(dir, 'whole.txt');
writeFileSync(whole, new Uint8Array(WHOLE_FILE_BYTES).fill(99));

const threads: FileCheckThread[] = [];
afterEach(() => threads.splice(0).forEach((thread) => thread.dispose()));

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const keptBytes = (facts: HashFacts[]) => facts.reduce((sum, f) => sum + (f?.bytes?.byteLength ?? 0), 0);

async function askMany(thread: FileCheckThread): Promise<HashFacts[]> {
  const all: HashFacts[] = [];
  // Four groups in four turns of the event loop, none of their bytes taken meanwhile.
  for (let group = 0; group < 4; group++) {
    const asked =
      group % 2 === 0
        ? Array.from({ length: 20 }, () => thread.statAndHash(whole).then((f) => f.hash ?? null))
        : Array.from({ length: 20 }, () => thread.hash(whole));
    await turn();
    all.push(...(await Promise.all(asked)));
  }
  return all;
}

describe('a file-check thread’s cap on bytes held', () => {
  it('answers with no more bytes than its cap until they are released', async () => {
    const thread = new FileCheckThread(null);
    threads.push(thread);
    const first = await askMany(thread);
    // 80 checks of a 1 MB file: 32 kept their bytes; past the cap, the stat groups only stated
    // the file (it is hashed in its turn) and the hash groups hashed it without keeping them.
    expect(first.filter((f) => f?.contentHash)).toHaveLength(60);
    expect(keptBytes(first)).toBe(THREAD_BYTES_CAP);
    expect(thread.bytesHeld).toBe(THREAD_BYTES_CAP);
    const more = await thread.hash(whole);
    expect(more?.bytes).toBeUndefined();
    // Released (taken by their checks), they make room again.
    for (const facts of first.slice(0, 40)) facts?.release?.();
    for (const facts of first.slice(0, 40)) facts?.release?.();
    const again = await askMany(thread);
    expect(keptBytes(again)).toBe(keptBytes(first.slice(0, 40)));
    for (const facts of [...first, ...again]) facts?.release?.();
    expect(thread.bytesHeld).toBe(0);
  });
});
