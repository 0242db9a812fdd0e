/**
 * The import worker's budget and Cancel, through the real worker thread: a file over its time
 * or memory budget ends its worker and gets a sentence, the next file imports on a fresh worker,
 * and Cancel gives up the file being read at once.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportService } from '../../src-main/app/import-service';
import type { ImportBudget } from '../../src-main/app/worker-pool';
import type { ImportProgress, ImportResult } from '../../src-main/ipc/contract';

const WORKER = resolve(__dirname, '../support/import-worker.cjs');
const dir = mkdtempSync(join(tmpdir(), 'gloss-budget-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** A page with 300,000 paragraphs: seconds of work, far more than the tiny budgets below. */
const heavy = () => file('heavy.html', `<html><body>${'<p>word word</p>'.repeat(300_000)}</body></html>`);
const small = () => file('small.txt', 'Small\n\nA small article with a few words in it.');

let services: ImportService[] = [];
afterEach(() => {
  for (const service of services) service.dispose();
  services = [];
});

function service(budget: ImportBudget, onProgress: (p: ImportProgress) => void = () => undefined) {
  const results: ImportResult[] = [];
  const created = new ImportService({
    workerPath: WORKER,
    budget,
    onProgress,
    // No content hashes are sent here, so no result is "known".
    onResults: (chunk) => results.push(...(chunk.results as ImportResult[])),
  });
  services.push(created);
  return { service: created, results };
}

describe('import worker budget', () => {
  it('stops a file over its time budget, says so, and imports the next file', async () => {
    // Far below the heavy page's seconds of work, and room for the fresh worker that reads the
    // next file to start on a loaded machine (at 50 ms it sometimes did not).
    const { service: s, results } = service({ timeMs: 500, memoryMb: 512 });
    const batch = await s.run([heavy(), small()]);
    results.push(...(batch.results as ImportResult[]));
    expect(batch.total).toBe(2);
    expect(results[0]).toMatchObject({
      ok: false,
      error: {
        fileName: 'heavy.html',
        reason: expect.stringMatching(
          /^Gloss stopped reading this file after 500 ms: it is unusually complex \(/,
        ),
      },
    });
    expect(results[1]).toMatchObject({ ok: true, article: { source: { fileName: 'small.txt' } } });
  }, 60_000);

  it('stops a file over its memory budget, says so, and imports the next file', async () => {
    const { service: s, results } = service({ timeMs: 60_000, memoryMb: 48 });
    const page = file(
      'huge.html',
      `<html><body>${'<div><p>word <b>word</b></p></div>'.repeat(600_000)}</body></html>`,
    );
    results.push(...((await s.run([page, small()])).results as ImportResult[]));
    expect(results[0]).toMatchObject({
      ok: false,
      error: { reason: expect.stringMatching(/needed more than 48 MB of memory/) },
    });
    expect(results[1]).toMatchObject({ ok: true });
  }, 60_000);

  it('Cancel gives up the file being read at once, whatever file it is', async () => {
    let target: ImportService | null = null;
    const { service: s, results } = service({ timeMs: 60_000, memoryMb: 512 }, (progress) => {
      // Cancel while the first, heavy file is being read (it takes seconds).
      if (progress.total > 0 && progress.done === 0) setTimeout(() => target?.cancel(progress.batchId), 300);
    });
    target = s;
    const batch = await s.run([heavy(), small()]);
    expect(batch.cancelled).toBe(true);
    expect(batch.total).toBe(0);
    expect(results).toEqual([]);
    expect(batch.results).toEqual([]);
  }, 60_000);
});
