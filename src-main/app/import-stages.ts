/**
 * User Timing marks at the stages of an import batch in the main process (the request arrived,
 * the files were chosen, the paths collected, every file answered), so a profile or the
 * re-import benchmark can say where a batch's time goes. Each batch clears the marks of the one
 * before, so they never pile up.
 */
import { performance } from 'node:perf_hooks';

export const IMPORT_STAGE_PREFIX = 'gloss-import:';

export type ImportStage = 'request' | 'chosen' | 'collected' | 'files-done' | 'answer';

const STAGES: readonly ImportStage[] = ['request', 'chosen', 'collected', 'files-done', 'answer'];

/** The first stage of a batch: the marks of the previous batch go. */
export function markImportRequest(): void {
  for (const stage of STAGES) performance.clearMarks(IMPORT_STAGE_PREFIX + stage);
  performance.mark(IMPORT_STAGE_PREFIX + 'request');
}

export function markImportStage(stage: Exclude<ImportStage, 'request'>): void {
  performance.mark(IMPORT_STAGE_PREFIX + stage);
}
