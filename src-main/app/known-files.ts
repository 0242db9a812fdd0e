/**
 * The library's content hashes as the main process knows them (the window sends the whole list
 * once, then what changed), and the check that recognizes a file already in the library by
 * reading and hashing it here, before any worker, decoding or extraction sees it.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { KnownFileResult } from '../ipc/contract';
import { MAX_IMPORT_BYTES } from '../import/limits';
import { runAhead } from '../../src-shared/async/run-ahead';

/** Files up to this size are read whole and hashed at once; larger ones are streamed. */
const WHOLE_FILE_BYTES = 1024 * 1024;

/** Files checked ahead of the one the batch is on, so their reads overlap. */
const CHECKS_AHEAD = 32;

/**
 * SHA-256 of a file in hex, as the import pipeline's contentHash. A large file is hashed as it
 * streams in, so neither memory nor the event loop carries it whole.
 */
async function hashFile(path: string, size: number): Promise<string> {
  const hash = createHash('sha256');
  if (size <= WHOLE_FILE_BYTES) return hash.update(await readFile(path)).digest('hex');
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

  /**
   * The file as known when its bytes hash to a known hash; null otherwise, and for anything
   * the import itself should explain (missing, a folder, too large, unreadable).
   */
  async check(path: string): Promise<KnownFileResult | null> {
    if (this.hashes.size === 0) return null;
    try {
      const info = await stat(path);
      if (!info.isFile() || info.size > MAX_IMPORT_BYTES) return null;
      const hash = await hashFile(path, info.size);
      if (!this.hashes.has(hash)) return null;
      return { ok: 'known', known: { contentHash: hash, fileName: basename(path), path } };
    } catch {
      return null;
    }
  }

  /** Checks for the files of a batch by index, each started a few files ahead of its turn. */
  checker(files: readonly string[]): (index: number) => Promise<KnownFileResult | null> {
    return runAhead(files, CHECKS_AHEAD, (path) => this.check(path));
  }
}
