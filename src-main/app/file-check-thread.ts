/**
 * The main process's side of the file-check thread (file-check-worker.ts): `stat(path)`,
 * `hash(path)` and `statAndHash(path)` each answer one file, but the calls made in one turn of
 * the event loop go to the thread together, as one message. Without a worker script (unit
 * tests), or for what a stopped thread had not answered, the same checks run here with the
 * asynchronous file system (file-facts-async.ts): the main process never blocks. A thread that
 * stops by itself is started again at the next check, `RESTARTS` times at most; after that, or
 * after `dispose`, every check runs here.
 * Each thread holds at most `THREAD_BYTES_CAP` bytes of files for the import: each group it is
 * sent carries what is left of the cap, and kept bytes count until the file's check releases them.
 */
import { Worker } from 'node:worker_threads';
import { checkGroupAsync } from './file-facts-async';
import {
  THREAD_BYTES_CAP,
  type FileCheckOp as Op,
  type FileFacts,
  type HashFacts,
  type StatFacts,
  type StatHashFacts,
} from './file-facts';
import type { FileCheckReply, FileCheckRequest } from './file-check-worker';

const OPS: readonly Op[] = ['stat', 'stat-hash', 'hash'];

/** How many times a thread that stopped by itself is started again before checks stay here. */
export const RESTARTS = 2;

interface Waiting {
  path: string;
  resolve(facts: FileFacts): void;
}

export class FileCheckThread {
  private worker: Worker | null = null;
  private disposed = false;
  /** Threads started so far: the first, and each restart after one stopped by itself. */
  private starts = 0;
  private nextId = 1;
  private readonly queued: Record<Op, Waiting[]> = { stat: [], hash: [], 'stat-hash': [] };
  private flushScheduled = false;
  private readonly sent = new Map<number, { op: Op; group: Waiting[]; budget: number }>();
  /** Bytes of files answered and not yet released, and the budgets of the groups still out. */
  private held = 0;
  private promised = 0;

  constructor(
    private readonly workerPath: string | null,
    private readonly cap = THREAD_BYTES_CAP,
  ) {}

  /** Bytes this thread holds for the import or may still answer with: never more than its cap. */
  get bytesHeld(): number {
    return this.held + this.promised;
  }

  stat(path: string): Promise<StatFacts> {
    return this.ask('stat', path) as Promise<StatFacts>;
  }

  hash(path: string): Promise<HashFacts> {
    return this.ask('hash', path) as Promise<HashFacts>;
  }

  /** Stated, and hashed in the same visit while the thread's cap lasts (`THREAD_BYTES_CAP`). */
  statAndHash(path: string): Promise<StatHashFacts> {
    return this.ask('stat-hash', path) as Promise<StatHashFacts>;
  }

  /** Threads started so far (the first, then one per restart after a thread stopped by itself). */
  get threadsStarted(): number {
    return this.starts;
  }

  /** Starts the thread ahead of its first check (it takes a moment to start). */
  start(): void {
    this.thread();
  }

  /** Stops the thread for good; what it had not answered, and anything asked later, is checked here. */
  dispose(): void {
    const worker = this.worker;
    this.disposed = true;
    this.worker = null;
    this.answerLostHere();
    void worker?.terminate();
  }

  private ask(op: Op, path: string): Promise<FileFacts> {
    return new Promise((resolve) => {
      this.queued[op].push({ path, resolve });
      if (this.flushScheduled) return;
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    this.flushScheduled = false;
    for (const op of OPS) {
      const group = this.queued[op];
      if (group.length === 0) continue;
      this.queued[op] = [];
      // What is left of the cap goes with the group, and counts until its answer says what it kept.
      const budget = op === 'stat' ? 0 : Math.max(0, this.cap - this.held - this.promised);
      this.promised += budget;
      const worker = this.thread();
      if (!worker) {
        void this.answerHere(op, group, budget);
        continue;
      }
      const id = this.nextId++;
      this.sent.set(id, { op, group, budget });
      worker.ref();
      worker.postMessage({ id, op, paths: group.map((w) => w.path), budget } satisfies FileCheckRequest);
    }
  }

  private answerHere(op: Op, group: Waiting[], budget: number): Promise<void> {
    return checkGroupAsync(
      op,
      group.map((waiting) => waiting.path),
      (index, facts) => group[index].resolve(this.counted(facts)),
      budget,
    ).finally(() => (this.promised -= budget));
  }

  private answerLostHere(): void {
    const lost = [...this.sent.values()];
    this.sent.clear();
    for (const { op, group, budget } of lost) void this.answerHere(op, group, budget);
  }

  /** Kept bytes count against the cap until their `release`, which the file's check calls once. */
  private counted(facts: FileFacts): FileFacts {
    const hash = facts && 'stat' in facts ? facts.hash : facts && 'contentHash' in facts ? facts : null;
    const size = hash?.bytes?.byteLength;
    if (!hash || size === undefined) return facts;
    this.held += size;
    let released = false;
    hash.release = () => {
      if (released) return;
      released = true;
      this.held -= size;
    };
    return facts;
  }

  private thread(): Worker | null {
    if (this.worker || !this.workerPath || this.disposed) return this.worker;
    if (this.starts > RESTARTS) return null;
    this.starts++;
    const worker = new Worker(this.workerPath, { execArgv: [] });
    worker.on('message', ({ id, facts }: FileCheckReply) => {
      const asked = this.sent.get(id);
      if (!asked) return;
      this.sent.delete(id);
      this.promised -= asked.budget;
      asked.group.forEach((waiting, i) => waiting.resolve(this.counted(facts[i])));
      if (this.sent.size === 0) worker.unref();
    });
    // A thread that stopped answers nothing more: what it had is checked here, and the next check
    // starts a new one while restarts are left.
    const stopped = () => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.answerLostHere();
    };
    worker.on('error', stopped);
    worker.on('exit', stopped);
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
