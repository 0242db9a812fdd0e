/**
 * bad-input-corpus: every class of the bad-input corpus (tests/bad-input) imported through the
 * import service and its built worker under the default budget, one batch per class, against the
 * same number of seed-sized files through the same service in the same run. Reports the total and
 * the slowest class (target: under 5 s, far inside the 10 s budget).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ImportService } from '../../src-main/app/import-service';
import { DEFAULT_BUDGET } from '../../src-main/app/worker-pool';
import { CLASSES, writeCorpus } from '../../tests/bad-input/classes';
import { makeSeedFiles, median, REPO_ROOT, round, tempDir, type BenchResult } from '../support';

const WORKER = join(REPO_ROOT, 'out/main/import-worker.js');

async function timeBatches(batches: string[][]): Promise<number[]> {
  const service = new ImportService({
    workerPath: WORKER,
    budget: DEFAULT_BUDGET,
    onProgress: () => undefined,
    onResults: () => undefined,
  });
  try {
    service.warmUp();
    await service.run(makeSeedFiles(1)); // the worker loads its modules before timing starts
    const times: number[] = [];
    for (const paths of batches) {
      const began = performance.now();
      await service.run(paths);
      times.push(performance.now() - began);
    }
    return times;
  } finally {
    service.dispose();
  }
}

export async function benchBadInputCorpus(reps: number): Promise<BenchResult> {
  const root = tempDir('bad-input');
  const corpus = writeCorpus(root);
  const batches = CLASSES.map((hostile) => corpus.get(hostile.name)!);
  const fileCount = batches.reduce((n, paths) => n + paths.length, 0);
  const seeds = makeSeedFiles(fileCount);
  const totals: number[] = [];
  const seedTotals: number[] = [];
  const perClass: number[][] = CLASSES.map(() => []);
  for (let rep = 0; rep < reps; rep++) {
    const times = await timeBatches(batches);
    times.forEach((ms, i) => perClass[i].push(ms));
    totals.push(times.reduce((a, b) => a + b, 0));
    seedTotals.push((await timeBatches([seeds])).reduce((a, b) => a + b, 0));
  }
  rmSync(root, { recursive: true, force: true });
  const classMedians = perClass.map((times) => median(times));
  const slowestAt = classMedians.indexOf(Math.max(...classMedians));
  const slowestMs = classMedians[slowestAt];
  const total = median(totals);
  const baseline = median(seedTotals);
  return {
    name: 'bad-input-corpus',
    gloss: round(total),
    baseline: round(baseline),
    unit: 'ms',
    ratio: round(total / baseline, 2),
    note: `${CLASSES.length} classes, ${fileCount} files, one batch per class through the import service and its built worker (budget 10 s, 512 MB); baseline: ${fileCount} seed-sized files in one batch through the same service; median of ${reps}`,
    target: 'slowest class < 5 s',
    met: slowestMs < 5000,
    extra: {
      classes: CLASSES.length,
      slowestClass: CLASSES[slowestAt].name,
      slowestClassMs: round(slowestMs),
    },
  };
}
