/** The fault suite's teardown: prints the whole run's tally once, then removes the run's folder. */
import { removeRunTempFolder } from '../support/run-temp-folder';
import { printTally } from './tally';

export default function globalTeardown(): void {
  printTally();
  removeRunTempFolder();
}
