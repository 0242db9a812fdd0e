/**
 * The import journal's start-up read never blocks the main process: here every blocking read of
 * the file system throws, and the unfinished imports a previous run left are still found, and
 * the notice and Resume asked for before the read is done wait for it.
 */
import { describe, expect, it, vi } from 'vitest';
import type * as realFs from 'node:fs';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof realFs>();
  const blocking = (name: string) => () => {
    throw new Error(`${name} blocks the main process`);
  };
  return { ...fs, readdirSync: blocking('readdirSync'), readFileSync: blocking('readFileSync') };
});

const { ImportJournal } = await import('../../src-main/app/import-journal');

describe('import journal at start-up', () => {
  it('reads what a previous run left without a blocking read, and answers only once it is read', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gloss-journal-start-'));
    writeFileSync(
      join(folder, 'import-left.json'),
      JSON.stringify({ paths: ['/home/a/articles'], files: 7 }),
    );
    writeFileSync(join(folder, 'import-torn.json'), '{"paths":["/home/a/x');
    const journal = new ImportJournal(folder);
    const loading = journal.loadUnfinished();
    // Asked at once, as the window's first request could: both wait for the read.
    const [unfinished, resumable, loaded] = await Promise.all([
      journal.unfinishedImports(),
      journal.resumable(['/home/a/articles']),
      loading,
    ]);
    expect(loaded).toEqual([{ batchId: 'left', paths: ['/home/a/articles'], files: 7 }]);
    expect(unfinished).toEqual(loaded);
    expect(resumable).toEqual(['/home/a/articles']);
    // The torn file cannot be resumed: it goes.
    await expect.poll(() => existsSync(join(folder, 'import-torn.json'))).toBe(false);
  });
});
