/**
 * Requests that come from outside the window (files opened with Gloss, gloss:// links, a second
 * launch) are queued until the renderer has asked for them once, then sent as events.
 */
import type { OpenRequest } from '../ipc/contract';

export class OpenRequestQueue {
  private queue: OpenRequest[] = [];
  private listening = false;

  constructor(private readonly send: (request: OpenRequest) => void) {}

  push(request: OpenRequest): void {
    if (request.kind === 'files' && request.paths.length === 0) return;
    if (this.listening) this.send(request);
    else this.queue.push(request);
  }

  /** The renderer is ready: hand over what arrived before, send the rest as events. */
  take(): OpenRequest[] {
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
