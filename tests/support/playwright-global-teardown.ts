/** Playwright's global teardown: removes the run's temporary folder (run-temp-folder.ts). */
import { removeRunTempFolder } from './run-temp-folder';

export default function globalTeardown(): void {
  removeRunTempFolder();
}
