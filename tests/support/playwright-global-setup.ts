/** Playwright's global set-up: the run's own temporary folder (run-temp-folder.ts). */
import { makeRunTempFolder } from './run-temp-folder';

export default function globalSetup(): void {
  makeRunTempFolder();
}
