/**
 * The import workers: a few threads that read and extract files, each file under a budget of
 * time and memory. A file over budget ends its worker; that file gets a sentence saying why,
 * the files queued behind it go to a fresh worker, and the batch goes on. Cancel ends the
 * workers busy with a batch at once, whatever file they are on.
 */
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BatchResult, ImportFailure } from '../ipc/contract';
import type { WorkerMessage, WorkerRequest } from '../import/worker';

export interface ImportBudget {
  /** Longest time one file may take in the worker. */
  timeMs: number;
  /** Heap one worker may use (V8's old generation), in megabytes. */
  memoryMb: number;
}

export const DEFAULT_BUDGET: ImportBudget = { timeMs: 10_000, memoryMb: 512 };

/** The budget, with GLOSS_IMPORT_TIME_MS / GLOSS_IMPORT_MEMORY_MB overriding the defaults. */
export function budgetFromEnv(env: NodeJS.ProcessEnv = process.env): ImportBudget {
  const read = (value: string | undefined, fallback: number) => {
    const n = Number(value);
    return Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return {
    timeMs: read(env.GLOSS_IMPORT_TIME_MS, DEFAULT_BUDGET.timeMs),
    memoryMb: read(env.GLOSS_IMPORT_MEMORY_MB, DEFAULT_BUDGET.memoryMb),
  };
}

/** A file given up because its batch was cancelled: never reported as a result. */
export const CANCELLED = Symbol('cancelled');
export type PoolResult = BatchResult | typeof CANCELLED;

type Failure = Pick<ImportFailure, 'reason' | 'kind' | 'detail'>;

export function overTime(budget: ImportBudget): Failure {
  const seconds =
    budget.timeMs >= 1000 ? `${Math.round(budget.timeMs / 1000)} seconds` : `${budget.timeMs} ms`;
  return {
    reason:
      `Gloss stopped reading this file after ${seconds}: it is unusually complex ` +
      '(far more elements, lines or nesting than an article has), so it was left out.',
    kind: 'over-time',
    detail: String(budget.timeMs / 1000),
  };
}

export function overMemory(budget: ImportBudget): Failure {
  return {
    reason:
      `Gloss stopped reading this file: it needed more than ${budget.memoryMb} MB of memory ` +
      '(it is unusually complex for an article), so it was left out.',
    kind: 'over-memory',
    detail: String(budget.memoryMb),
  };
}

interface Job {
  request: WorkerRequest;
  path: string;
  batchId: string | null;
  resolve(result: PoolResult): void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
  /** The file the worker is on and its budget timer. */
  current: { id: number; timer: ReturnType<typeof setTimeout> } | null;
  dead: boolean;
}

export class WorkerPool {
  private slots: Slot[] = [];

  constructor(
    private readonly workerPath: string,
    private readonly size: number,
    private readonly budget: ImportBudget,
  ) {}

  warmUp(): void {
    while (this.slots.length < this.size) this.slots.push(this.startWorker());
  }

  run(request: WorkerRequest, path: string, batchId: string | null): Promise<PoolResult> {
    return new Promise((resolve) => this.assign({ request, path, batchId, resolve }));
  }

  /** Gives up every file of a batch now: workers busy with it are ended and replaced. */
  cancel(batchId: string): void {
    for (const slot of [...this.slots]) {
      const ofBatch = [...slot.jobs.values()].filter((job) => job.batchId === batchId);
      if (ofBatch.length === 0) continue;
      for (const job of ofBatch) {
        slot.jobs.delete(job.request.id);
        job.resolve(CANCELLED);
      }
      if (slot.jobs.size === 0) slot.worker.unref();
      const current = slot.current;
      if (current && !slot.jobs.has(current.id)) this.retire(slot, null);
    }
  }

  dispose(): void {
    for (const slot of this.slots) {
      slot.dead = true;
      if (slot.current) clearTimeout(slot.current.timer);
      void slot.worker.terminate();
    }
    this.slots = [];
  }

  private assign(job: Job): void {
    this.warmUp();
    const slot = this.slots.reduce((best, s) => (s.jobs.size < best.jobs.size ? s : best));
    slot.jobs.set(job.request.id, job);
    // A worker with files in hand keeps the process alive; an idle one does not.
    slot.worker.ref();
    slot.worker.postMessage(job.request);
  }

  private startWorker(): Slot {
    const worker = new Worker(this.workerPath, {
      resourceLimits: { maxOldGenerationSizeMb: this.budget.memoryMb },
      // None of the main process's Node flags: a module loader or profiler it was started with
      // would otherwise run again in every import worker (a TypeScript loader makes loading
      // pdf.js there about ten times slower).
      execArgv: [],
    });
    const slot: Slot = { worker, jobs: new Map(), current: null, dead: false };
    worker.on('message', (message: WorkerMessage) => {
      if (slot.dead) return;
      if ('started' in message) {
        if (slot.current) clearTimeout(slot.current.timer);
        const timer = setTimeout(() => this.retire(slot, overTime(this.budget)), this.budget.timeMs);
        slot.current = { id: message.started, timer };
        return;
      }
      if (slot.current?.id === message.id) {
        clearTimeout(slot.current.timer);
        slot.current = null;
      }
      const job = slot.jobs.get(message.id);
      slot.jobs.delete(message.id);
      if (slot.jobs.size === 0) slot.worker.unref();
      job?.resolve(message.result);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (slot.dead) return;
      const failure: Failure =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? overMemory(this.budget)
          : { reason: `The importer stopped unexpectedly (${error.message}).`, kind: 'importer-stopped' };
      this.retire(slot, failure);
    });
    worker.on('exit', () => {
      if (!slot.dead)
        this.retire(slot, { reason: 'The importer stopped unexpectedly.', kind: 'importer-stopped' });
    });
    worker.unref();
    return slot;
  }

  /**
   * Ends a worker: the file it was on gets `failure` (none when that file was cancelled), the
   * files queued behind it start again on a fresh worker.
   */
  private retire(slot: Slot, failure: Failure | null): void {
    if (slot.dead) return;
    slot.dead = true;
    this.slots = this.slots.filter((other) => other !== slot);
    if (slot.current) clearTimeout(slot.current.timer);
    void slot.worker.terminate();
    const failedId = slot.current?.id ?? null;
    const jobs = [...slot.jobs.values()];
    slot.jobs.clear();
    for (const job of jobs) {
      // A worker that died between files (it could not even start) fails what it held,
      // rather than handing it to the next worker that would die the same way.
      const failed = failure !== null && (failedId === null || job.request.id === failedId);
      if (failed)
        job.resolve({ ok: false, error: { fileName: basename(job.path), path: job.path, ...failure } });
      else this.assign(job);
    }
  }
}
