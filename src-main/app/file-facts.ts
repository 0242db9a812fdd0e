/**
 * What the import learns of a file before any extraction, with blocking calls meant for the
 * file-check thread (file-check-worker.ts): its kind and size (`statFacts`), and its bytes' SHA-256
 * (`hashFacts`, keeping the bytes of a file small enough to hand on). For hundreds of small files
 * one thread making plain system calls is several times faster than the same reads sent one by
 * one through Node's asynchronous file system, which queues each open, read and close.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { MAX_IMPORT_BYTES } from '../import/limits';

/** Files up to this size are read whole (and their bytes handed on); larger ones only hashed. */
export const WHOLE_FILE_BYTES = 1024 * 1024;

export type StatFacts =
  | { ok: true; kind: 'file' | 'folder' | 'other'; size: number; mtimeMs: number }
  | { ok: false; code?: string; message: string };

/** The file's bytes' hash, with the bytes when it was read whole; null when the import should read it itself. */
export type HashFacts = { contentHash: string; bytes?: Uint8Array; mtimeMs: number } | null;

export function factsOfStats(info: Stats): StatFacts {
  const kind = info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'other';
  return { ok: true, kind, size: info.size, mtimeMs: info.mtimeMs };
}

export function statFacts(path: string): StatFacts {
  try {
    return factsOfStats(statSync(path));
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    return { ok: false, code, message: message ?? String(error) };
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
    return { contentHash: createHash('sha256').update(bytes).digest('hex'), bytes, mtimeMs: info.mtimeMs };
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
