/**
 * One temporary folder per test run. The suites' temporary files (data folders, exports,
 * generated files, Chromium's profiles) all go inside it, through TMPDIR, and it is removed when
 * the run ends: repeated runs do not pile folders up in the system's temporary folder.
 * Used by the vitest and Playwright configs as their global set-up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the run's folder is named, for a teardown that runs apart from the set-up. */
const RUN_FOLDER = 'GLOSS_TEST_RUN_FOLDER';

/** Makes the run's folder and points TMPDIR at it (processes started later inherit it). */
export function makeRunTempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'gloss-test-run-'));
  process.env[RUN_FOLDER] = folder;
  process.env.TMPDIR = folder;
  return folder;
}

/** Removes the run's folder, whatever the tests left in it. */
export function removeRunTempFolder(): void {
  const folder = process.env[RUN_FOLDER];
  if (!folder) return;
  rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  delete process.env[RUN_FOLDER];
}
