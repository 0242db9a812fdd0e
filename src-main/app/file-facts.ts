/**
 * What the import learns of a file before any extraction, with blocking calls meant for the
 * file-check thread (file-check-worker.ts): its kind and size (`statFacts`), and its bytes' SHA-256
 * (`hashFacts`, keeping the bytes of a file small enough to hand on). For hundreds of small files
 * one thread making plain system calls is several times faster than the same reads sent one by
 * one through Node's asynchronous file system, which queues each open, read and close. The main
 * process itself never blocks: where it checks files (no thread, or a thread that died) it uses
 * the same facts read without blocking (file-facts-async.ts).
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { contentHash } from '../import/hash';
import { MAX_IMPORT_BYTES } from '../import/limits';

/** Files up to this size are read whole (and their bytes handed on); larger ones only hashed. */
export const WHOLE_FILE_BYTES = 1024 * 1024;

export type StatFacts =
  | { ok: true; kind: 'file' | 'folder' | 'other'; size: number; mtimeMs: number }
  | { ok: false; code?: string; message: string };

/**
 * The file's bytes' hash, with the bytes when they were kept; null when the import should read it
 * itself. Kept bytes come with `release`, called once they leave the check (FileCheckThread counts
 * them against its cap until then).
 */
export type HashFacts = {
  contentHash: string;
  bytes?: Uint8Array;
  mtimeMs: number;
  release?: () => void;
} | null;

/** A path stated and, when it is a file within the group's budget, hashed in the same visit. */
export interface StatHashFacts {
  stat: StatFacts;
  /** Absent when the path was not hashed (not a file, or past the group's budget). */
  hash?: HashFacts;
}

/** What one message to the file-check thread asks: each path stated, hashed, or both. */
export type FileCheckOp = 'stat' | 'hash' | 'stat-hash';
export type FileFacts = StatFacts | HashFacts | StatHashFacts;

/**
 * Bytes of files one file-check thread may hold for the import at once: read, answered, and not
 * yet taken by the file's check (which hands them to the import worker or drops them). Each group
 * sent to a thread carries what is left of it (`FileCheckThread`); past it, a `stat-hash` group
 * only states its files (they are hashed in their turn) and a `hash` group hashes without keeping
 * the bytes (the import worker reads the file itself).
 */
export const THREAD_BYTES_CAP = 32 * 1024 * 1024;

/**
 * A group's budget of bytes to keep: whether a file of `size` bytes may be kept (it still fits,
 * and its size is then taken from the budget).
 */
export function keepWithin(budget: number): (size: number) => boolean {
  let left = budget;
  return (size) => {
    if (size > left) return false;
    left -= size;
    return true;
  };
}

/** Answers one group of paths, in order, keeping at most `budget` bytes of files. */
export function checkGroup(
  op: FileCheckOp,
  paths: readonly string[],
  budget = THREAD_BYTES_CAP,
): FileFacts[] {
  if (op === 'stat') return paths.map(statFacts);
  const mayKeep = keepWithin(budget);
  if (op === 'hash') return paths.map((path) => hashFacts(path, mayKeep));
  return paths.map((path): StatHashFacts => {
    const stat = statFacts(path);
    return hashedWithStat(stat, mayKeep) ? { stat, hash: hashFacts(path, () => true) } : { stat };
  });
}

/** Whether a stated path is hashed in the same visit: a file whose bytes still fit the group's budget. */
export function hashedWithStat(stat: StatFacts, mayKeep: (size: number) => boolean): boolean {
  return stat.ok && stat.kind === 'file' && stat.size <= WHOLE_FILE_BYTES && mayKeep(stat.size);
}

/** The buffers a reply can hand over instead of copying: the bytes of files read whole. */
export function transferablesOf(facts: readonly FileFacts[]): ArrayBuffer[] {
  return facts.flatMap((fact) => {
    const hash = fact && 'stat' in fact ? fact.hash : fact && 'contentHash' in fact ? fact : null;
    return hash?.bytes ? [hash.bytes.buffer as ArrayBuffer] : [];
  });
}

export function factsOfStats(info: Stats): StatFacts {
  const kind = info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'other';
  return { ok: true, kind, size: info.size, mtimeMs: info.mtimeMs };
}

/** What a failed stat says: the system's code (ENOENT, ELOOP…) and message. */
export function factsOfStatError(error: unknown): StatFacts {
  const { code, message } = error as { code?: string; message?: string };
  return { ok: false, code, message: message ?? String(error) };
}

export function statFacts(path: string): StatFacts {
  try {
    return factsOfStats(statSync(path));
  } catch (error) {
    return factsOfStatError(error);
  }
}

/**
 * Reads and hashes one file, keeping its bytes when it is read whole and `mayKeep` its size.
 * Anything the import should explain (missing, a folder, too large, unreadable) gives null: the
 * import then reads the file itself and says what is wrong.
 */
export function hashFacts(path: string, mayKeep: (size: number) => boolean = () => true): HashFacts {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > MAX_IMPORT_BYTES) return null;
    if (info.size > WHOLE_FILE_BYTES || !mayKeep(info.size))
      return { contentHash: hashChunks(fd, info.size), mtimeMs: info.mtimeMs };
    const bytes = new Uint8Array(info.size);
    let total = 0;
    while (total < bytes.length) {
      const read = readSync(fd, bytes, total, bytes.length - total, null);
      if (read === 0) break;
      total += read;
    }
    // A file that changed size since its stat is left to the import, which reads it itself.
    if (total < bytes.length || readSync(fd, new Uint8Array(1), 0, 1, null) > 0) return null;
    return { contentHash: contentHash(bytes), bytes, mtimeMs: info.mtimeMs };
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** A file hashed a chunk at a time (a megabyte at most), so memory never holds it whole. */
function hashChunks(fd: number, size: number): string {
  const hash = createHash('sha256');
  const chunk = new Uint8Array(Math.min(WHOLE_FILE_BYTES, size + 1));
  let total = 0;
  for (;;) {
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) return hash.digest('hex');
    total += read;
    if (total > MAX_IMPORT_BYTES) throw new Error('the file grew past the import limit');
    hash.update(chunk.subarray(0, read));
  }
}
