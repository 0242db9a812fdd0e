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

/** The file's bytes' hash, with the bytes when it was read whole; null when the import should read it itself. */
export type HashFacts = { contentHash: string; bytes?: Uint8Array; mtimeMs: number } | null;

/** A path stated and, when it is a file within the group's budget, hashed in the same visit. */
export interface StatHashFacts {
  stat: StatFacts;
  /** Absent when the path was not hashed (not a file, or past the budget). */
  hash?: HashFacts;
}

/** What one message to the file-check thread asks: each path stated, hashed, or both. */
export type FileCheckOp = 'stat' | 'hash' | 'stat-hash';
export type FileFacts = StatFacts | HashFacts | StatHashFacts;

/**
 * Bytes of files a `stat-hash` group hashes along with the stats (the bytes of new files wait
 * in memory for their turn); the files after that are only stated, and hashed in their turn.
 */
export const STAT_HASH_BUDGET = 16 * 1024 * 1024;

/**
 * The hashing budget of one `stat-hash` group: whether a path stated so is hashed in the same
 * visit (a file that still fits, whose size is then taken from the budget).
 */
export function statHashBudget(): (stat: StatFacts) => boolean {
  let left = STAT_HASH_BUDGET;
  return (stat) => {
    if (!stat.ok || stat.kind !== 'file' || stat.size > left) return false;
    left -= stat.size;
    return true;
  };
}

/** Answers one group of paths, in order. */
export function checkGroup(op: FileCheckOp, paths: readonly string[]): FileFacts[] {
  if (op === 'stat') return paths.map(statFacts);
  if (op === 'hash') return paths.map(hashFacts);
  const hashesNow = statHashBudget();
  return paths.map((path): StatHashFacts => {
    const stat = statFacts(path);
    return hashesNow(stat) ? { stat, hash: hashFacts(path) } : { stat };
  });
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
 * Reads and hashes one file. Anything the import should explain (missing, a folder, too large,
 * unreadable) gives null: the import then reads the file itself and says what is wrong.
 */
export function hashFacts(path: string): HashFacts {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > MAX_IMPORT_BYTES) return null;
    if (info.size > WHOLE_FILE_BYTES) return { contentHash: hashChunks(fd), mtimeMs: info.mtimeMs };
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

/** A large file hashed a chunk at a time, so memory never holds it whole. */
function hashChunks(fd: number): string {
  const hash = createHash('sha256');
  const chunk = new Uint8Array(WHOLE_FILE_BYTES);
  let total = 0;
  for (;;) {
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) return hash.digest('hex');
    total += read;
    if (total > MAX_IMPORT_BYTES) throw new Error('the file grew past the import limit');
    hash.update(chunk.subarray(0, read));
  }
}
