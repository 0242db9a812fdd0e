/**
 * When a running import batch tells the window how far it is. A batch that ends within a moment
 * (200 files already in the library, a handful of new ones) sends no progress at all: its answer
 * follows at once, and every message costs the window a task. A longer batch reports once it has
 * run for that moment (even while folders are still walked, so Cancel learns the batch), then at
 * most once per interval, and a last report at the end.
 */
import type { ImportProgress } from '../ipc/contract';

export interface BatchProgressTiming {
  /** How long a batch runs before its first report. */
  firstAfterMs: number;
  /** Shortest time between two reports after that. */
  everyMs: number;
}

export const PROGRESS_TIMING: BatchProgressTiming = { firstAfterMs: 100, everyMs: 50 };

export class BatchProgress {
  private latest: ImportProgress;
  private firstTimer: ReturnType<typeof setTimeout> | null;
  private lastSentAt = -Infinity;
  private sentAny = false;

  constructor(
    private readonly send: (progress: ImportProgress) => void,
    initial: ImportProgress,
    private readonly timing: BatchProgressTiming = PROGRESS_TIMING,
    private readonly now: () => number = Date.now,
  ) {
    this.latest = initial;
    this.firstTimer = setTimeout(() => {
      this.firstTimer = null;
      this.sendLatest();
    }, timing.firstAfterMs);
  }

  /** True once the window has been told about the batch. */
  get started(): boolean {
    return this.sentAny;
  }

  /** The batch moved on: sent when the first moment is over and the interval has passed. */
  update(progress: ImportProgress): void {
    this.latest = progress;
    if (this.firstTimer === null && this.now() - this.lastSentAt > this.timing.everyMs) this.sendLatest();
  }

  /** The batch ended: the last report goes only to a window that saw earlier ones. */
  finish(final: ImportProgress): void {
    if (this.firstTimer !== null) clearTimeout(this.firstTimer);
    this.firstTimer = null;
    this.latest = final;
    if (this.sentAny) this.sendLatest();
  }

  private sendLatest(): void {
    this.lastSentAt = this.now();
    this.sentAny = true;
    this.send(this.latest);
  }
}
