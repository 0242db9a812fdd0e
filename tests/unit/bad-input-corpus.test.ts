/**
 * The bad-input corpus (tests/bad-input/classes.ts) through the real import path: the import
 * service, its worker thread and its default budget (10 s, 512 MB per file). Each class ends as
 * its outcome says: an article whose text is checked, or a refusal of the exact kind. A class
 * that ran over the budget would get the budget's sentence and fail its check.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportService } from '../../src-main/app/import-service';
import { DEFAULT_BUDGET } from '../../src-main/app/worker-pool';
import type { ImportResult } from '../../src-main/ipc/contract';
import { CLASSES, REFUSALS, writeCorpus } from '../bad-input/classes';

const root = mkdtempSync(join(tmpdir(), 'gloss-bad-input-'));
let corpus: Map<string, string[]>;
let results: ImportResult[] = [];
const service = new ImportService({
  workerPath: resolve(__dirname, '../support/import-worker.cjs'),
  budget: DEFAULT_BUDGET,
  onProgress: () => undefined,
  // No content hashes are sent here, so no result is "known".
  onResults: (chunk) => results.push(...(chunk.results as ImportResult[])),
});

beforeAll(() => {
  corpus = writeCorpus(root);
}, 60_000);
afterAll(() => {
  service.dispose();
  rmSync(root, { recursive: true, force: true });
});

describe('bad-input corpus', () => {
  it('has at least 40 classes', () => {
    expect(CLASSES.length).toBeGreaterThanOrEqual(40);
  });

  for (const hostile of CLASSES) {
    it(`${hostile.name}: ${hostile.outcome.imported ? 'imported' : `refused (${hostile.outcome.kind})`}`, async () => {
      results = [];
      const paths = corpus.get(hostile.name)!;
      results.push(...((await service.run(paths)).results as ImportResult[]));
      expect(results).toHaveLength(paths.length);
      for (const result of results) {
        if (hostile.outcome.imported) {
          if (!result.ok) throw new Error(`expected an article, got: ${result.error.reason}`);
          hostile.outcome.check(result.article);
        } else {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.reason).toMatch(REFUSALS[hostile.outcome.kind]);
        }
      }
    }, 60_000);
  }
});
