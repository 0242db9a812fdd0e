/**
 * What reaches the window before its page listens (files opened with Gloss, gloss:// links, a
 * second launch, a menu item chosen while the page loads) waits here until the renderer has
 * asked once, then goes as events.
 */
export class PendingQueue<T> {
  private queue: T[] = [];
  private listening = false;

  constructor(private readonly send: (item: T) => void) {}

  push(request: T): void {
    if (this.listening) this.send(request);
    else this.queue.push(request);
  }

  /** The renderer is ready: hand over what arrived before, send the rest as events. */
  take(): T[] {
    this.listening = true;
    const taken = this.queue;
    this.queue = [];
    return taken;
  }

  /** The renderer reloaded: queue again until it asks. */
  reset(): void {
    this.listening = false;
  }
}
