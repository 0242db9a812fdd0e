/**
 * The import journal: a batch's chosen paths are on disk while it runs and gone once it is
 * saved; a journal left by a crash reads back as an import to resume; corrupt or partial journal
 * files are ignored; Resume imports the journal's paths and refuses any other.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportJournal, parseJournalEntry, unfinishedImportNotice } from '../../src-main/app/import-journal';
import { ImportService } from '../../src-main/app/import-service';
import { PathGrants } from '../../src-main/app/path-grants';
import { createHandlers, type HandlerServices } from '../../src-main/ipc/handlers';
import type { BatchResult } from '../../src-main/ipc/contract';

function tempFolder(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A folder of `count` small text files. */
function articles(count: number): string {
  const folder = tempFolder('gloss-journal-articles-');
  for (let i = 0; i < count; i++)
    writeFileSync(join(folder, `article-${i}.txt`), `Article ${i}\n\nA paragraph of article number ${i}.`);
  return folder;
}

function journalFiles(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.json')) : [];
}

/** The journal entries on disk at this very moment, read with blocking reads. */
function entriesOnDisk(folder: string): unknown[] {
  return journalFiles(folder).map((name) =>
    parseJournalEntry(name.replace(/^import-|\.json$/g, ''), readFileSync(join(folder, name), 'utf8')),
  );
}

