/**
 * Re-importing files already in the library: the window sends the library's content hashes, and
 * the import service reports a file with those bytes as known after reading and hashing it,
 * without extracting it; the window's save names the article it already is.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportService } from '../../src-main/app/import-service';
import type { BatchResult } from '../../src-main/ipc/contract';
import { GlossDB } from '../../src-renderer/src/db/db';
import { saveImportResults } from '../../src-renderer/src/library/article-store';

function files(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-known-'));
  return ['a', 'b'].map((name) => {
    const path = join(dir, `${name}.md`);
    writeFileSync(path, `# Article ${name}\n\nThe text of ${name}.`);
    return path;
  });
}

async function run(service: ImportService, sent: BatchResult[], paths: string[]): Promise<BatchResult[]> {
  sent.length = 0;
  await service.run(paths);
  return [...sent];
}

describe('known content hashes', () => {
  it('reports files with known bytes as known, extracts the others, and saves them as duplicates', async () => {
    const sent: BatchResult[] = [];
    const service = new ImportService({
      workerPath: null,
      onProgress: () => undefined,
      onResults: (chunk) => sent.push(...chunk.results),
    });
    const paths = files();
    const first = await run(service, sent, paths);
    expect(first.map((r) => r.ok)).toEqual([true, true]);
    const database = new GlossDB(`known-${Math.random()}`);
    const saved = await saveImportResults(first, { database });
    expect(saved.added).toHaveLength(2);

    const hashes = (await database.articles.orderBy('contentHash').keys()) as string[];
    service.setKnownHashes(hashes.slice(0, 1));
    const again = await run(service, sent, paths);
    const known = again.filter((r) => r.ok === 'known');
    expect(known).toHaveLength(1);
    // The other file is extracted as before (its hash was not sent).
    expect(again.filter((r) => r.ok === true)).toHaveLength(1);

    const summary = await saveImportResults(again, { database });
    expect(summary.added).toHaveLength(0);
    expect(summary.duplicates.map((d) => d.title).sort()).toEqual(['Article a', 'Article b']);
    expect(await database.articles.count()).toBe(2);
    database.close();
  });

  it('reports nothing as known before the window sends hashes', async () => {
    const sent: BatchResult[] = [];
    const service = new ImportService({
      workerPath: null,
      onProgress: () => undefined,
      onResults: (chunk) => sent.push(...chunk.results),
    });
    const paths = files();
    await run(service, sent, paths);
    expect((await run(service, sent, paths)).every((r) => r.ok === true)).toBe(true);
  });
});
