/**
 * The library's content hashes as the main process knows them (the window sends the whole list
 * once, then what changed), and the check that recognizes a file already in the library by its
 * bytes' hash, taken on the file-check thread before any worker, decoding or extraction sees it.
 * A file that turns out to be new keeps the bytes read for the check, so the import worker
 * extracts them without reading the file a second time.
 */
import { basename } from 'node:path';
import type { KnownFileResult } from '../ipc/contract';
import type { ReadFile } from '../import/worker-request';
import { runAhead } from '../../src-shared/async/run-ahead';
import type { FileChecks } from './file-check-pool';
import { type HashFacts } from './file-facts';

/**
 * Files checked ahead of the one the batch is on, so they go to the check thread in large groups:
 * as many as fit in a budget of bytes (the bytes of new files wait in memory for their turn), a
 * file of unknown size (found in a folder) counted as half a megabyte.
 */
const CHECKS_AHEAD = { items: 512, weight: 16 * 1024 * 1024 };
const UNKNOWN_SIZE = 512 * 1024;

/**
 * What the check found: the file is already in the library; or it is new, read whole (its bytes
 * and hash go to the worker); or null: the worker reads it itself (no hashes known yet, a large
 * file, or anything the import should explain: missing, a folder, too large, unreadable).
 */
export type FileCheck = { known: KnownFileResult } | { read: ReadFile } | null;

export class KnownHashes {
  private hashes = new Set<string>();

  constructor(private readonly thread: FileChecks) {}

  /** The whole list, replacing what was known (the window's first list, or after a reload). */
  replace(hashes: readonly string[]): void {
    this.hashes = new Set(hashes);
  }

  /** What changed in the library since the window's last list. */
  change(added: readonly string[], removed: readonly string[]): void {
    for (const hash of removed) this.hashes.delete(hash);
    for (const hash of added) this.hashes.add(hash);
  }

  get size(): number {
    return this.hashes.size;
  }

  /** Checks one file; `hashedEarly` holds files hashed with their stat (taken from it once used). */
  async check(path: string, hashedEarly?: Map<string, HashFacts>): Promise<FileCheck> {
    if (this.hashes.size === 0) return null;
    let facts: HashFacts;
    if (hashedEarly?.has(path)) {
      facts = hashedEarly.get(path) as HashFacts;
      hashedEarly.delete(path);
    } else facts = await this.thread.hash(path);
    if (!facts) return null;
    const { contentHash, bytes, mtimeMs } = facts;
    // The bytes leave the check thread's count: dropped (a known file) or kept for the worker.
    facts.release?.();
    if (this.hashes.has(contentHash))
      return { known: { ok: 'known', known: { contentHash, fileName: basename(path), path } } };
    return bytes ? { read: { bytes, contentHash, modifiedAt: new Date(mtimeMs).toISOString() } } : null;
  }

  /** Checks for the files of a batch by index, each started a few files ahead of its turn. */
  checker(
    files: readonly string[],
    sizes?: ReadonlyMap<string, number>,
    hashedEarly?: Map<string, HashFacts>,
  ): (index: number) => Promise<FileCheck> {
    const weigh = (path: string) => sizes?.get(path) ?? UNKNOWN_SIZE;
    return runAhead(files, { ...CHECKS_AHEAD, weigh }, (path) => this.check(path, hashedEarly));
  }
}
