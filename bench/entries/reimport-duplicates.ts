/**
 * reimport-200-duplicates: 200 seed-sized files already in the library imported again, from the
 * click to the summary saying all 200 are already there (page clock), against reading the same
 * 200 files and hashing their bytes (SHA-256) in Node in the same run — what Gloss's main process
 * has to do for them, since it recognizes a known file by its hash and sends no bytes for it.
 * Reported beside: the same files carried into the page (the way the shim's IPC carries bytes)
 * and hashed there with crypto.subtle, and the ratio to that; Node reading them with blocking
 * reads one after another (what Gloss's file-check thread does); and each stage's median.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { performance as nodePerformance } from 'node:perf_hooks';
import type { Page } from '@playwright/test';
import { launchGloss } from '../../tests/e2e/app';
import { encodeForPage } from '../../tests/e2e/shim/wire';
import { IMPORT_STAGE_PREFIX } from '../../src-main/app/import-stages';
import { WINDOW_IMPORT_STAGE_PREFIX } from '../../src-renderer/src/import/import-stages';
import { makeSeedFiles, median, ratioResult, readArticlesTable, round, type BenchResult } from '../support';
import { summaryShownMs, watchSummary } from './import-files';

const FILES = 200;

/**
 * Where one re-import's time went, in ms. Window stages on the page's clock: the click handled
 * up to the import hook, the main process's hashes brought up to date, the batch request's
 * round trip, the duplicates looked up and summarized, the summary drawn. Main-process stages on
 * Node's clock (the main process runs in this process): the dialog answered, the paths collected
 * (stat), every file read, hashed and answered, the answer sent. `transport` is the round trip
 * minus the main process's part: the IPC there and back.
 */
interface Stages {
  click: number;
  hashSync: number;
  roundTrip: number;
  dialog: number;
  collect: number;
  readHash: number;
  answer: number;
  transport: number;
  lookup: number;
  draw: number;
}

async function stagesOf(page: Page): Promise<Stages> {
  const inWindow = await page.evaluate((prefix) => {
    const at = (name: string) => {
      const entry = performance.getEntriesByName(`${prefix}${name}`).at(-1);
      if (!entry) throw new Error(`no mark ${name}: the build has no import stage marks`);
      return entry.startTime;
    };
    const marks = (globalThis as unknown as { __benchMarks: { click?: number; shown?: number } })
      .__benchMarks;
    return {
      click: marks.click ?? NaN,
      begun: at('begun'),
      synced: at('hashes-synced'),
      answered: at('answered'),
      saved: at('saved'),
      shown: marks.shown ?? NaN,
    };
  }, WINDOW_IMPORT_STAGE_PREFIX);
  const main = (name: string) => {
    const entry = nodePerformance.getEntriesByName(`${IMPORT_STAGE_PREFIX}${name}`).at(-1);
    if (!entry) throw new Error(`no main-process mark ${name}`);
    return entry.startTime;
  };
  const roundTrip = inWindow.answered - inWindow.synced;
  return {
    click: inWindow.begun - inWindow.click,
    hashSync: inWindow.synced - inWindow.begun,
    roundTrip,
    dialog: main('chosen') - main('request'),
    collect: main('collected') - main('chosen'),
    readHash: main('files-done') - main('collected'),
    answer: main('answer') - main('files-done'),
    transport: roundTrip - (main('answer') - main('request')),
    lookup: inWindow.saved - inWindow.answered,
    draw: inWindow.shown - inWindow.saved,
  };
}

/** Each stage's median over the repetitions, as one line. */
function stageMedians(all: Stages[]): string {
  const names = Object.keys(all[0]) as (keyof Stages)[];
  return names.map((name) => `${name} ${round(median(all.map((s) => s[name])), 1)}`).join(' · ');
}

async function readAndHash(page: Page, paths: string[]): Promise<number> {
  return page.evaluate(async (list) => {
    const w = window as unknown as {
      __benchReadAll(l: string[]): Promise<unknown>;
      __glossShimDecode(v: unknown): unknown;
    };
    const began = performance.now();
    const all = w.__glossShimDecode(await w.__benchReadAll(list)) as Uint8Array[];
    const hashes = await Promise.all(
      all.map((bytes) => crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)),
    );
    if (hashes.length !== list.length) throw new Error('not every file was hashed');
    return performance.now() - began;
  }, paths);
}

