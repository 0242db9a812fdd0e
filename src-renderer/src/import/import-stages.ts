/**
 * User Timing marks at the stages of an import batch in the window (begun, the main process's
 * hashes brought up to date, the batch's answer in, its results saved), so a profile or the
 * re-import benchmark can say where a batch's time goes. Each batch clears the marks of the one
 * before, so they never pile up.
 */
export const WINDOW_IMPORT_STAGE_PREFIX = 'gloss-import-window:';

export type WindowImportStage = 'begun' | 'hashes-synced' | 'answered' | 'saved';

const STAGES: readonly WindowImportStage[] = ['begun', 'hashes-synced', 'answered', 'saved'];

export function markWindowImportStage(stage: WindowImportStage): void {
  if (stage === 'begun') for (const s of STAGES) performance.clearMarks(WINDOW_IMPORT_STAGE_PREFIX + s);
  performance.mark(WINDOW_IMPORT_STAGE_PREFIX + stage);
}
