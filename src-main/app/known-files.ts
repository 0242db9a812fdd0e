/**
 * The library's content hashes as the main process knows them (the window sends the whole list
 * once, then what changed), and the check that recognizes a file already in the library by
 * reading and hashing it here, before any worker, decoding or extraction sees it. A file that
 * turns out to be new keeps the bytes read for the check, so the worker extracts them without
 * reading the file a second time.
 */
import { createHash } from 'node:crypto';
import { createReadStream, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { KnownFileResult } from '../ipc/contract';
import { MAX_IMPORT_BYTES } from '../import/limits';
import type { ReadFile } from '../import/worker-request';
import { runAhead } from '../../src-shared/async/run-ahead';

/** Files up to this size are read whole and hashed at once (and handed on); larger ones are streamed. */
const WHOLE_FILE_BYTES = 1024 * 1024;

/** Files checked ahead of the one the batch is on, so their reads overlap. */
const CHECKS_AHEAD = 32;

/**
 * What the check found: the file is already in the library; or it is new, read whole (its bytes
 * and hash go to the worker); or null: the worker reads it itself (no hashes known yet, a large
 * file, or anything the import should explain: missing, a folder, too large, unreadable).
 */
export type FileCheck = { known: KnownFileResult } | { read: ReadFile } | null;

/** A large file is hashed as it streams in, so neither memory nor the event loop carries it whole. */
async function hashStream(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export class KnownHashes {
  private hashes = new Set<string>();

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

  /** Checks one file; `info` is its stat when the caller has one already (picked files). */
  async check(path: string, info?: Stats): Promise<FileCheck> {
    if (this.hashes.size === 0) return null;
    try {
      info ??= await stat(path);
      if (!info.isFile() || info.size > MAX_IMPORT_BYTES) return null;
      const known = (contentHash: string): FileCheck =>
        this.hashes.has(contentHash)
          ? { known: { ok: 'known', known: { contentHash, fileName: basename(path), path } } }
          : null;
      if (info.size > WHOLE_FILE_BYTES) return known(await hashStream(path));
      const bytes = new Uint8Array(await readFile(path));
      const contentHash = createHash('sha256').update(bytes).digest('hex');
      return known(contentHash) ?? { read: { bytes, contentHash, modifiedAt: info.mtime.toISOString() } };
    } catch {
      return null;
    }
  }

  /** Checks for the files of a batch by index, each started a few files ahead of its turn. */
  checker(
    files: readonly string[],
    stats?: ReadonlyMap<string, Stats>,
  ): (index: number) => Promise<FileCheck> {
    return runAhead(files, CHECKS_AHEAD, (path) => this.check(path, stats?.get(path)));
  }
}
