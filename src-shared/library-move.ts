/**
 * Moving the library from the window's old origin (`file://`) to its own (`app://gloss`): the
 * steps, as a state machine over one marker file the main process keeps beside the library.
 *
 *   no marker ──export from the old origin──▶ "exported" (the backup file, its row counts)
 *   "exported" ──restore in the new origin, counts verified──▶ "done"
 *   no marker ──the old origin holds no library──▶ "done" (nothing to move)
 *
 * Every step is repeatable: a crash before the marker changes repeats that step (the backup file
 * is written whole or not at all; the restore is one transaction), and the old origin's library
 * is only read, never deleted. Pure, so the rules are unit-tested without Electron or a browser.
 */

/** The tables a backup carries, in the order they are checked. */
export const MOVED_TABLES = ['articles', 'contents', 'sources', 'highlights', 'tags', 'settings'] as const;
export type MovedTable = (typeof MOVED_TABLES)[number];
export type TableCounts = Record<MovedTable, number>;

export type MoveMarker =
  | { phase: 'exported'; counts: TableCounts; exportedAt: string }
  | { phase: 'done'; counts: TableCounts | null; doneAt: string };

/** What the main process does at start, from the marker it finds. */
export type StartAction =
  { kind: 'export' } | { kind: 'restore'; counts: TableCounts } | { kind: 'serve'; removeBackup: boolean };

export function isTableCounts(value: unknown): value is TableCounts {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return MOVED_TABLES.every((table) => Number.isSafeInteger(record[table]) && (record[table] as number) >= 0);
}

/**
 * The marker's contents, or null when there is none or it cannot be read (a damaged marker
 * repeats the move from the start, which is safe).
 */
export function parseMarker(text: string | null): MoveMarker | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const marker = value as Partial<Record<string, unknown>> | null;
  if (typeof marker !== 'object' || marker === null) return null;
  if (marker.phase === 'exported' && isTableCounts(marker.counts) && typeof marker.exportedAt === 'string')
    return { phase: 'exported', counts: marker.counts, exportedAt: marker.exportedAt };
  if (
    marker.phase === 'done' &&
    (marker.counts === null || isTableCounts(marker.counts)) &&
    typeof marker.doneAt === 'string'
  )
    return { phase: 'done', counts: marker.counts, doneAt: marker.doneAt };
  return null;
}

export function actionAtStart(marker: MoveMarker | null): StartAction {
  if (marker === null) return { kind: 'export' };
  if (marker.phase === 'exported') return { kind: 'restore', counts: marker.counts };
  return { kind: 'serve', removeBackup: true };
}

/** The move as the new window sees it. */
export type LibraryMoveStatus =
  { kind: 'none' } | { kind: 'restore'; counts: TableCounts } | { kind: 'failed'; detail: string };

/** What the old origin's exporter reports. */
export type ExportOutcome =
  { kind: 'exported'; counts: TableCounts } | { kind: 'empty' } | { kind: 'failed'; detail: string };

/** The marker to write after the export (written only once the backup file is whole on disk). */
export function markerAfterExport(outcome: ExportOutcome, now: Date): MoveMarker | null {
  if (outcome.kind === 'failed') return null;
  if (outcome.kind === 'empty' || MOVED_TABLES.every((t) => outcome.counts[t] === 0))
    return { phase: 'done', counts: null, doneAt: now.toISOString() };
  return { phase: 'exported', counts: outcome.counts, exportedAt: now.toISOString() };
}

export function isEmptyLibrary(counts: TableCounts): boolean {
  return MOVED_TABLES.every((table) => counts[table] === 0);
}

/** What the new origin does with its library before the app opens it. */
export type RestoreStep = { kind: 'restore' } | { kind: 'verify' };

/**
 * An empty library is restored into; a library that already has rows was restored by an
 * attempt that crashed before it was marked done (the restore is all or nothing), so it is
 * only verified.
 */
export function restoreStep(current: TableCounts): RestoreStep {
  return isEmptyLibrary(current) ? { kind: 'restore' } : { kind: 'verify' };
}

export type Verification = { ok: true } | { ok: false; table: MovedTable; expected: number; found: number };

/** The moved library must hold exactly the rows the old one had, table by table. */
export function verifyCounts(expected: TableCounts, found: TableCounts): Verification {
  for (const table of MOVED_TABLES) {
    if (expected[table] !== found[table])
      return { ok: false, table, expected: expected[table], found: found[table] };
  }
  return { ok: true };
}
