/**
 * import-1000-into-5000: 1,000 seed-sized files imported through the app into a library that
 * already holds 5,000 articles, against the same 1,000 files into an empty library, in the same
 * run (target ratio ≤ 1.2). The 5,000 are imported through the app too, before timing starts.
 * Time: click → the summary saying all 1,000 were imported, on the page's clock.
 */
import { launchGloss } from '../../tests/e2e/app';
import { makeSeedFiles, median, round, type BenchResult } from '../support';

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

async function timedImport(library: string[], batch: string[]): Promise<number> {
  const gloss = await launchGloss();
  try {
    await gloss.page.getByRole('button', { name: 'Import files' }).first().waitFor();
    await gloss.page.waitForTimeout(2000);
    if (library.length > 0) await importAll(gloss, library);
    return await importAll(gloss, batch);
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
  for (let rep = 0; rep < reps; rep++) {
    empty.push(await timedImport([], batch));
    into.push(await timedImport(library, batch));
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
    note: `${batchSize} seed-sized files into a library of ${librarySize} articles (imported through the app first) vs the same files into an empty library; click → summary, page clock; median of ${reps}`,
    target: 'ratio ≤ 1.2',
    met: ratio <= 1.2,
  };
}
