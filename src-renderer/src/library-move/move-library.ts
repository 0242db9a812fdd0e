/**
 * Runs in the new origin (`app://gloss`) before the app opens its library: when the main process
 * says a move is due, restore the old origin's backup into the empty library (one transaction:
 * all or nothing), count every table, and have the main process mark the move done only when the
 * counts are the old library's. A library that already has rows was restored by an attempt that
 * crashed before being marked done: it is verified, not restored twice.
 */
import {
  restoreStep,
  verifyCounts,
  type LibraryMoveStatus,
  type TableCounts,
  type Verification,
} from '../../../src-shared/library-move';
import { restoreBackup } from '../backup/restore-backup';
import type { GlossDB } from '../db/db';
import { countMovedTables } from './count-tables';

export type MoveStep = 'waiting' | 'restoring' | 'verifying';

export type MoveOutcome =
  | { kind: 'nothing-to-move' }
  | { kind: 'moved'; counts: TableCounts }
  | { kind: 'failed'; reason: 'export'; detail: string }
  | { kind: 'failed'; reason: 'restore'; detail: string }
  | { kind: 'failed'; reason: 'counts'; detail: string };

export interface MoveBridge {
  libraryMoveStatus(): Promise<LibraryMoveStatus>;
  libraryMoveRead(): Promise<Uint8Array>;
  libraryMoveFinish(counts: TableCounts): Promise<Verification>;
}

function describe(verification: Verification & { ok: false }): string {
  return `${verification.table}: ${verification.found} in the new place, ${verification.expected} in the old`;
}

export async function moveLibrary(
  db: GlossDB,
  bridge: MoveBridge,
  onStep: (step: MoveStep) => void = () => undefined,
): Promise<MoveOutcome> {
  onStep('waiting');
  const status = await bridge.libraryMoveStatus();
  if (status.kind === 'none') return { kind: 'nothing-to-move' };
  if (status.kind === 'failed') return { kind: 'failed', reason: 'export', detail: status.detail };
  if (restoreStep(await countMovedTables(db)).kind === 'restore') {
    onStep('restoring');
    try {
      await restoreBackup(db, await bridge.libraryMoveRead());
    } catch (error) {
      return {
        kind: 'failed',
        reason: 'restore',
        detail: error instanceof Error ? error.message : String(error),
      };
    }
  }
  onStep('verifying');
  const found = await countMovedTables(db);
  const local = verifyCounts(status.counts, found);
  if (!local.ok) return { kind: 'failed', reason: 'counts', detail: describe(local) };
  const confirmed = await bridge.libraryMoveFinish(found);
  if (!confirmed.ok) return { kind: 'failed', reason: 'counts', detail: describe(confirmed) };
  return { kind: 'moved', counts: found };
}
