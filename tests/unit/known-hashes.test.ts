/**
 * Re-importing files already in the library: the window sends the library's content hashes (then
 * what changed), the import service reports a file with those bytes as known after reading and
 * hashing it in the main process, before any extraction; the window's save names the article it
 * already is.
 */
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
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

/** An import service without a worker whose sent result chunks land in `sent`. */
function collectingService(): { service: ImportService; sent: BatchResult[] } {
  const sent: BatchResult[] = [];
  const service = new ImportService({
    workerPath: null,
    onProgress: () => undefined,
    onResults: (chunk) => sent.push(...chunk.results),
  });
  return { service, sent };
}

async function run(service: ImportService, sent: BatchResult[], paths: string[]): Promise<BatchResult[]> {
  sent.length = 0;
  const batch = await service.run(paths);
  return [...sent, ...batch.results];
}

describe('known content hashes', () => {
  it('reports files with known bytes as known, extracts the others, and saves them as duplicates', async () => {
    const { service, sent } = collectingService();
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

  it('extracts a known file again once its bytes changed, and saves nothing for a known file whose article is gone', async () => {
    const { service, sent } = collectingService();
    const paths = files();
    const database = new GlossDB(`known-${Math.random()}`);
    await saveImportResults(await run(service, sent, paths), { database });
    service.setKnownHashes((await database.articles.orderBy('contentHash').keys()) as string[]);
    writeFileSync(paths[0], '# Article a\n\nThe text of a, edited since.');
    const again = await run(service, sent, paths);
    expect(again.map((r) => r.ok)).toEqual([true, 'known']);
    // b's article deleted after the main process was told its hash: b is not named a duplicate.
    await database.articles.where('title').equals('Article b').delete();
    const summary = await saveImportResults(again.slice(1), { database });
    expect(summary.duplicates).toEqual([]);
    expect(summary.failed.map((f) => [f.fileName, f.kind])).toEqual([['b.md', 'deleted-meanwhile']]);
    database.close();
  });

  it('reports nothing as known before the window sends hashes', async () => {
    const { service, sent } = collectingService();
    const paths = files();
    await run(service, sent, paths);
    expect((await run(service, sent, paths)).every((r) => r.ok === true)).toBe(true);
  });

  it('follows the changes the window sends: removed hashes are extracted again, added ones are known', async () => {
    const { service, sent } = collectingService();
    const paths = files();
    const extracted = await run(service, sent, paths);
    const [hashA, hashB] = extracted.map((r) => (r.ok === true ? r.article.contentHash : ''));
    service.setKnownHashes([hashA, hashB]);
    expect((await run(service, sent, paths)).map((r) => r.ok)).toEqual(['known', 'known']);
    // Article a deleted from the library, then b too and a imported again.
    service.changeKnownHashes([], [hashA]);
    expect((await run(service, sent, paths)).map((r) => r.ok)).toEqual([true, 'known']);
    service.changeKnownHashes([hashA], [hashB]);
    expect((await run(service, sent, paths)).map((r) => r.ok)).toEqual(['known', true]);
  });

  it('recognizes a known file before extraction: bytes that would fail to import are still known', async () => {
    const { service, sent } = collectingService();
    const dir = mkdtempSync(join(tmpdir(), 'gloss-known-'));
    const path = join(dir, 'broken.txt');
    // Control bytes: binary data, refused as not a document.
    const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => 1 + (i % 8)));
    writeFileSync(path, bytes);
    const first = await run(service, sent, [path]);
    expect(first[0].ok).toBe(false);
    service.setKnownHashes([createHash('sha256').update(bytes).digest('hex')]);
    const again = await run(service, sent, [path]);
    expect(again).toEqual([
      { ok: 'known', known: { contentHash: expect.any(String), fileName: 'broken.txt', path } },
    ]);
  });
});
