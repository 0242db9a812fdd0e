/**
 * Crashes injected at random moments, then a relaunch on the same data folder: the library is
 * consistent (every article has its content and source, nothing points at nothing, no file
 * twice), highlights whose key was pressed a frame before the kill are there, a note is a prefix
 * of what was typed, a backup or export file is the old one or a complete new one (also when the
 * process writing it is killed), "Reopen with encoding" leaves the article whole with its
 * highlight, and an interrupted import is named on the relaunch and its Resume button brings the
 * library to exactly the folder's files. Each kill point runs RUNS times with random
 * offsets; the counts are printed at the end (`npm run test:faults`).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import { launchGloss, type GlossApp } from '../e2e/app';
import { openSeed, selectText } from '../e2e/support/reader';
import {
  checkLibrary,
  crashRenderer,
  folderOf,
  glossProcesses,
  killApp,
  killProcesses,
  offset,
} from './kill';
import { tallyFor } from './tally';
import { removeInterruptedWrites, useTempJournal } from '../../src-main/files/atomic-write';

const RUNS = Number(process.env.GLOSS_FAULT_RUNS ?? 3);
/** Printed once for the whole run, by the suite's global teardown. */
const tally = tallyFor('Fault injection');

/** Gloss with its main process in a process of its own, which killApp kills with the browser. */
function launch(userDataDir?: string): Promise<GlossApp> {
  return launchGloss({ userDataDir, mainProcess: 'own' });
}

/** Temporary files of atomic writes (src-main/files/atomic-write.ts) in `folder`. */
function temporaryFiles(folder: string): string[] {
  return existsSync(folder)
    ? readdirSync(folder).filter((name) => /^\..+\.[0-9a-f]{12}\.tmp$/.test(name))
    : [];
}

/**
 * Kills the whole app (main process and browser; the renderer crashed first when asked),
 * relaunches on the same data folder, and returns the new app once its window is up and the
 * start-up clean-up has left no temporary file in the backup folder.
 */
async function killAndRelaunch(gloss: GlossApp, how: 'app' | 'renderer'): Promise<GlossApp> {
  if (how === 'renderer') await crashRenderer(gloss.page);
  expect(killApp(gloss.userDataDir).mainProcess).toBe(true);
  return relaunch(gloss);
}

/** Relaunches a killed app on its data folder (see killAndRelaunch). */
async function relaunch(gloss: GlossApp): Promise<GlossApp> {
  await gloss.close().catch(() => undefined);
  const again = await launch(gloss.userDataDir);
  await again.page.getByRole('button', { name: 'Import files' }).first().waitFor();
  await expect.poll(() => temporaryFiles(join(gloss.userDataDir, 'backups'))).toEqual([]);
  return again;
}

/**
 * Saves through a File menu item into `name` (which holds `old`), kills the app a random moment
 * of up to `maxWait` ms later and relaunches.
 */
async function killDuringSave(gloss: GlossApp, menuItem: string, name: string, old: string, maxWait: number) {
  const target = join(mkdtempSync(join(tmpdir(), 'gloss-faults-save-')), name);
  writeFileSync(target, old);
  gloss.queueDialog({ filePath: target });
  gloss.clickMenu('File', menuItem);
  const wait = offset(0, maxWait);
  await gloss.page.waitForTimeout(wait);
  return { gloss: await killAndRelaunch(gloss, 'app'), target, wait };
}

/** Whether the process `pid` is alive (signal 0 checks without sending anything). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function expectConsistent(gloss: GlossApp) {
  const check = await checkLibrary(gloss.page);
  expect(check.problems).toEqual([]);
  return check;
}

/**
 * Imports a folder of `files` through the File menu and waits until a random point of it: once
 * the progress bar has reached a random file (whatever the machine's speed), a random few
 * milliseconds more.
 */
async function importUntilRandomPoint(gloss: GlossApp, files: number) {
  gloss.queueDialog({ filePaths: [folderOf(files)] });
  gloss.clickMenu('File', 'Import Folder…');
  const file = offset(0, files - 10);
  await gloss.page.waitForFunction(
    ({ at, total }) => {
      const bar = document.querySelector<HTMLProgressElement>('.import-progress progress');
      return (
        (bar !== null && bar.max === total && bar.value >= at) || document.querySelector('.import-summary')
      );
    },
    { at: file, total: files },
    { polling: 'raf', timeout: 120_000 },
  );
  const wait = offset(0, 100);
  await gloss.page.waitForTimeout(wait);
  return { file, wait };
}

