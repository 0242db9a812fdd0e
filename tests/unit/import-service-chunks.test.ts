/**
 * How the import service cuts results into `import:results` chunks: the first result alone (the
 * window starts saving at once), then at most 16 files or about half a megabyte of files each,
 * in file order, every file exactly once; the last results come with the batch's answer.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportService } from '../../src-main/app/import-service';
import type { ImportProgress, ImportResultsChunk } from '../../src-main/ipc/contract';

function textFiles(count: number, bytes: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-chunks-'));
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `note-${String(i).padStart(3, '0')}.txt`);
    // Three UTF-8 bytes a character.
    writeFileSync(
      path,
      `第${i}篇\n\n${'正文。'.repeat(Math.ceil(bytes / 9))}`.slice(0, Math.floor(bytes / 3)),
    );
    return path;
  });
}

async function chunksOf(paths: string[]): Promise<ImportResultsChunk[]> {
  const chunks: ImportResultsChunk[] = [];
  const service = new ImportService({
    workerPath: null,
    onProgress: () => undefined,
    onResults: (chunk) => chunks.push(chunk),
  });
  const batch = await service.run(paths);
  expect(batch.chunks).toBe(chunks.length);
  return batch.results.length > 0 ? [...chunks, { batchId: batch.batchId, results: batch.results }] : chunks;
}

const fileNames = (chunks: ImportResultsChunk[]) =>
  chunks.flatMap((c) =>
    c.results.map((r) =>
      r.ok === true ? r.article.source.fileName : r.ok === 'known' ? r.known.fileName : r.error.fileName,
    ),
  );

describe('ImportService chunks', () => {
  it('sends the first result alone, then at most 16 files a chunk, in file order', async () => {
    await chunksOf(textFiles(1, 2_000)); // loads the pipeline, so results come faster than 150 ms
    const paths = textFiles(40, 2_000);
    const chunks = await chunksOf(paths);
    expect(chunks[0].results).toHaveLength(1);
    expect(Math.max(...chunks.map((c) => c.results.length))).toBeLessThanOrEqual(16);
    expect(fileNames(chunks)).toEqual(paths.map((p) => p.replace(/^.*[\\/]/, '')));
  });

  it('sends large files a few at a time', async () => {
    const paths = textFiles(9, 300_000);
    const chunks = await chunksOf(paths);
    expect(Math.max(...chunks.map((c) => c.results.length))).toBeLessThanOrEqual(2);
    expect(fileNames(chunks)).toHaveLength(9);
  });

  it('counts a path that could not be read in the total, as done, so settled results never pass it', async () => {
    const paths = [...textFiles(3, 2_000), join(tmpdir(), 'gloss-no-such-folder', 'gone.txt')];
    const reports: ImportProgress[] = [];
    const service = new ImportService({
      workerPath: null,
      onProgress: (report) => reports.push(report),
      onResults: () => undefined,
      progressTiming: { firstAfterMs: 0, everyMs: -1 },
    });
    const batch = await service.run(paths);
    expect(batch.total).toBe(4);
    // Reports with a total of 0 come while the paths are still walked.
    const counted = reports.filter((r) => r.total > 0);
    expect(counted.length).toBeGreaterThan(1);
    expect(new Set(counted.map((r) => r.total))).toEqual(new Set([4]));
    expect(Math.min(...counted.map((r) => r.done))).toBe(1);
    expect(counted.at(-1)?.done).toBe(4);
  });

  it('with flow control, sends at most four chunks ahead of those the window reports saved', async () => {
    await chunksOf(textFiles(1, 2_000)); // loads the pipeline
    const paths = textFiles(150, 2_000);
    let sent = 0;
    let saved = 0;
    let mostAhead = 0;
    // A slow window: it saves one chunk at a time, 50 ms each, and says so after each.
    let saving = Promise.resolve();
    const service: ImportService = new ImportService({
      workerPath: null,
      onProgress: () => undefined,
      onResults: (chunk) => {
        sent++;
        mostAhead = Math.max(mostAhead, sent - saved);
        saving = saving
          .then(() => new Promise((resolve) => setTimeout(resolve, 50)))
          .then(() => service.chunksSaved(chunk.batchId, ++saved));
      },
      flowControl: true,
    });
    const batch = await service.run(paths);
    expect(sent).toBeGreaterThan(6);
    expect(mostAhead).toBeLessThanOrEqual(5);
    expect(batch.total).toBe(150);
  });

  it('with flow control, a window that never reports still gets every file, one chunk per wait', async () => {
    const paths = textFiles(120, 2_000);
    const names: string[] = [];
    const service = new ImportService({
      workerPath: null,
      onProgress: () => undefined,
      onResults: (chunk) =>
        names.push(...chunk.results.map((r) => (r.ok === true ? r.article.source.fileName : ''))),
      flowControl: true,
      savedWaitMs: 10,
    });
    const batch = await service.run(paths);
    const answered = batch.results.map((r) => (r.ok === true ? r.article.source.fileName : ''));
    expect([...names, ...answered]).toHaveLength(120);
  });

  it('with flow control, Cancel ends a batch that waits for the window', async () => {
    const paths = textFiles(150, 2_000);
    let sent = 0;
    const service: ImportService = new ImportService({
      workerPath: null,
      onProgress: () => undefined,
      // Never reports saved chunks; Cancel once the fifth chunk is out.
      onResults: (chunk) => {
        if (++sent === 5) setTimeout(() => service.cancel(chunk.batchId), 0);
      },
      flowControl: true,
      savedWaitMs: 60_000,
    });
    const batch = await service.run(paths);
    expect(batch.cancelled).toBe(true);
    expect(batch.total).toBeLessThan(150);
  });
});
