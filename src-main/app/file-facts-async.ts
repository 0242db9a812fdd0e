/**
 * The facts of file-facts.ts (a path's kind and size, its bytes' SHA-256 with the bytes of a small
 * file), read with Node's asynchronous file system, for the main process: where no file-check
 * thread answers (it died, or there is none) the files are checked here without ever blocking
 * the event loop, a few at a time, each answered as soon as it is known.
 */
import { createHash } from 'node:crypto';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { runAhead } from '../../src-shared/async/run-ahead';
import { MAX_IMPORT_BYTES } from '../import/limits';
import {
  factsOfStatError,
  factsOfStats,
  hashedWithStat,
  keepWithin,
  THREAD_BYTES_CAP,
  WHOLE_FILE_BYTES,
  type FileCheckOp,
  type FileFacts,
  type HashFacts,
  type StatFacts,
} from './file-facts';

/** Files stated or hashed at once: enough to overlap their reads, few open files. */
const AT_ONCE = 8;

export function statFactsAsync(path: string): Promise<StatFacts> {
  return stat(path).then(factsOfStats, factsOfStatError);
}

/**
 * Reads `size` bytes of `file` into the hash, and keeps them when asked; null when the file holds
 * another number of bytes than its stat said (it changed: the import reads it itself).
 */
async function readHashing(file: FileHandle, size: number, keep: boolean) {
  const hash = createHash('sha256');
  const bytes = keep ? new Uint8Array(size) : null;
  let total = 0;
  // One byte past the stated size is asked for, so that a file that grew is noticed.
  for await (const chunk of file.createReadStream({ start: 0, end: size, autoClose: false })) {
    const data = chunk as Buffer;
    if (total + data.length > size) return null;
    hash.update(data);
    bytes?.set(data, total);
    total += data.length;
  }
  return total === size ? { contentHash: hash.digest('hex'), bytes } : null;
}

/** hashFacts without blocking: null for anything the import should read and explain itself. */
export async function hashFactsAsync(
  path: string,
  mayKeep: (size: number) => boolean = () => true,
): Promise<HashFacts> {
  let file: FileHandle | null = null;
  try {
    file = await open(path, 'r');
    const info = await file.stat();
    if (!info.isFile() || info.size > MAX_IMPORT_BYTES) return null;
    const read = await readHashing(file, info.size, info.size <= WHOLE_FILE_BYTES && mayKeep(info.size));
    if (!read) return null;
    return read.bytes
      ? { contentHash: read.contentHash, bytes: read.bytes, mtimeMs: info.mtimeMs }
      : { contentHash: read.contentHash, mtimeMs: info.mtimeMs };
  } catch {
    return null;
  } finally {
    await file?.close().catch(() => undefined);
  }
}

/**
 * checkGroup without blocking: `answer(index, facts)` is called for each path, in order, as soon
 * as its facts are known, keeping at most `budget` bytes of files (a `stat-hash` group spends it
 * in the paths' order).
 */
export async function checkGroupAsync(
  op: FileCheckOp,
  paths: readonly string[],
  answer: (index: number, facts: FileFacts) => void,
  budget = THREAD_BYTES_CAP,
): Promise<void> {
  const mayKeep = keepWithin(budget);
  if (op === 'stat-hash') {
    for (const [index, path] of paths.entries()) {
      const stated = await statFactsAsync(path);
      answer(
        index,
        hashedWithStat(stated, mayKeep)
          ? { stat: stated, hash: await hashFactsAsync(path) }
          : { stat: stated },
      );
    }
    return;
  }
  const facts = runAhead<string, FileFacts>(paths, AT_ONCE, (path) =>
    op === 'stat' ? statFactsAsync(path) : hashFactsAsync(path, mayKeep),
  );
  for (let index = 0; index < paths.length; index++) answer(index, await facts(index));
}