/**
 * Presses the banner's Resume button and checks that exactly what was missing is added: the
 * library holds the folder's `files` once each, and the summary names as imported the ones the
 * cut-short import had not saved and as known the `saved` ones.
 */
async function resumeAll(gloss: GlossApp, banner: Locator, files: number, saved: number) {
  await banner.getByRole('button', { name: 'Resume import' }).click();
  const summary = gloss.page.getByRole('region', { name: 'Import summary' });
  await expect(summary).toBeVisible({ timeout: 120_000 });
  await expect(banner).toHaveCount(0);
  const after = await expectConsistent(gloss);
  expect(after.articles).toBe(files);
  const text = (await summary.textContent()) ?? '';
  const count = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
  const imported = count(/(\d+) imported/);
  const known = count(/(\d+) already in the library/);
  expect({ imported, known }).toEqual({ imported: files - saved, known: saved });
}

for (let run = 1; run <= RUNS; run++) {
  test(`300-file folder import, killed at a random moment (run ${run})`, async () => {
    let gloss = await launch();
    const { file, wait } = await importUntilRandomPoint(gloss, 300);
    const how = run % 2 === 0 ? 'renderer' : 'app';
    gloss = await killAndRelaunch(gloss, how);
    const before = await expectConsistent(gloss);
    // The bar counts files settled in the library: every file it had reached is there.
    expect(before.articles).toBeGreaterThanOrEqual(file);
    // The relaunched window names the cut-short import and resumes it: exactly what was missing
    // is added. An import that had saved all 300 files before the kill may have nothing to resume.
    const banner = gloss.page.getByRole('alert').filter({ hasText: 'cut short when Gloss closed' });
    if (before.articles === 300) {
      tally.push(
        `import-300: ${how} kill ${wait} ms after file ${file} of 300, all 300 saved before the kill`,
      );
      await gloss.close();
      return;
    }
    await expect(banner).toContainText('An import of 300 files was cut short when Gloss closed.');
    await resumeAll(gloss, banner, 300, before.articles);
    tally.push(
      `import-300: ${how} kill ${wait} ms after file ${file} of 300, ${before.articles} articles kept, resumed to 300`,
    );
    await gloss.close();
  });

  test(`300-file folder import, only its page crashed, the main process alive (run ${run})`, async () => {
    const gloss = await launch();
    const { file, wait } = await importUntilRandomPoint(gloss, 300);
    const reloaded = gloss.reloadedPage();
    await crashRenderer(gloss.page);
    // The main process saw the crash (render-process-gone) and reloaded the window itself.
    await reloaded;
    expect(isRunning(gloss.mainProcessId)).toBe(true);
    const before = await expectConsistent(gloss);
    expect(before.articles).toBeGreaterThanOrEqual(file);
    const banner = gloss.page.getByRole('alert').filter({ hasText: 'stopped unexpectedly' });
    await expect(banner).toContainText('Gloss’s window stopped unexpectedly and was reloaded.');
    if (before.articles === 300) {
      tally.push(
        `page crash during import-300: ${wait} ms after file ${file}, all 300 saved before the crash`,
      );
      await gloss.close();
      return;
    }
    await expect(banner).toContainText('An import of 300 files was cut short.');
    await resumeAll(gloss, banner, 300, before.articles);
    tally.push(
      `page crash during import-300: ${wait} ms after file ${file} of 300, main process alive, window reloaded, ${before.articles} articles kept, resumed to 300`,
    );
    await gloss.close();
  });
}

for (let run = 1; run <= RUNS; run++) {
  test(`a highlight key, then a kill a frame or more later (run ${run})`, async () => {
    let gloss = await launch();
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
    let gloss = await launch();
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
    const launched = await launch();
    await openSeed(launched);
    const { gloss, target, wait } = await killDuringSave(
      launched,
      'Back Up Library…',
      'library.json',
      '{"old":true}',
      1500,
    );
    await expectConsistent(gloss);
    // The next start removed the temporary file of the interrupted write.
    await expect.poll(() => readdirSync(dirname(target))).toEqual(['library.json']);
    const text = readFileSync(target, 'utf8');
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const outcome = 'old' in parsed ? 'old file' : 'new file, complete';
    if (!('old' in parsed)) expect(JSON.stringify(parsed)).toContain('articles');
    tally.push(`backup: app kill after ${wait} ms, ${outcome}`);
    expect(existsSync(target)).toBe(true);
    await gloss.close();
  });
}

