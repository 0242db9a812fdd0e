/**
 * Messages held back until writes are done: writes are chained one after another (`chain`), and
 * a message sent while any of them is running (`send`) goes once all are done, in the order the
 * messages were sent. An import batch uses it so the reading of its files overlaps the writing
 * of its journal, yet the window receives no article to save, and no progress, before the
 * journal is on disk.
 */
export interface SendOptions {
  /** The message does not need the writes: it goes at once, unless messages sent before it are held. */
  now?: boolean;
  /** While held, the message may be dropped (`dropStale`): a later one says more (a progress report). */
  stale?: boolean;
}

interface Held {
  message: () => void;
  stale: boolean;
}

export class AfterWrites {
  private tail: Promise<void> = Promise.resolve();
  private running = 0;
  private held: Held[] = [];

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

  /** Runs `message` now when no write is running, else once they are all done, in order. */
  send(message: () => void, options: SendOptions = {}): void {
    if (this.held.length === 0 && (this.running === 0 || options.now)) message();
    else this.held.push({ message, stale: options.stale ?? false });
  }

  /** Drops the held messages sent as `stale` (the batch's answer now says more than they do). */
  dropStale(): void {
    this.held = this.held.filter((held) => !held.stale);
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
    for (const { message } of held) message();
  }
}
