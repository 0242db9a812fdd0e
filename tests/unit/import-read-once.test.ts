/**
 * A file checked against the library's hashes is read once: when its bytes are new, the bytes
 * read for the check are extracted, not read from disk again. And a quick batch of files already
 * in the library answers in one message: no progress, no results event, the results in the answer.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as FsPromises from 'node:fs/promises';
import type { BatchResult } from '../../src-main/ipc/contract';

const reads = vi.hoisted(() => new Map<string, number>());
// Every readFile and every open of a file is a read. Without a check thread (workerPath null) the
// checks open files with the asynchronous file system on this thread.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  const counted = <F>(read: F): F =>
    ((path: unknown, ...rest: unknown[]) => {
      reads.set(String(path), (reads.get(String(path)) ?? 0) + 1);
      return (read as (...args: unknown[]) => unknown)(path, ...rest);
    }) as unknown as F;
  const readFile = counted(actual.readFile);
  const open = counted(actual.open);
  return { ...actual, default: { ...actual, readFile, open }, readFile, open };
});

const { ImportService } = await import('../../src-main/app/import-service');

function files(names: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-read-once-'));
  return names.map((name) => {
    const path = join(dir, `${name}.md`);
    writeFileSync(path, `# Article ${name}\n\nThe text of ${name}.`);
    return path;
  });
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('import reads', () => {
  it('extracts a new file from the bytes read to check it, reading the file once', async () => {
    const results: BatchResult[] = [];
    const service = new ImportService({
      workerPath: null,
      onProgress: () => undefined,
      onResults: (chunk) => results.push(...chunk.results),
    });
    const [known, fresh] = files(['known', 'fresh']);
    service.setKnownHashes([sha256('# Article known\n\nThe text of known.')]);
    reads.clear();
    results.push(...(await service.run([known, fresh])).results);
    expect(results.map((r) => r.ok)).toEqual(['known', true]);
    const article = results[1].ok === true ? results[1].article : null;
    expect(article?.contentHash).toBe(sha256('# Article fresh\n\nThe text of fresh.'));
    expect(article?.source.modifiedAt).toEqual(expect.any(String));
    expect(article?.source.path).toBe(fresh);
    expect(reads.get(fresh)).toBe(1);
    expect(reads.get(known)).toBe(1);
  });

  it('answers a quick batch of known files in one message', async () => {
    const progress: unknown[] = [];
    const events: unknown[] = [];
    const service = new ImportService({
      workerPath: null,
      onProgress: (p) => progress.push(p),
      onResults: (chunk) => events.push(chunk),
    });
    const paths = files(['a', 'b', 'c']);
    service.setKnownHashes(['a', 'b', 'c'].map((n) => sha256(`# Article ${n}\n\nThe text of ${n}.`)));
    const batch = await service.run(paths);
    expect(batch.results.map((r) => r.ok)).toEqual(['known', 'known', 'known']);
    expect(batch.chunks).toBe(0);
    expect(events).toEqual([]);
    expect(progress).toEqual([]);
  });
});
