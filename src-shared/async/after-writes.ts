/**
 * Messages held back until writes are done: writes are chained one after another (`chain`), and
 * a message sent while any of them is running (`send`) goes once all are done, in the order the
 * messages were sent. An import batch uses it so the reading of its files overlaps the writing
 * of its journal, yet the window receives no article to save before the journal is on disk.
 */
export class AfterWrites {
  private tail: Promise<void> = Promise.resolve();
  private running = 0;
  private held: (() => void)[] = [];

  /** Starts `write` once the writes chained before it are done; a failed write counts as done. */
  chain(write: () => Promise<unknown>): void {
    this.running++;
    this.tail = this.tail
      .then(write)
      .catch(() => undefined)
      .then(() => {
        if (--this.running === 0) this.release();
      });
  }

  /**
   * Runs `message` now when no write is running, else once they are all done, in order. A
   * message that does not need the writes (`needsWrites` false) goes at once unless messages
   * sent before it are held.
   */
  send(message: () => void, needsWrites = true): void {
    if (this.held.length === 0 && (this.running === 0 || !needsWrites)) message();
    else this.held.push(message);
  }

  /** True while messages wait for the writes. */
  get holding(): boolean {
    return this.held.length > 0;
  }

  /** Resolves once every write chained so far is done and the messages held for them are sent. */
  async done(): Promise<void> {
    while (this.running > 0) await this.tail;
  }

  private release(): void {
    const held = this.held;
    this.held = [];
    for (const message of held) message();
  }
}
