/**
 * The sync engine of one window: PouchDB's live replication between the local mirror and the
 * server, and a serial work loop that pushes the outbox into the mirror and applies the
 * mirror's changes to the library. It reports a status a person can trust (synced, syncing N,
 * offline — will retry, error with its reason) and keeps a log of errors.
 */
import { liveQuery, type Subscription } from 'dexie';
import type { PouchReplication } from 'pouchdb-core';
import type { GlossDB } from '../db/db';
import { applyMirrorChanges, type ApplyReport } from './apply';
import type { SyncKeys } from './sync-crypto';
import { mirrorSeq, seqOf, watchOwnWrites, type MirrorDb } from './mirror';
import { pushOutbox } from './push';
import { MAX_REQUEST_BYTES, limitRequestSize } from './request-size';
import { keepArrivals } from './arrivals';
import { batchRevsDiff } from './mirror-revs-diff';
import { keepOwnDocs } from './own-docs';
import { applyKnownRenames } from './tag-renames';
import { traceSync } from './sync-trace';
import { describeSyncError, type SyncProblem } from './sync-errors';

/**
 * Documents per replication batch: each batch costs a few requests through the main process
 * (changes, revs_diff, two checkpoints, the database's info), so fewer, larger batches. The
 * documents themselves go in requests of at most MAX_REQUEST_BYTES and come in `_bulk_get`s of
 * at most MAX_DOCS_PER_GET documents (request-size.ts).
 */
const REPLICATION_BATCH = 2000;

/** Outbox entries sealed and written into the mirror at once: a replication batch's worth. */
const PUSH_BATCH = REPLICATION_BATCH;

export type SyncStatus =
  | { state: 'off' }
  | { state: 'synced'; at: string }
  | { state: 'syncing'; pending: number; progress: { done: number; total: number } | null }
  | { state: 'offline'; pending: number }
  | { state: 'error'; problem: SyncProblem };

export interface SyncEngineOptions {
  db: GlossDB;
  mirror: MirrorDb;
  remote: MirrorDb;
  keys: SyncKeys;
  includeOriginals: boolean;
  log(message: string): void;
  /** Records deleted here that came back because another computer changed them. */
  onReturned?(items: ApplyReport['returned']): void;
  /** Run tag renames after changes arrive (the app does; unit tests of the engine alone may not). */
  applyRenames?: boolean;
  /** The largest request body sent to the server (a batch of originals goes in several). */
  maxRequestBytes?: number;
}

export class SyncEngine {
  private statusValue: SyncStatus = { state: 'off' };
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private replication: PouchReplication | null = null;
  /** The one-way pull of a first sync, before live replication starts. */
  private pulling: PouchReplication | null = null;
  private outboxWatch: Subscription | null = null;
  private working: Promise<void> = Promise.resolve();
  private again = false;
  private running = false;
  private replicating = false;
  private offline = false;
  private lastReport: ApplyReport | null = null;
  private firstSync: { total: number } | null = null;
  /** The mirror's update_seq when replication last went idle without an error. */
  private replicatedSeq = 0;

  /** The live replication's sending half started from a given sequence (a first sync's pull end). */
  private pushFromStart = false;

  constructor(private readonly options: SyncEngineOptions) {
    limitRequestSize(options.remote, options.maxRequestBytes ?? MAX_REQUEST_BYTES);
    keepArrivals(options.mirror);
    batchRevsDiff(options.mirror);
    keepOwnDocs(options.mirror);
  }

  get status(): SyncStatus {
    return this.statusValue;
  }

