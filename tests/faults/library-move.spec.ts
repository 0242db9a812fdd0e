/**
 * The library's move from file:// to app://gloss (in the shim's imitation of the scheme), killed
 * at a random moment: while the old origin exports, while the new one restores, or after. The
 * relaunch on app://gloss finds the whole library (every table's rows, nothing pointing at
 * nothing) and the move marked done; the marker at the kill says which step was cut. Each kill
 * ends the main process (exporting, writing the copy and the marker) and the browser together.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchGloss } from '../e2e/app';
import { countRows } from '../e2e/support/library-rows';
import { checkLibrary, folderOf, glossProcesses, killApp, offset } from './kill';
import { tallyFor } from './tally';

const RUNS = Number(process.env.GLOSS_FAULT_RUNS ?? 3);
const APP_SCHEME = { GLOSS_APP_SCHEME: '1' };
/** The main process in a process of its own, killed with the browser (kill.ts). */
const OWN = { mainProcess: 'own' } as const;
/** Printed once for the whole run, by the suite's global teardown. */
const tally = tallyFor('Library move');

function markerPhase(userDataDir: string): string {
  try {
    return (JSON.parse(readFileSync(join(userDataDir, 'library-move.json'), 'utf8')) as { phase: string })
      .phase;
  } catch {
    return 'none';
  }
}

for (let run = 1; run <= RUNS; run++) {
  test(`the library's move to app://gloss, killed at a random moment (run ${run})`, async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'gloss-faults-move-'));
    const old = await launchGloss({ userDataDir });
    old.queueDialog({ filePaths: [folderOf(40)] });
    old.clickMenu('File', 'Import Folder…');
    await expect(old.page.getByRole('region', { name: 'Import summary' })).toBeVisible({ timeout: 120_000 });
    const before = await countRows(old.page);
    expect(before.articles).toBe(40);
    await old.close();

    // Odd runs kill while Gloss starts (the old origin exporting), even runs once its window
    // is up (the new origin restoring, or done).
    const launching = launchGloss({ userDataDir, env: APP_SCHEME, ...OWN }).catch(() => null);
    const early = run % 2 === 1;
    if (early)
      await expect.poll(() => glossProcesses(userDataDir).browser, { intervals: [50] }).toBeDefined();
    else await launching;
    // Early: counted from the browser's start, while the main process exports the old library.
    const wait = early ? offset(0, 1500) : offset(0, 600);
    await new Promise((resolve) => setTimeout(resolve, wait));
    const phase = markerPhase(userDataDir);
    expect(killApp(userDataDir).mainProcess).toBe(true);
    // A launch cut before its window loaded never resolves: give it a moment, then go on.
    const killed = await Promise.race([launching, new Promise<null>((r) => setTimeout(() => r(null), 5000))]);
    await killed?.close().catch(() => undefined);

    const after = await launchGloss({ userDataDir, env: APP_SCHEME, ...OWN });
    await expect(after.page.getByRole('button', { name: 'Import files' }).first()).toBeVisible({
      timeout: 60_000,
    });
    expect(await countRows(after.page)).toEqual(before);
    expect((await checkLibrary(after.page)).problems).toEqual([]);
    expect(markerPhase(userDataDir)).toBe('done');
    tally.push(
      `move: app kill after ${wait} ms (marker: ${phase}), ${before.articles} articles whole on relaunch`,
    );
    await after.close();
  });
}
