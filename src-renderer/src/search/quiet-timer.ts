/**
 * When the search worker may store its index: only after a quiet spell with no change at all.
 * Storing writes the whole index, so its cost grows with the library; stored in the middle of
 * an import (a gap of a few seconds between two saved chunks was enough before), it slowed that
 * import down the more, the larger the library. Pure timing, no worker: unit-tested alone.
 */
export class QuietTimer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastChangeAt = -Infinity;

  constructor(
    private readonly quietMs: number,
    /** Runs once the quiet spell is over. */
    private readonly onQuiet: () => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** A change arrived: the quiet spell starts again. */
  changed(): void {
    this.lastChangeAt = this.now();
  }

  /** Asks for `onQuiet` once nothing has changed for the quiet spell (from now at the earliest). */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fire(), this.quietMs);
  }

  /** True while a run is asked for and not yet done. */
  get pending(): boolean {
    return this.timer !== null;
  }

  private fire(): void {
    this.timer = null;
    const quietFor = this.now() - this.lastChangeAt;
    if (quietFor < this.quietMs) {
      this.timer = setTimeout(() => this.fire(), this.quietMs - quietFor);
      return;
    }
    this.onQuiet();
  }
}
