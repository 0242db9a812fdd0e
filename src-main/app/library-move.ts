/**
 * The main process's side of moving the library from `file://` to `app://gloss` (the steps are
 * in src-shared/library-move.ts): at start it reads the marker, has the old origin export its
 * library when that has not been done, keeps the backup file (flushed to disk before the marker
 * names it), and answers the new window, which restores the file, verifies the counts and asks
 * to mark the move done. The old origin's library is never deleted.
 */
import { readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import {
  actionAtStart,
  isTableCounts,
  markerAfterExport,
  parseMarker,
  verifyCounts,
  type LibraryMoveStatus,
  type TableCounts,
  type Verification,
} from '../../src-shared/library-move';
import { readTextIfExists, writeFileAtomic } from '../files/atomic-write';
import { expectRecord, InvalidArgument } from '../ipc/validate';

export const MARKER_FILE = 'library-move.json';
export const BACKUP_FILE = 'library-move-backup.json';

/** What the old origin's page sends: its backup's bytes with the row counts, or why not. */
export type ExportResult =
  | { kind: 'exported'; counts: TableCounts; bytes: Uint8Array }
  | { kind: 'empty' }
  | { kind: 'failed'; detail: string };

export interface LibraryMoveOptions {
  /** The data folder: the marker and the backup file live here. */
  folder: string;
  /** Loads the old origin's page and waits for its export. */
  exportOldLibrary(): Promise<ExportResult>;
  now?: () => Date;
}

/** Checks what the old origin's page sent before anything is written. */
export function validateExportResult(value: unknown, maxBytes: number): ExportResult {
  const record = expectRecord(value, 'export result');
  if (record.kind === 'empty') return { kind: 'empty' };
  if (record.kind === 'failed')
    return {
      kind: 'failed',
      detail: typeof record.detail === 'string' ? record.detail.slice(0, 500) : 'unknown',
    };
  if (record.kind !== 'exported') throw new InvalidArgument('export result has no known kind');
  if (!isTableCounts(record.counts)) throw new InvalidArgument('export counts are malformed');
  if (!(record.bytes instanceof Uint8Array) || record.bytes.byteLength === 0)
    throw new InvalidArgument('export bytes are missing');
  if (record.bytes.byteLength > maxBytes) throw new InvalidArgument('export is too large');
  return { kind: 'exported', counts: record.counts, bytes: record.bytes };
}

export class LibraryMove {
  private readonly markerPath: string;
  private readonly backupPath: string;
  private prepared: Promise<LibraryMoveStatus> | null = null;

  constructor(private readonly options: LibraryMoveOptions) {
    this.markerPath = join(options.folder, MARKER_FILE);
    this.backupPath = join(options.folder, BACKUP_FILE);
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** Starts the export when it is due; the window may load meanwhile and wait in status(). */
  start(): Promise<LibraryMoveStatus> {
    this.prepared ??= this.prepare().catch((error: unknown) => ({
      kind: 'failed' as const,
      detail: error instanceof Error ? error.message : String(error),
    }));
    return this.prepared;
  }

  status(): Promise<LibraryMoveStatus> {
    return this.start();
  }

  private async prepare(): Promise<LibraryMoveStatus> {
    const action = actionAtStart(parseMarker(await readTextIfExists(this.markerPath)));
    if (action.kind === 'serve') {
      // A crash between the marker and the removal leaves the copy behind: remove it now.
      await unlink(this.backupPath).catch(() => undefined);
      return { kind: 'none' };
    }
    if (action.kind === 'restore') return { kind: 'restore', counts: action.counts };
    const result = await this.options.exportOldLibrary();
    if (result.kind === 'failed') return { kind: 'failed', detail: result.detail };
    const marker = markerAfterExport(result, this.now());
    if (!marker) return { kind: 'failed', detail: 'the export gave nothing to write' };
    // The file is whole on disk (flushed, renamed) before the marker names it.
    if (result.kind === 'exported') await writeFileAtomic(this.backupPath, result.bytes);
    await writeFileAtomic(this.markerPath, JSON.stringify(marker));
    return marker.phase === 'exported' ? { kind: 'restore', counts: marker.counts } : { kind: 'none' };
  }

  /** The backup file's bytes, while a restore is due. */
  async readBackup(): Promise<Uint8Array> {
    const status = await this.status();
    if (status.kind !== 'restore') throw new Error('No library is waiting to be moved.');
    return new Uint8Array(await readFile(this.backupPath));
  }

  /**
   * The new window restored and counted: the counts must be the exported ones, table by table.
   * Only then is the move marked done (and the copy removed; the old origin keeps its library).
   */
  async finish(found: unknown): Promise<Verification> {
    const status = await this.status();
    if (status.kind !== 'restore') throw new Error('No library is waiting to be moved.');
    if (!isTableCounts(found)) throw new InvalidArgument('counts are malformed');
    const verification = verifyCounts(status.counts, found);
    if (!verification.ok) return verification;
    await writeFileAtomic(
      this.markerPath,
      JSON.stringify({ phase: 'done', counts: found, doneAt: this.now().toISOString() }),
    );
    this.prepared = Promise.resolve({ kind: 'none' });
    await unlink(this.backupPath).catch(() => undefined);
    return verification;
  }
}

/** The new window's three calls; without a move (the window on file://) there is nothing to do. */
export function createLibraryMoveHandlers(move: LibraryMove | undefined) {
  const none = () => new Error('No library is waiting to be moved.');
  return {
    'library-move:status': async (): Promise<LibraryMoveStatus> => (move ? move.status() : { kind: 'none' }),
    'library-move:read': async (): Promise<Uint8Array> => {
      if (!move) throw none();
      return move.readBackup();
    },
    'library-move:finish': async (args: { counts: TableCounts }): Promise<Verification> => {
      if (!move) throw none();
      return move.finish(expectRecord(args, 'arguments').counts);
    },
  };
}
