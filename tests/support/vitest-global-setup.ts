/** vitest's global set-up: the run's own temporary folder, removed at the end (run-temp-folder.ts). */
import { makeRunTempFolder, removeRunTempFolder } from './run-temp-folder';

export default function setup(): () => void {
  makeRunTempFolder();
  return removeRunTempFolder;
}
