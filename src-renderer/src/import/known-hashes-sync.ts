/**
 * Keeps the main process's copy of the library's content hashes current before each import,
 * so it recognizes files already in the library by their bytes: the whole list the first time
 * (and after a failed send), then only the hashes added and removed since; nothing when the
 * library did not change.
 */
import type { GlossApi } from '../../../src-main/ipc/contract';

export class KnownHashesSync {
  /** What the main process holds, as far as this window knows; null before the first send. */
  private sent: ReadonlySet<string> | null = null;

  constructor(
    private readonly readHashes: () => Promise<string[]>,
    private readonly bridge: Pick<GlossApi, 'setKnownHashes' | 'changeKnownHashes'>,
  ) {}

  async sync(): Promise<void> {
    const current = new Set(await this.readHashes());
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
