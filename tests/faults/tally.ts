/**
 * The fault suite's tally: each kill a test survived, kept in a file of the run's temporary
 * folder rather than in a worker's memory, so that the whole run is printed once at its end
 * (global-teardown.ts) even when Playwright starts a new worker after a failure.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Kill {
  suite: string;
  line: string;
}

function tallyFile(): string {
  const folder = process.env.GLOSS_TEST_RUN_FOLDER;
  if (!folder) throw new Error('the fault suite runs with its global set-up (playwright.faults.config.ts)');
  return join(folder, 'fault-tally.jsonl');
}

/** A tally for one suite ("Fault injection", "Library move"). */
export function tallyFor(suite: string): { push(line: string): void } {
  return {
    push: (line) => appendFileSync(tallyFile(), JSON.stringify({ suite, line } satisfies Kill) + '\n'),
  };
}

/** Every suite's kills, in the order they were survived: "<suite>: N kills survived" and the lines. */
export function printTally(): void {
  const file = tallyFile();
  if (!existsSync(file)) return;
  const kills = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Kill);
  const suites = [...new Set(kills.map((kill) => kill.suite))];
  for (const suite of suites) {
    const lines = kills.filter((kill) => kill.suite === suite).map((kill) => kill.line);
    console.log(`\n${suite}: ${lines.length} kills survived\n${lines.join('\n')}`);
  }
}