/** The same reading and hashing in Node, with no transport at all (reported beside). */
async function readAndHashInNode(paths: string[]): Promise<number> {
  const began = performance.now();
  await Promise.all(
    paths.map(async (p) =>
      createHash('sha256')
        .update(await readFile(p))
        .digest('hex'),
    ),
  );
  return performance.now() - began;
}

/** The same again with blocking reads one file after another (reported beside, not the baseline). */
function readAndHashInNodeBlocking(paths: string[]): number {
  const began = performance.now();
  for (const p of paths) createHash('sha256').update(readFileSync(p)).digest('hex');
  return performance.now() - began;
}

export async function benchReimport(reps: number): Promise<BenchResult> {
  const paths = makeSeedFiles(FILES);
  const gloss = await launchGloss();
  try {
    const { page } = gloss;
    const importButton = page.getByRole('button', { name: 'Import files' }).first();
    await importButton.waitFor();
    await page.exposeBinding('__benchReadAll', async (_source, list: string[]) =>
      encodeForPage(await Promise.all(list.map(async (p) => new Uint8Array(await readFile(p))))),
    );
    gloss.queueDialog({ filePaths: paths });
    await importButton.click();
    const summary = page.getByRole('region', { name: 'Import summary' });
    await summary.getByText(`${FILES} imported`).waitFor({ timeout: 600_000 });
    await page.getByRole('button', { name: 'Close summary' }).click();
    await page.waitForTimeout(1500);

    const glossMs: number[] = [];
    const baselineMs: number[] = [];
    const nodeMs: number[] = [];
    const nodeBlockingMs: number[] = [];
    const stages: Stages[] = [];
    for (let rep = 0; rep < reps; rep++) {
      baselineMs.push(await readAndHash(page, paths));
      nodeMs.push(await readAndHashInNode(paths));
      nodeBlockingMs.push(readAndHashInNodeBlocking(paths));
      gloss.queueDialog({ filePaths: paths });
      await watchSummary(page, `${FILES} already in the library`);
      await importButton.click();
      await summary.getByText(`${FILES} already in the library`).waitFor({ timeout: 600_000 });
      glossMs.push(await summaryShownMs(page));
      stages.push(await stagesOf(page));
      console.log(
        `    reimport rep ${rep + 1}: ${round(glossMs[rep], 1)} ms; ${stageMedians([stages[rep]])}`,
      );
      await page.getByRole('button', { name: 'Close summary' }).click();
      const articles = (await readArticlesTable(page)).count;
      if (articles !== FILES) throw new Error(`re-import changed the library: ${articles} articles`);
    }
    const glossMedian = median(glossMs);
    return {
      ...ratioResult(
        {
          name: 'reimport-200-duplicates',
          unit: 'ms',
          note: `${FILES} seed-sized files already in the library, click → summary on the page's clock; baseline: the same files read and SHA-256 hashed in Node (Promise.all over readFile), same run; median of ${reps}`,
          target: 'ratio ≤ 2',
          maxRatio: 2,
        },
        glossMs,
        nodeMs,
      ),
      extra: {
        perFileMs: round(glossMedian / FILES, 2),
        // The ratio of each repetition (Gloss and Node measured one after the other).
        repRatios: glossMs.map((ms, i) => round(ms / nodeMs[i], 2)).join(' '),
        // The same files carried into the page as the shim's IPC carries bytes, hashed there.
        inPageReadHashMs: round(median(baselineMs)),
        ratioToInPage: round(glossMedian / median(baselineMs), 2),
        // Node reading the files with readFileSync one after another and hashing them.
        nodeBlockingReadHashMs: round(median(nodeBlockingMs)),
        // Where the time goes: each stage's median (see Stages).
        stagesMs: stageMedians(stages),
      },
    };
  } finally {
    await gloss.close();
  }
}
