/**
 * The window saves an import batch in the order the main process produced it: every chunk event
 * first (even one that arrives after the batch's answer), then the last results that came with
 * the answer; a quick batch is saved from its answer alone.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { BatchResult } from '../../src-main/ipc/contract';
import { BatchSaver } from '../../src-renderer/src/import/batch-saver';
import type { SaveSummary } from '../../src-renderer/src/library/article-store';

const known = (name: string): BatchResult => ({
  ok: 'known',
  known: { contentHash: name, fileName: name, path: null },
});
const fileNames = (results: BatchResult[]) => results.map((r) => (r.ok === 'known' ? r.known.fileName : ''));

function recordingSaver(onSettled?: (settled: number) => void): { saver: BatchSaver; saved: string[][] } {
  const saved: string[][] = [];
  const saver = new BatchSaver(async (results): Promise<SaveSummary> => {
    saved.push(fileNames(results));
    await new Promise((resolve) => setTimeout(resolve, 5));
    return {
      added: [],
      duplicates: results.map((r) => ({ id: fileNames([r])[0], title: '', fileName: fileNames([r])[0] })),
      failed: [],
    };
  }, onSettled);
  return { saver, saved };
}

describe('BatchSaver', () => {
  it('saves the answer’s results after every chunk, even a chunk that arrives after the answer', async () => {
    const { saver, saved } = recordingSaver();
    saver.accept({ batchId: 'b', results: [known('1')] });
    const finished = saver.finish({ batchId: 'b', chunks: 2, results: [known('4'), known('5')] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    saver.accept({ batchId: 'b', results: [known('2'), known('3')] });
    const summary = await finished;
    expect(saved.flat()).toEqual(['1', '2', '3', '4', '5']);
    expect(summary.duplicates.map((d) => d.fileName)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('saves a quick batch from its answer alone', async () => {
    const { saver, saved } = recordingSaver();
    const summary = await saver.finish({ batchId: 'b', chunks: 0, results: [known('1'), known('2')] });
    expect(saved).toEqual([['1', '2']]);
    expect(summary.duplicates).toHaveLength(2);
  });

  it('saves nothing more once cancelled', async () => {
    const { saver, saved } = recordingSaver();
    saver.cancel();
    const summary = await saver.finish({ batchId: 'b', chunks: 0, results: [known('1')] });
    expect(saved).toEqual([]);
    expect(summary.duplicates).toEqual([]);
  });

  it('tells the count of results settled after each save, which is what the progress bar shows', async () => {
    const counts: number[] = [];
    const { saver, saved } = recordingSaver((settled) => counts.push(settled));
    saver.accept({ batchId: 'b', results: [known('1')] });
    saver.accept({ batchId: 'b', results: [known('2'), known('3')] });
    saver.accept({ batchId: 'b', results: [known('4')] });
    await saver.finish({ batchId: 'b', chunks: 3, results: [known('5')] });
    // The first save runs alone; what came while it ran (the answer's too) is saved together.
    expect(saved.map((s) => s.length)).toEqual([1, 4]);
    expect(counts).toEqual([1, 5]);
    expect(saver.settled).toBe(5);
  });

  it('counts a large save as it goes, not only when it ends', async () => {
    const counts: number[] = [];
    const saver = new BatchSaver(
      async (results, onProgress) => {
        for (let done = 2; done < results.length; done += 2) onProgress(done);
        return {
          added: [],
          duplicates: results.map((_, i) => ({ id: `${i}`, title: '', fileName: '' })),
          failed: [],
        };
      },
      (settled) => counts.push(settled),
    );
    saver.accept({ batchId: 'b', results: [known('1')] });
    saver.accept({ batchId: 'b', results: ['2', '3', '4', '5', '6', '7'].map(known) });
    await saver.finish({ batchId: 'b', chunks: 2, results: [] });
    expect(counts).toEqual([1, 3, 5, 7]);
  });

  it('tells a running save that the batch was cancelled, so a long save stops', async () => {
    const seen: boolean[] = [];
    let release: () => void = () => undefined;
    const saver = new BatchSaver(async (_results, _onProgress, stopped) => {
      seen.push(stopped());
      await new Promise<void>((resolve) => (release = resolve));
      seen.push(stopped());
      return { added: [], duplicates: [], failed: [] };
    });
    saver.accept({ batchId: 'b', results: [known('1')] });
    saver.cancel();
    release();
    await saver.finish({ batchId: 'b', chunks: 1, results: [] });
    expect(seen).toEqual([false, true]);
  });

  it('reports after each save how many of the batch’s chunk events are saved (flow control)', async () => {
    const reports: string[] = [];
    const saver = new BatchSaver(
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return { added: [], duplicates: [], failed: [] };
      },
      undefined,
      (batchId, chunks) => reports.push(`${batchId}:${chunks}`),
    );
    saver.accept({ batchId: 'b', results: [known('1')] });
    saver.accept({ batchId: 'b', results: [known('2')] });
    saver.accept({ batchId: 'b', results: [known('3')] });
    await saver.finish({ batchId: 'b', chunks: 3, results: [] });
    // The first save held chunk 1; the second, the two that came while it ran.
    expect(reports).toEqual(['b:1', 'b:3']);
  });

  it('reports a failed save’s chunks as done with too, so the main process does not wait on them', async () => {
    const reports: number[] = [];
    const saver = new BatchSaver(
      async () => {
        throw new Error('QuotaExceededError');
      },
      undefined,
      (_batchId, chunks) => reports.push(chunks),
    );
    saver.accept({ batchId: 'b', results: [known('1')] });
    await expect(saver.finish({ batchId: 'b', chunks: 1, results: [] })).rejects.toThrow(
      'QuotaExceededError',
    );
    expect(reports).toEqual([1]);
  });

  it('counts only what a save settled: a save stopped by Cancel is not counted whole', async () => {
    const counts: number[] = [];
    const saver = new BatchSaver(
      async () => ({
        added: [{ id: 'a', title: '', fileName: '1', replacedSequences: 0 }],
        duplicates: [],
        failed: [],
      }),
      (settled) => counts.push(settled),
    );
    saver.accept({ batchId: 'b', results: [known('1'), known('2'), known('3')] });
    await saver.finish({ batchId: 'b', chunks: 1, results: [] });
    expect(counts).toEqual([1]);
    expect(saver.settled).toBe(1);
  });
});