describe('import journal', () => {
  it('writes a batch’s paths and file count, reads them back after a crash, and removes them at the end', async () => {
    const folder = join(tempFolder('gloss-journal-'), 'imports-in-progress');
    const journal = new ImportJournal(folder);
    await journal.begin('batch-1', ['/home/a/articles', '/home/a/one.html']);
    await journal.counted('batch-1', 300);
    // The next start (a new journal on the same folder) finds the batch unfinished.
    const after = await new ImportJournal(folder).loadUnfinished();
    expect(after).toEqual([
      { batchId: 'batch-1', paths: ['/home/a/articles', '/home/a/one.html'], files: 300 },
    ]);
    expect(unfinishedImportNotice(after)).toEqual({
      cause: 'import-cut-short',
      notImported: 300,
      resumePaths: ['/home/a/articles', '/home/a/one.html'],
    });
    await journal.end('batch-1');
    expect(journalFiles(folder)).toEqual([]);
    expect(await new ImportJournal(folder).loadUnfinished()).toEqual([]);
  });

  it('is on disk while an import batch runs, and goes once the window says it saved it', async () => {
    const folder = join(tempFolder('gloss-journal-'), 'imports-in-progress');
    const journal = new ImportJournal(folder);
    const source = articles(3);
    let seenDuringBatch: string[] = [];
    const sent: BatchResult[] = [];
    const service = new ImportService({
      workerPath: null,
      journal,
      onProgress: () => {
        if (seenDuringBatch.length === 0) seenDuringBatch = journalFiles(folder);
      },
      onResults: (chunk) => sent.push(...chunk.results),
    });
    const batch = await service.run([source]);
    expect([...sent, ...batch.results].filter((result) => result.ok === true)).toHaveLength(3);
    expect(seenDuringBatch).toEqual([`import-${batch.batchId}.json`]);
    // Until the window has saved the batch, a crash would leave it to resume, counted.
    expect(await new ImportJournal(folder).loadUnfinished()).toEqual([
      { batchId: batch.batchId, paths: [source], files: 3 },
    ]);
    await journal.end(batch.batchId);
    expect(journalFiles(folder)).toEqual([]);
    service.dispose();
  });

  it('sends the window no article and no progress before the batch’s paths and count are on disk, however slow the write', async () => {
    const folder = join(tempFolder('gloss-journal-'), 'imports-in-progress');
    /** A journal on a slow disk: each write starts a moment late. */
    class SlowJournal extends ImportJournal {
      override async begin(batchId: string, paths: readonly string[]): Promise<void> {
        await new Promise((resolve) => setTimeout(resolve, 300));
        return super.begin(batchId, paths);
      }
    }
    const source = articles(3);
    const onDiskAtEachMessage: unknown[] = [];
    const look = () => onDiskAtEachMessage.push(entriesOnDisk(folder));
    const service = new ImportService({
      workerPath: null,
      journal: new SlowJournal(folder),
      onProgress: look,
      onResults: look,
    });
    const batch = await service.run([source]);
    look();
    expect(onDiskAtEachMessage.length).toBeGreaterThan(1);
    for (const onDisk of onDiskAtEachMessage)
      expect(onDisk).toEqual([{ batchId: batch.batchId, paths: [source], files: 3 }]);
    service.dispose();
  });

  it('answers a batch with nothing to save without waiting for its journal, and its end removes the entry written late', async () => {
    const folder = join(tempFolder('gloss-journal-'), 'imports-in-progress');
    let releaseWrite = () => undefined as void;
    const writeMayStart = new Promise<void>((resolve) => (releaseWrite = resolve));
    /** A journal whose write of the file count waits until the test lets it go. */
    class StalledJournal extends ImportJournal {
      counting: Promise<void> = Promise.resolve();
      override counted(batchId: string, files: number): Promise<void> {
        this.counting = writeMayStart.then(() => super.counted(batchId, files));
        return this.counting;
      }
    }
    const journal = new StalledJournal(folder);
    const source = articles(2);
    const hashes = readdirSync(source).map((name) =>
      createHash('sha256')
        .update(readFileSync(join(source, name)))
        .digest('hex'),
    );
    const sent: BatchResult[] = [];
    const service = new ImportService({
      workerPath: null,
      journal,
      onProgress: () => undefined,
      onResults: (chunk) => sent.push(...chunk.results),
    });
    service.setKnownHashes(hashes);
    const batch = await service.run([source]);
    expect([...sent, ...batch.results].map((result) => result.ok)).toEqual(['known', 'known']);
    // The window saved nothing and says so while the journal is still being written.
    const ended = journal.end(batch.batchId);
    releaseWrite();
    await Promise.all([ended, journal.counting]);
    expect(journalFiles(folder)).toEqual([]);
    service.dispose();
  });

  it('removes an entry only after its writes, however they interleave', async () => {
    const folder = join(tempFolder('gloss-journal-'), 'imports-in-progress');
    const journal = new ImportJournal(folder);
    const begun = journal.begin('quick', ['/home/a/one.html']);
    const counted = journal.counted('quick', 1);
    await journal.end('quick');
    await Promise.all([begun, counted]);
    expect(journalFiles(folder)).toEqual([]);
  });

  it('ignores corrupt and partial journal files without failing, and removes them', async () => {
    const folder = tempFolder('gloss-journal-corrupt-');
    writeFileSync(join(folder, 'import-aaaa.json'), '{"paths":["/home/a/arti');
    writeFileSync(join(folder, 'import-bbbb.json'), '\u0000\u0000\u0000');
    writeFileSync(join(folder, 'import-cccc.json'), JSON.stringify({ paths: ['relative/path'], files: 2 }));
    writeFileSync(join(folder, 'import-dddd.json'), JSON.stringify({ paths: ['/home/a/x'], files: -1 }));
    writeFileSync(join(folder, 'import-eeee.json'), JSON.stringify({ paths: ['/home/a/ok'], files: null }));
    mkdirSync(join(folder, 'import-ffff.json'));
    writeFileSync(join(folder, 'notes.txt'), 'not a journal file');
    const unfinished = await new ImportJournal(folder).loadUnfinished();
    expect(unfinished).toEqual([{ batchId: 'eeee', paths: ['/home/a/ok'], files: null }]);
    expect(unfinishedImportNotice(unfinished)).toMatchObject({ notImported: 0, resumePaths: ['/home/a/ok'] });
    await expect.poll(() => journalFiles(folder).sort()).toEqual(['import-eeee.json', 'import-ffff.json']);
    expect(await new ImportJournal(join(folder, 'missing')).loadUnfinished()).toEqual([]);
    expect(parseJournalEntry('x', 'null')).toBeNull();
    expect(parseJournalEntry('x', JSON.stringify({ paths: [], files: 0 }))).toBeNull();
  });

  it('resumes only the journal’s paths; a batch over them, or Dismiss, clears it', async () => {
    const folder = tempFolder('gloss-journal-resume-');
    new ImportJournal(folder).begin('old', ['/home/a/articles', '/home/a/one.html']);
    await expect.poll(() => journalFiles(folder)).toEqual(['import-old.json']);
    const journal = new ImportJournal(folder);
    await journal.loadUnfinished();
    expect(await journal.resumable(['/etc/shadow'])).toBeNull();
    expect(await journal.resumable(['/home/a/articles', '/etc/shadow'])).toBeNull();
    expect(await journal.resumable(['/home/a/articles/../../../etc'])).toBeNull();
    expect(await journal.resumable(['home/a/articles'])).toBeNull();
    expect(await journal.resumable([])).toBeNull();
    expect(await journal.resumable(['/home/a/articles', '/home/a/one.html'])).toEqual([
      '/home/a/articles',
      '/home/a/one.html',
    ]);
    // A batch that imports only part of it again leaves it; one over all its paths supersedes it.
    await journal.begin('partial', ['/home/a/one.html']);
    expect(await journal.unfinishedImports()).toHaveLength(1);
    await journal.begin('resumed', ['/home/a/articles', '/home/a/one.html']);
    expect(await journal.unfinishedImports()).toEqual([]);
    expect(journalFiles(folder).sort()).toEqual(['import-partial.json', 'import-resumed.json']);
    // A crashed window leaves the running batches to resume; Dismiss forgets them.
    journal.abandonActive();
    expect((await journal.unfinishedImports()).map((entry) => entry.batchId)).toEqual(['partial', 'resumed']);
    await journal.dismissUnfinished();
    expect(journalFiles(folder)).toEqual([]);
    expect(await journal.resumable(['/home/a/one.html'])).toBeNull();
  });

  it('the Resume handler imports and grants the journal’s paths, and refuses any other', async () => {
    const folder = tempFolder('gloss-journal-handler-');
    const source = articles(2);
    await new ImportJournal(folder).begin('cut-short', [source]);
    const journal = new ImportJournal(folder);
    await journal.loadUnfinished();
    const grants = new PathGrants();
    const sent: BatchResult[] = [];
    const importService = new ImportService({
      workerPath: null,
      journal,
      onProgress: () => undefined,
      onResults: (chunk) => sent.push(...chunk.results),
    });
    const handlers = createHandlers({ importService, grants, journal } as unknown as HandlerServices);
    await expect(handlers['import:resume']({ paths: ['/etc/shadow'] })).rejects.toThrow(/cut short/);
    await expect(handlers['import:resume']({ paths: [join(source, '..')] })).rejects.toThrow(/cut short/);
    expect(grants.isGranted('/etc/shadow')).toBe(false);
    expect(grants.isGranted(source)).toBe(false);
    const batch = await handlers['import:resume']({ paths: [source] });
    expect([...sent, ...batch.results].filter((result) => result.ok === true)).toHaveLength(2);
    expect(grants.isGranted(join(source, 'article-0.txt'))).toBe(true);
    // The resumed batch took the cut-short one's place; once saved, nothing is left to resume.
    expect(await journal.unfinishedImports()).toEqual([]);
    await handlers['import:finished']({ batchId: batch.batchId });
    expect(journalFiles(folder)).toEqual([]);
    await expect(handlers['import:resume']({ paths: [source] })).rejects.toThrow(/cut short/);
    importService.dispose();
  });
});