  onStatus(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.statusValue);
    return () => this.listeners.delete(listener);
  }

  /**
   * Starts live sync: replication (each batch it brings into the mirror runs the applier), and
   * the outbox watch. No change feed of its own on the mirror: that would read every revision
   * written there once more.
   */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.outboxWatch = liveQuery(() => this.options.db.syncOutbox.count()).subscribe({
      next: () => this.kick(),
      error: () => undefined,
    });
    void this.begin();
  }

  /**
   * A first sync into an empty mirror pulls one way first: the two-way replication's sending
   * half would otherwise read every document just received and ask the server about each batch
   * of them (a revs_diff and two checkpoints per batch). It then starts after the last
   * received revision, unless this computer wrote revisions of its own into the mirror meanwhile
   * (a merge, a local change): then from the first of those.
   */
  private async begin(): Promise<void> {
    // A mirror that holds something had its first sync (or most of it): replication starts at
    // once, and the size of what is left is asked meanwhile, for the progress bar.
    if ((await mirrorSeq(this.options.mirror).catch(() => 0)) === 0) await this.measureFirstSync();
    else void this.measureFirstSync().then(() => this.refreshStatus());
    if (!this.running) return;
    let pushSince: number | undefined;
    if (this.firstSync && this.replication === null) {
      try {
        pushSince = await this.pullFirst();
      } catch {
        pushSince = undefined;
      }
    }
    if (!this.running || this.replication !== null) return;
    this.startReplication(pushSince);
    this.kick();
  }

  /** The one-way first pull; resolves with the mirror's sequence its sending half may start from. */
  private async pullFirst(): Promise<number | undefined> {
    const { mirror, remote } = this.options;
    if ((await mirrorSeq(mirror)) !== 0) return undefined;
    // The mirror's sequence before this computer's first own write. Every write waits for it
    // (merges are written side by side), so none lands before it is known.
    let firstOwnWrite: Promise<number> | undefined;
    const unwatch = watchOwnWrites(mirror, async () => {
      await (firstOwnWrite ??= mirrorSeq(mirror));
    });
    const pull = mirror.replicate.from(remote, { batch_size: REPLICATION_BATCH });
    this.pulling = pull;
    pull
      .on('active', () => {
        this.replicating = true;
        void this.refreshStatus();
      })
      .on('change', () => this.kick());
    this.replicating = true;
    this.kick();
    let end = 0;
    try {
      await pull;
      end = await mirrorSeq(mirror);
    } finally {
      this.pulling = null;
      this.replicating = false;
      unwatch();
    }
    // Every revision up to `end` was received, unless one of this computer's came first: the
    // sending half starts from there.
    if (firstOwnWrite) return Math.min(end, await firstOwnWrite) || undefined;
    return end || undefined;
  }

  async stop(): Promise<void> {
    this.running = false;
    this.pulling?.cancel();
    this.replication?.cancel();
    this.replication = null;
    this.outboxWatch?.unsubscribe();
    this.outboxWatch = null;
    await this.working.catch(() => undefined);
    this.setStatus({ state: 'off' });
  }

  /** "Sync now": starts replication again at once (no waiting for the retry back-off). */
  syncNow(): void {
    if (!this.running) return;
    this.replication?.cancel();
    this.startReplication();
    this.kick();
  }

  /** Pushes everything, replicates once both ways, applies everything (tests, benchmarks). */
  async runOnce(): Promise<ApplyReport[]> {
    const reports: ApplyReport[] = [];
    await this.drain(reports);
    await this.options.mirror.replicate.to(this.options.remote, { batch_size: REPLICATION_BATCH });
    await this.options.mirror.replicate.from(this.options.remote, { batch_size: REPLICATION_BATCH });
    await this.drain(reports);
    // Conflict resolutions written while applying go out too.
    await this.options.mirror.replicate.to(this.options.remote, { batch_size: REPLICATION_BATCH });
    return reports;
  }

  private startReplication(pushSince?: number): void {
    this.pulling?.cancel();
    const sync = this.options.mirror.sync(this.options.remote, {
      live: true,
      retry: true,
      batch_size: REPLICATION_BATCH,
      back_off_function: (delay: number) => (delay === 0 ? 1000 : Math.min(delay * 2, 60_000)),
      ...(pushSince ? { push: { since: pushSince } } : {}),
    });
    this.replication = sync;
    this.pushFromStart = pushSince !== undefined;
    sync
      .on('active', () => {
        traceSync('replication active');
        this.replicating = true;
        this.offline = false;
        void this.refreshStatus();
      })
      .on('paused', (error: unknown) => {
        traceSync(() => `replication paused ${error ? 'error' : ''}`);
        this.replicating = false;
        if (error) this.fail(error);
        else {
          this.offline = false;
          // At rest: whatever reached the mirror is applied, even a batch written by a
          // replication that Sync Now cancelled before it announced the batch.
          this.kick();
          void mirrorSeq(this.options.mirror).then((seq) => {
            this.replicatedSeq = seq;
            return this.refreshStatus();
          });
          if (this.pushFromStart && this.replication === sync) {
            // PouchDB's retry after an error would start the sending half from `since` again,
            // not from its checkpoint, which has moved on since: once at rest, start afresh.
            traceSync('replication restarted from its checkpoints');
            sync.cancel();
            this.startReplication();
          }
        }
      })
      .on('change', (info: { direction?: string }) => {
        traceSync(() => `replication change ${info?.direction}`);
        if (info?.direction !== 'push') this.kick();
      })
      .on('denied', (error: unknown) => this.fail(error))
      .on('error', (error: unknown) => this.fail(error));
  }

  /** What the request carrier saw: the server answered, or could not be reached. */
  networkResult(reachable: boolean): void {
    if (reachable === !this.offline) return;
    this.offline = !reachable;
    if (!reachable) this.options.log('The server could not be reached; Gloss will retry.');
    void this.refreshStatus();
  }

  private fail(error: unknown): void {
    const problem = describeSyncError(error);
    this.options.log(problem.message);
    if (problem.kind === 'offline') {
      this.offline = true;
      void this.refreshStatus();
    } else this.setStatus({ state: 'error', problem });
  }

  private async measureFirstSync(): Promise<void> {
    try {
      const [local, remote] = await Promise.all([this.options.mirror.info(), this.options.remote.info()]);
      if (remote.doc_count > local.doc_count + 50) this.firstSync = { total: remote.doc_count };
    } catch {
      this.firstSync = null;
    }
  }

  /** Runs the work loop again after the current round (rounds never overlap). */
  kick(): void {
    traceSync(() => `kick${this.again ? ' (queued already)' : ''}`);
    if (this.again) return;
    this.again = true;
    this.working = this.working.then(async () => {
      this.again = false;
      traceSync('drain start');
      try {
        await this.drain([]);
      } catch (error) {
        this.options.log(
          `Applying changes failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      traceSync('drain end');
      await this.refreshStatus();
    });
  }

  /**
   * Applies what arrived, then sends the outbox one batch at a time, catching up with arrivals
   * before each batch: a batch written right after the applier read everything needs no reading
   * back (push.ts). Tag renames run once changes were applied, and what they change goes too.
   */
  private async drain(reports: ApplyReport[]): Promise<void> {
    await this.pushAll(reports);
    if (this.options.applyRenames !== false && reports.some((r) => r.applied > 0)) {
      await applyKnownRenames();
      await this.pushAll(reports);
    }
  }

  private async pushAll(reports: ApplyReport[]): Promise<void> {
    const { db, mirror, keys, includeOriginals } = this.options;
    for (;;) {
      await this.applyAll(reports);
      traceSync('push start');
      const pushed = await pushOutbox(db, mirror, keys, { includeOriginals, batchSize: PUSH_BATCH });
      traceSync(() => `push end ${pushed}`);
      if (pushed === 0) return;
      await this.refreshStatus();
    }
  }

  private async applyAll(reports: ApplyReport[]): Promise<void> {
    const { db, mirror, keys } = this.options;
    for (;;) {
      traceSync('apply start');
      const report = await applyMirrorChanges(db, mirror, keys);
      traceSync(() => `apply end read ${report.read} applied ${report.applied}`);
      if (report.read === 0) return;
      reports.push(report);
      this.lastReport = report;
      this.logReport(report);
      if (report.returned.length > 0) this.options.onReturned?.(report.returned);
      await this.refreshStatus();
    }
  }

  private logReport(report: ApplyReport): void {
    for (const id of report.conflicts) this.options.log(`Both computers changed ${id}: both versions kept.`);
    for (const id of report.revived)
      this.options.log(`Article ${id} was deleted on another computer but has highlights here: it was kept.`);
    for (const id of report.refused)
      this.options.log(
        `${id} came from another computer but the same file is already in this library: kept one.`,
      );
    for (const { table, key } of report.returned)
      this.options.log(
        `${table}:${key} was deleted here but changed on another computer since: it is back (it can be deleted again).`,
      );
    if (report.unreadable > 0)
      this.options.log(
        `${report.unreadable} documents on the server could not be opened with this passphrase.`,
      );
  }

  private async refreshStatus(): Promise<void> {
    if (!this.running) return;
    if (this.statusValue.state === 'error' && !this.replicating) return;
    const info = await this.options.mirror.info();
    const unsent = Math.max(0, seqOf(info) - this.replicatedSeq);
    const pending =
      (await this.options.db.syncOutbox.count()) + (this.replicating || this.offline ? unsent : 0);
    if (this.offline) return this.setStatus({ state: 'offline', pending });
    if (pending > 0 || this.replicating || this.again) {
      let progress: { done: number; total: number } | null = null;
      if (this.firstSync) {
        progress = { done: Math.min(info.doc_count, this.firstSync.total), total: this.firstSync.total };
        if (info.doc_count >= this.firstSync.total) this.firstSync = null;
      }
      return this.setStatus({ state: 'syncing', pending, progress });
    }
    this.setStatus({ state: 'synced', at: new Date().toISOString() });
  }

  private setStatus(status: SyncStatus): void {
    this.statusValue = status;
    for (const listener of this.listeners) listener(status);
  }

  get lastApplied(): ApplyReport | null {
    return this.lastReport;
  }
}