let backupOf40: Promise<string> | null = null;

/** A backup file of a library of 40 articles, made once through the app. */
function libraryBackup(): Promise<string> {
  backupOf40 ??= (async () => {
    const gloss = await launchGloss();
    gloss.queueDialog({ filePaths: [folderOf(40)] });
    gloss.clickMenu('File', 'Import Folder…');
    await expect(gloss.page.getByRole('region', { name: 'Import summary' })).toBeVisible({
      timeout: 120_000,
    });
    const path = join(mkdtempSync(join(tmpdir(), 'gloss-faults-backup-')), 'library-40.json');
    gloss.queueDialog({ filePath: path });
    gloss.clickMenu('File', 'Back Up Library…');
    // Written atomically: once it is there, it is whole.
    await expect.poll(() => existsSync(path)).toBe(true);
    await gloss.close();
    return path;
  })();
  return backupOf40;
}

for (let run = 1; run <= RUNS; run++) {
  test(`a restore from a backup, killed at a random moment (run ${run})`, async () => {
    const backup = await libraryBackup();
    let gloss = await launch();
    await openSeed(gloss);
    await selectText(gloss.page, '织金电厂发出的电');
    await gloss.page.keyboard.press('2');
    await expect(gloss.page.getByRole('list', { name: 'Highlights' }).getByRole('listitem')).toHaveCount(1);
    gloss.queueDialog({ filePaths: [backup] });
    gloss.clickMenu('File', 'Restore from Backup…');
    const wait = offset(0, 1200);
    await gloss.page.waitForTimeout(wait);
    gloss = await killAndRelaunch(gloss, 'app');
    const check = await expectConsistent(gloss);
    // One transaction: the 40 articles of the backup are all there or none is.
    expect([1, 41]).toContain(check.articles);
    expect(check.highlights.map((h) => h.text)).toEqual(['织金电厂发出的电']);
    tally.push(
      `restore: app kill after ${wait} ms, ${check.articles === 41 ? 'all 40 articles restored' : 'library as before'}, highlight kept`,
    );
    await gloss.close();
  });
}

// A library of 40 articles, whose backup takes long enough to write to be caught in the middle.
for (let run = 1; run <= Math.min(RUNS, 2); run++) {
  test(`a backup's write, killed while its temporary file is on disk (run ${run})`, async () => {
    const backup = await libraryBackup();
    let gloss = await launch();
    gloss.queueDialog({ filePaths: [backup] });
    gloss.clickMenu('File', 'Restore from Backup…');
    await expect.poll(async () => (await checkLibrary(gloss.page)).articles, { timeout: 60_000 }).toBe(40);
    const folder = mkdtempSync(join(tmpdir(), 'gloss-faults-save-'));
    const target = join(folder, 'library.json');
    writeFileSync(target, '{"old":true}');
    // Looked up now: the kill must follow the temporary file's creation within milliseconds.
    const processes = glossProcesses(gloss.userDataDir);
    const delay = offset(0, 5);
    let leftBehind: string[] = [];
    const killed = new Promise<void>((resolve) => {
      const watcher = watch(folder, (_event, name) => {
        if (!name?.endsWith('.tmp')) return;
        watcher.close();
        setTimeout(() => {
          expect(killProcesses(processes, gloss.userDataDir).mainProcess).toBe(true);
          leftBehind = temporaryFiles(folder);
          resolve();
        }, delay);
      });
    });
    gloss.queueDialog({ filePath: target });
    gloss.clickMenu('File', 'Back Up Library…');
    await killed;
    gloss = await relaunch(gloss);
    expect((await expectConsistent(gloss)).articles).toBe(40);
    // The next start removed the temporary file of the interrupted write.
    await expect.poll(() => readdirSync(folder)).toEqual(['library.json']);
    const parsed = JSON.parse(readFileSync(target, 'utf8')) as { old?: boolean; data?: unknown };
    if (!parsed.old) expect(JSON.stringify(parsed)).toContain('articles');
    tally.push(
      `backup of 40 articles: app kill ${delay} ms after its temporary file appeared, ${parsed.old ? 'old file' : 'new file, complete'}, ${leftBehind.length} temporary file left at the kill and none after the relaunch`,
    );
    await gloss.close();
  });
}

