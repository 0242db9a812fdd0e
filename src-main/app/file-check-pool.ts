/**
 * The file-check threads of the import (one per core, at most two): the files of a batch are
 * dealt to them in turn, so each thread gets its share of a group in one message and the reads
 * and hashes of 200 files run side by side. Stats, which cost little, all go to the first.
 */
import { availableParallelism } from 'node:os';
import { FileCheckThread } from './file-check-thread';
import type { HashFacts, StatFacts, StatHashFacts } from './file-facts';

export type FileChecks = Pick<FileCheckPool, 'stat' | 'hash' | 'statAndHash'>;

export class FileCheckPool {
  private readonly threads: FileCheckThread[];
  private turn = 0;

  constructor(workerPath: string | null, size = Math.max(1, Math.min(2, availableParallelism()))) {
    this.threads = Array.from({ length: size }, () => new FileCheckThread(workerPath));
  }

  stat(path: string): Promise<StatFacts> {
    return this.threads[0].stat(path);
  }

  hash(path: string): Promise<HashFacts> {
    return this.next().hash(path);
  }

  statAndHash(path: string): Promise<StatHashFacts> {
    return this.next().statAndHash(path);
  }

  /** Starts every thread ahead of its first check: the second one too, which stats alone never need. */
  start(): void {
    for (const thread of this.threads) thread.start();
  }

  dispose(): void {
    for (const thread of this.threads) thread.dispose();
  }

  private next(): FileCheckThread {
    this.turn = (this.turn + 1) % this.threads.length;
    return this.threads[this.turn];
  }
}
