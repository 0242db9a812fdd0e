/**
 * The import journal: one small file per running import batch in the data folder, naming the
 * files and folders the person chose for it (and, once they are walked, how many files it has).
 * It is written with the atomic, fsynced write while the batch first states and hashes its files,
 * and is on disk before the window hears anything of the batch (so before it saves anything);
 * it is removed once the window has saved the batch (or the batch was cancelled). A file still
 * there at the next start is an import Gloss closed in the middle of: the window says so and
 * offers to resume it, re-importing exactly the journal's paths and nothing else the renderer
 * might name.
 */
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { writeFileAtomic } from '../files/atomic-write';
import type { RecoveryNotice } from '../ipc/contract';

/** An import batch that did not finish. */
export interface UnfinishedImport {
  batchId: string;
  /** The files and folders chosen for it. */
  paths: string[];
  /** How many files it had, or null when Gloss closed before its folders were walked. */
  files: number | null;
}

const BATCH_ID = /^[\w-]{1,64}$/;
const FILE_NAME = /^import-([\w-]{1,64})\.json$/;

/** The journal entry in `text`, or null when the file is not one (corrupt, partial, foreign). */
export function parseJournalEntry(batchId: string, text: string): UnfinishedImport | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { paths, files } = value as { paths?: unknown; files?: unknown };
  if (!Array.isArray(paths) || paths.length === 0) return null;
  if (!paths.every((path): path is string => typeof path === 'string' && isAbsolute(path))) return null;
  if (files !== null && !(typeof files === 'number' && Number.isInteger(files) && files >= 0)) return null;
  return { batchId, paths, files };
}

/** The notice the window shows for imports cut short: how many files they had, and their paths. */
export function unfinishedImportNotice(unfinished: readonly UnfinishedImport[]): RecoveryNotice | null {
  if (unfinished.length === 0) return null;
  return {
    cause: 'import-cut-short',
    notImported: unfinished.reduce((sum, entry) => sum + (entry.files ?? 0), 0),
    resumePaths: [...new Set(unfinished.flatMap((entry) => entry.paths))],
  };
}

export class ImportJournal {
  /** Batches of this session with a journal file on disk. */
  private readonly active = new Map<string, UnfinishedImport>();
  /** Batches cut short (at the last close, or by a crashed window), waiting for Resume or Dismiss. */
  private unfinished: UnfinishedImport[] = [];
  /** The read of the journal files a previous run left, once started (see loadUnfinished). */
  private loading: Promise<UnfinishedImport[]> | null = null;
  /** Each batch's last file operation, for the next to wait on (see inTurn). */
  private readonly turns = new Map<string, Promise<void>>();

  constructor(private readonly folder: string) {}

  /**
   * Reads the journal files a previous run left (started at start-up, before the window asks),
   * without blocking the main process: the reads are asynchronous, and everything that answers
   * from the unfinished imports waits for them. Files that do not parse are removed: they cannot
   * be resumed and must not stop Gloss from starting.
   */
  loadUnfinished(): Promise<UnfinishedImport[]> {
    this.loading ??= this.readUnfinished();
    return this.loading;
  }

  private async readUnfinished(): Promise<UnfinishedImport[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return this.unfinished;
    }
    const read = await Promise.all(
      names.map(async (name) => {
        const batchId = FILE_NAME.exec(name)?.[1];
        if (!batchId) return null;
        const text = await readFile(join(this.folder, name), 'utf8').catch(() => null);
        return { name, entry: text === null ? null : parseJournalEntry(batchId, text), batchId };
      }),
    );
    for (const found of read) {
      if (!found) continue;
      const { name, entry, batchId } = found;
      // A batch of this run (running, or left by a crashed window meanwhile) is not one to resume.
      if (this.active.has(batchId) || this.unfinished.some((old) => old.batchId === batchId)) continue;
      if (entry) this.unfinished.push(entry);
      else void unlink(join(this.folder, name)).catch(() => undefined);
    }
    return this.unfinished;
  }

  /** Imports cut short, not yet resumed or dismissed (once the start-up read is done). */
  async unfinishedImports(): Promise<readonly UnfinishedImport[]> {
    await this.loading;
    return this.unfinished;
  }

  /**
   * Notes a batch's chosen paths before the window hears of it. Unfinished imports whose every path
   * this batch imports again are then done with (the batch's own entry now stands for them).
   */
  async begin(batchId: string, paths: readonly string[]): Promise<void> {
    const entry: UnfinishedImport = { batchId, paths: paths.map((path) => resolve(path)), files: null };
    this.active.set(batchId, entry);
    await this.inTurn(batchId, () => this.write(entry));
    await this.loading;
    const covered = new Set(entry.paths);
    const superseded = this.unfinished.filter((old) => old.paths.every((path) => covered.has(path)));
    if (superseded.length === 0) return;
    this.unfinished = this.unfinished.filter((old) => !superseded.includes(old));
    await Promise.all(superseded.map((old) => this.remove(old.batchId)));
  }

  /** Notes how many files the batch has, once its folders are walked. */
  async counted(batchId: string, files: number): Promise<void> {
    const entry = this.active.get(batchId);
    if (!entry) return;
    entry.files = files;
    await this.inTurn(batchId, () => this.write(entry));
  }

  /** The batch is saved or cancelled: its entry goes (after any write of it still running). */
  async end(batchId: string): Promise<void> {
    if (!BATCH_ID.test(batchId) || !this.active.delete(batchId)) return;
    await this.inTurn(batchId, () => this.remove(batchId));
  }

  /**
   * The window that waited for the running batches is gone (it crashed): they stay in the
   * journal and become unfinished imports its reloaded page can resume.
   */
  abandonActive(): void {
    this.unfinished.push(...this.active.values());
    this.active.clear();
  }

  /**
   * The paths to import again for Resume, when `requested` names exactly the unfinished
   * imports' paths; null for anything else (a path the journal does not hold, or none).
   */
  async resumable(requested: readonly string[]): Promise<string[] | null> {
    await this.loading;
    const journaled = new Set(this.unfinished.flatMap((entry) => entry.paths));
    if (requested.length === 0 || journaled.size === 0) return null;
    const asked = requested.map((path) => (isAbsolute(path) ? resolve(path) : ''));
    if (!asked.every((path) => journaled.has(path))) return null;
    return [...new Set(asked)];
  }

  /** The person dismissed the notice: the unfinished imports are forgotten. */
  async dismissUnfinished(): Promise<void> {
    await this.loading;
    const dropped = this.unfinished;
    this.unfinished = [];
    await Promise.all(dropped.map((entry) => this.remove(entry.batchId)));
  }

  /**
   * Runs one batch's file operations one after another, so a removal never comes before a write
   * still running (which would put the entry back) and a later write never loses to an earlier.
   */
  private inTurn(batchId: string, step: () => Promise<void>): Promise<void> {
    const next = (this.turns.get(batchId) ?? Promise.resolve()).catch(() => undefined).then(step);
    this.turns.set(batchId, next);
    const forget = () => {
      if (this.turns.get(batchId) === next) this.turns.delete(batchId);
    };
    next.then(forget, forget);
    return next;
  }

  private async write(entry: UnfinishedImport): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    await writeFileAtomic(
      join(this.folder, `import-${entry.batchId}.json`),
      JSON.stringify({ paths: entry.paths, files: entry.files }),
    );
  }

  private async remove(batchId: string): Promise<void> {
    await unlink(join(this.folder, `import-${batchId}.json`)).catch(() => undefined);
  }
}
