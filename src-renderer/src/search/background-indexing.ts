/**
 * When the search worker applies committed changes on its own (a query applies them anyway,
 * first): once they stop coming for a moment, since they come in bursts (an import saves a
 * hundred articles per transaction), and not at all while an import runs — indexing then would
 * compete with the import for the processor, the more so the larger the library. The changes
 * wait in the journal meanwhile and are applied as soon as the import ends. Pure timing, no
 * worker: unit-tested alone.
 */
export class BackgroundIndexing {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending = false;
  private importing = false;

  constructor(
    /** Applies what the journal holds; it may stop early when `paused` turns true. */
    private readonly apply: () => void,
    private readonly delayMs = 300,
  ) {}

  /** True while an import runs: background work stops at its next pause point. */
  get paused(): boolean {
    return this.importing;
  }

  /** A change was committed. */
  changed(): void {
    this.pending = true;
    this.schedule();
  }

  /** An import started or ended. */
  setImporting(running: boolean): void {
    this.importing = running;
    this.schedule();
  }

  /**
   * The applied work stopped before the journal's end (paused by an import): it is still pending.
   * Otherwise everything reported so far is in.
   */
  settled(complete: boolean): void {
    if (!complete) this.pending = true;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.importing || !this.pending) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.pending = false;
      this.apply();
    }, this.delayMs);
  }
}
