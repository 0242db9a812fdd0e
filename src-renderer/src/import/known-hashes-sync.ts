/**
 * Keeps the main process's copy of the library's content hashes current before each import,
 * so it recognizes files already in the library by their bytes: the whole list the first time
 * (and after a failed send), then only the hashes added and removed since; nothing when the
 * library did not change. Told of every committed change to the articles, it does not even read
 * the hashes again when none came since the last send. Syncs run one after another (the one
 * started in idle time after an import, and the next batch's), so a list and a change computed
 * from another never reach the main process out of order.
 */
import type { GlossApi } from '../../../src-main/ipc/contract';

export class KnownHashesSync {
  /** What the main process holds, as far as this window knows; null before the first send. */
  private sent: ReadonlySet<string> | null = null;
  /** True when the articles may have changed since the hashes were last read. */
  private changed = true;
  private readonly watched: boolean;

  constructor(
    private readonly readHashes: () => Promise<string[]>,
    private readonly bridge: Pick<GlossApi, 'setKnownHashes' | 'changeKnownHashes'>,
    /** Calls its listener after each committed change to the articles; without it, every sync reads. */
    watchArticles?: (listener: () => void) => void,
  ) {
    this.watched = watchArticles !== undefined;
    watchArticles?.(() => (this.changed = true));
  }

  /** The sync running or last run: each sync starts after it, so their sends never cross. */
  private last: Promise<void> = Promise.resolve();
  private running = 0;

  sync(): Promise<void> {
    // Nothing to do: answered at once, so the batch is asked for without waiting a turn.
    if (this.running === 0 && this.upToDate()) return Promise.resolve();
    this.running++;
    const next = this.last
      .catch(() => undefined)
      .then(() => this.syncNow())
      .finally(() => this.running--);
    this.last = next;
    return next;
  }

  private upToDate(): boolean {
    return this.sent !== null && this.watched && !this.changed;
  }

  private async syncNow(): Promise<void> {
    if (this.upToDate()) return;
    // A change committed while the hashes are read is read again next time.
    this.changed = false;
    let current: Set<string>;
    try {
      current = new Set(await this.readHashes());
    } catch (error) {
      this.changed = true;
      throw error;
    }
    const sent = this.sent;
    // Until the main process confirms, it may hold anything: the next sync sends the whole list.
    this.sent = null;
    if (!sent) await this.bridge.setKnownHashes([...current]);
    else {
      const added = [...current].filter((hash) => !sent.has(hash));
      const removed = [...sent].filter((hash) => !current.has(hash));
      if (added.length > 0 || removed.length > 0) await this.bridge.changeKnownHashes(added, removed);
    }
    this.sent = current;
  }
}
