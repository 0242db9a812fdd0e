/**
 * import-1000-into-5000: 1,000 seed-sized files imported through the app into a library that
 * already holds 5,000 articles, against the same 1,000 files into an empty library, in the same
 * run (target ratio ≤ 1.2). The 5,000 are imported through the app too, before timing starts,
 * and the library is then left to come to rest — its search index caught up and stored, the
 * browser's processes idle — as a library of 5,000 is when someone imports into it; how long
 * that took is reported. Time: click → the summary saying all 1,000 were imported, on the
 * page's clock.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { launchGloss } from '../../tests/e2e/app';
import { makeSeedFiles, median, round, type BenchResult } from '../support';

/** True when the stored search index includes every change (its journal is empty). */
function indexStored(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const request = indexedDB.open('gloss');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    const count = <T>(store: string) =>
      new Promise<T>((ok) => {
        const request = db.transaction(store).objectStore(store).count();
        request.onsuccess = () => ok(request.result as T);
      });
    const [journal, parts] = await Promise.all([
      count<number>('searchJournal'),
      count<number>('searchIndex'),
    ]);
    db.close();
    return journal === 0 && parts > 0;
  });
}

/** CPU time (ms) used so far by this process's child processes (the browser), from /proc. */
function childCpuMs(): number | null {
  try {
    const parents = new Map<string, string>();
    const times = new Map<string, number>();
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        parents.set(pid, fields[1]);
        times.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / 100);
      } catch {
        // The process ended meanwhile.
      }
    }
    const mine = (pid: string) => {
      for (let p: string | undefined = parents.get(pid), i = 0; p && i < 10; p = parents.get(p), i++)
        if (p === String(process.pid)) return true;
      return false;
    };
    let total = 0;
    for (const [pid, ms] of times) if (mine(pid)) total += ms;
    return total;
  } catch {
    return null;
  }
}

/**
 * Waits until the library is at rest: the search index stored with every change, then the
 * browser's processes using under a tenth of a core for two seconds in a row (LevelDB compacts
 * after large writes). Returns the time waited.
 */
async function settle(page: Page, timeoutMs = 180_000): Promise<number> {
  const began = performance.now();
  const late = () => performance.now() - began > timeoutMs;
  while (!(await indexStored(page)) && !late()) await page.waitForTimeout(500);
  let quiet = 0;
  let last = childCpuMs();
  while (last !== null && quiet < 2 && !late()) {
    await page.waitForTimeout(1000);
    const now = childCpuMs();
    quiet = now !== null && now - last < 100 ? quiet + 1 : 0;
    last = now;
  }
  return performance.now() - began;
}

async function importAll(gloss: Awaited<ReturnType<typeof launchGloss>>, paths: string[]): Promise<number> {
  const { page } = gloss;
  gloss.queueDialog({ filePaths: paths });
  const began = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Import files' }).first().click();
  await page
    .getByRole('region', { name: 'Import summary' })
    .getByText(`${paths.length} imported`)
    .waitFor({ timeout: 900_000 });
  const ms = (await page.evaluate(() => performance.now())) - began;
  await page
    .getByRole('button', { name: 'Close' })
    .first()
    .click()
    .catch(() => undefined);
  return ms;
}

async function timedImport(library: string[], batch: string[]): Promise<{ ms: number; settledMs: number }> {
  const gloss = await launchGloss();
  try {
    await gloss.page.getByRole('button', { name: 'Import files' }).first().waitFor();
    await gloss.page.waitForTimeout(2000);
    if (library.length > 0) await importAll(gloss, library);
    // Both sides start from a library at rest (the empty one gets there at once).
    const settledMs = await settle(gloss.page);
    return { ms: await importAll(gloss, batch), settledMs };
  } finally {
    await gloss.close();
  }
}

export async function benchImportIntoLibrary(
  reps: number,
  librarySize = 5000,
  batchSize = 1000,
): Promise<BenchResult> {
  const files = makeSeedFiles(librarySize + batchSize);
  const library = files.slice(0, librarySize);
  const batch = files.slice(librarySize);
  const into: number[] = [];
  const empty: number[] = [];
  const settled: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    empty.push((await timedImport([], batch)).ms);
    const run = await timedImport(library, batch);
    into.push(run.ms);
    settled.push(run.settledMs);
  }
  const gloss = median(into);
  const baseline = median(empty);
  const ratio = gloss / baseline;
  return {
    name: `import-${batchSize}-into-${librarySize}`,
    gloss: round(gloss),
    baseline: round(baseline),
    unit: 'ms',
    ratio: round(ratio, 2),
    note: `${batchSize} seed-sized files into a library of ${librarySize} articles (imported through the app first, then left to come to rest: search index stored, browser idle) vs the same files into an empty library; click → summary, page clock; median of ${reps}`,
    target: 'ratio ≤ 1.2',
    met: ratio <= 1.2,
    extra: {
      repRatios: into.map((ms, i) => round(ms / empty[i], 2)).join(' '),
      // How long the library of 5,000 took to come to rest after its import (median).
      settledMs: round(median(settled)),
    },
  };
}
