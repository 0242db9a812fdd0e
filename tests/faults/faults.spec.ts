/**
 * Crashes injected at random moments, then a relaunch on the same data folder: the library is
 * consistent (every article has its content and source, nothing points at nothing, no file
 * twice), highlights whose key was pressed a frame before the kill are there, a note is a prefix
 * of what was typed, a backup file is the old one or a complete new one, and an interrupted
 * import resumes to exactly the folder's files. Each kill point runs RUNS times with random
 * offsets; the counts are printed at the end (`npm run test:faults`).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchGloss, type GlossApp } from '../e2e/app';
import { openSeed, selectText } from '../e2e/support/reader';
import { checkLibrary, crashRenderer, killApp, offset } from './kill';

const RUNS = Number(process.env.GLOSS_FAULT_RUNS ?? 3);
const tally: string[] = [];

test.afterAll(() => {
  console.log(`\nFault injection: ${tally.length} kills survived\n${tally.join('\n')}`);
});

function folderOf(count: number): string {
  const seed = readFileSync(join(__dirname, '../fixtures/seed-article.txt'), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'gloss-faults-folder-'));
  for (let i = 0; i < count; i++)
    writeFileSync(join(dir, `a-${String(i).padStart(3, '0')}.txt`), `${seed}\n\n编号 ${i}\n`);
  return dir;
}

/** Kills, relaunches on the same data folder, and returns the new app with a consistent library. */
async function killAndRelaunch(gloss: GlossApp, how: 'app' | 'renderer'): Promise<GlossApp> {
  if (how === 'renderer') await crashRenderer(gloss.page);
  killApp(gloss.userDataDir);
  await gloss.close().catch(() => undefined);
  const again = await launchGloss({ userDataDir: gloss.userDataDir });
  await again.page.getByRole('button', { name: 'Import files' }).first().waitFor();
  return again;
}

async function expectConsistent(gloss: GlossApp) {
  const check = await checkLibrary(gloss.page);
  expect(check.problems).toEqual([]);
  return check;
}

for (let run = 1; run <= RUNS; run++) {
  test(`300-file folder import, killed at a random moment (run ${run})`, async () => {
    const folder = folderOf(300);
    let gloss = await launchGloss();
    gloss.queueDialog({ filePaths: [folder] });
    gloss.clickMenu('File', 'Import Folder…');
    const wait = offset(200, 4000);
    await gloss.page.waitForTimeout(wait);
    const how = run % 2 === 0 ? 'renderer' : 'app';
    gloss = await killAndRelaunch(gloss, how);
    const before = await expectConsistent(gloss);
    // Resumed: the same folder again adds exactly what was missing.
    gloss.queueDialog({ filePaths: [folder] });
    gloss.clickMenu('File', 'Import Folder…');
    await expect(gloss.page.getByRole('region', { name: 'Import summary' })).toBeVisible({
      timeout: 120_000,
    });
    const after = await expectConsistent(gloss);
    expect(after.articles).toBe(300);
    tally.push(`import-300: ${how} kill after ${wait} ms, ${before.articles} articles kept, resumed to 300`);
    await gloss.close();
  });

  test(`a highlight key, then a kill a frame or more later (run ${run})`, async () => {
    let gloss = await launchGloss();
    await openSeed(gloss);
    await selectText(gloss.page, '织金电厂发出的电');
    await gloss.page.keyboard.press('2');
    // One frame for the key's handler to start its write, then a random wait.
    await gloss.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    const wait = offset(16, 200);
    await gloss.page.waitForTimeout(wait);
    gloss = await killAndRelaunch(gloss, 'app');
    const check = await expectConsistent(gloss);
    expect(check.highlights.map((h) => h.text)).toEqual(['织金电厂发出的电']);
    tally.push(`highlight-key: app kill ${wait} ms after the frame, highlight kept`);
    await gloss.close();
  });

  test(`typing a note, killed mid-word (run ${run})`, async () => {
    let gloss = await launchGloss();
    await openSeed(gloss);
    await selectText(gloss.page, '织金电厂发出的电');
    await gloss.page.keyboard.press('3');
    await gloss.page.keyboard.press('n');
    const note = 'power from Zhijin reaches Shenzhen';
    const typed = offset(5, note.length);
    await gloss.page
      .getByRole('dialog', { name: 'Highlight' })
      .getByRole('textbox', { name: 'Note' })
      .pressSequentially(note.slice(0, typed), { delay: 20 });
    const wait = offset(0, 300);
    await gloss.page.waitForTimeout(wait);
    gloss = await killAndRelaunch(gloss, 'app');
    const check = await expectConsistent(gloss);
    expect(check.highlights).toHaveLength(1);
    expect(note.startsWith(check.highlights[0].note)).toBe(true);
    tally.push(
      `note: app kill ${wait} ms after ${typed} characters, ${check.highlights[0].note.length} kept`,
    );
    await gloss.close();
  });

  test(`a backup's write, killed at a random moment (run ${run})`, async () => {
    let gloss = await launchGloss();
    await openSeed(gloss);
    const target = join(mkdtempSync(join(tmpdir(), 'gloss-faults-backup-')), 'library.json');
    writeFileSync(target, '{"old":true}');
    gloss.queueDialog({ filePath: target });
    gloss.clickMenu('File', 'Back Up Library…');
    const wait = offset(0, 1500);
    await gloss.page.waitForTimeout(wait);
    gloss = await killAndRelaunch(gloss, 'app');
    await expectConsistent(gloss);
    const text = readFileSync(target, 'utf8');
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const outcome = 'old' in parsed ? 'old file' : 'new file, complete';
    if (!('old' in parsed)) expect(JSON.stringify(parsed)).toContain('articles');
    tally.push(`backup: app kill after ${wait} ms, ${outcome}`);
    expect(existsSync(target)).toBe(true);
    await gloss.close();
  });
}