// Two launches and two relaunches each: run fewer times than the rest, to keep the suite short.
for (let run = 1; run <= Math.min(RUNS, 2); run++) {
  test(`an export's write, then "Reopen with encoding", each killed at a random moment (run ${run})`, async () => {
    let gloss = await launch();
    await openSeed(gloss);
    await selectText(gloss.page, '习仲勋的大力支持和率先垂范');
    await gloss.page.keyboard.press('4');
    await expect(gloss.page.getByRole('list', { name: 'Highlights' }).getByRole('listitem')).toHaveCount(1);

    const saved = await killDuringSave(gloss, 'Export Notes as Markdown…', 'notes.md', 'old notes\n', 300);
    ({ gloss } = saved);
    const { target, wait: exportWait } = saved;
    let check = await expectConsistent(gloss);
    expect(check.highlights.map((h) => h.text)).toEqual(['习仲勋的大力支持和率先垂范']);
    const text = readFileSync(target, 'utf8');
    const exported = text !== 'old notes\n';
    if (exported) expect(text.trimEnd().endsWith('<!-- gloss:end -->')).toBe(true);
    await expect.poll(() => readdirSync(dirname(target))).toEqual(['notes.md']);
    tally.push(`export: app kill after ${exportWait} ms, ${exported ? 'new file, complete' : 'old file'}`);

    const { page } = gloss;
    await page
      .getByRole('button', { name: /深情无限梦毕圆/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Article info' }).click();
    await page.getByRole('combobox', { name: 'Reopen with encoding…' }).selectOption('windows-1252');
    await page.getByRole('button', { name: 'Reopen', exact: true }).click();
    const reopenWait = offset(0, 300);
    await page.waitForTimeout(reopenWait);
    const how = run % 2 === 0 ? 'renderer' : 'app';
    gloss = await killAndRelaunch(gloss, how);
    check = await expectConsistent(gloss);
    expect(check.highlights.map((h) => h.text)).toEqual(['习仲勋的大力支持和率先垂范']);
    // The article's text and its encoding were replaced together, or not at all.
    const state = await gloss.page.evaluate(async () => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const request = indexedDB.open('gloss');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const read = (store: string): Promise<Record<string, unknown>[]> =>
        new Promise((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
        });
      const [article] = await read('articles');
      const [content] = await read('contents');
      db.close();
      return { encoding: String(article.encoding), text: JSON.stringify(content.blocks) };
    });
    const reopened = state.encoding === 'windows-1252';
    expect(state.text.includes('习仲勋的大力支持和率先垂范')).toBe(!reopened);
    tally.push(
      `reopen: ${how} kill after ${reopenWait} ms, ${reopened ? 'reopened' : 'as before'}, highlight kept`,
    );
    await gloss.close();
  });
}

test('the process writing an export killed part-way, 10 times: old file or complete new one, no leftovers', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'gloss-faults-write-'));
  const target = join(folder, 'notes.md');
  const journal = join(mkdtempSync(join(tmpdir(), 'gloss-faults-journal-')), 'writes-in-progress.txt');
  const outcomes = { old: 0, new: 0 };
  for (let i = 0; i < 10; i++) {
    writeFileSync(target, 'old notes\n');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'write-child.ts'), target, journal, '20'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    // Listened for at once: a write that finishes before the kill ends the process itself.
    const exited = new Promise((resolve) => child.once('exit', resolve));
    let output = '';
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (data: Buffer) => {
        output += data.toString();
        if (output.includes('writing')) resolve();
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, offset(0, 800)));
    child.kill('SIGKILL');
    await exited;
    const text = readFileSync(target, 'utf8');
    if (text === 'old notes\n') outcomes.old++;
    else {
      expect(text.endsWith('<!-- complete -->\n')).toBe(true);
      outcomes.new++;
    }
    // The next start removes what the killed write left.
    useTempJournal(journal);
    await removeInterruptedWrites([]);
    useTempJournal(null);
    expect(readdirSync(folder)).toEqual(['notes.md']);
  }
  tally.push(
    `export write process killed 10 times: ${outcomes.old} old file, ${outcomes.new} complete new file, no temporary file left`,
  );
});
