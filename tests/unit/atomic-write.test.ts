/**
 * Atomic writes leave nothing behind, and the temporary files of writes a crash interrupted
 * (listed in the journal, or left in a folder Gloss owns) are removed at the next start, while
 * every other file stays.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeInterruptedWrites, useTempJournal, writeFileAtomic } from '../../src-main/files/atomic-write';

afterEach(() => useTempJournal(null));

describe('atomic writes', () => {
  it('writes the file whole and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-atomic-'));
    useTempJournal(join(dir, 'journal.txt'));
    writeFileSync(join(dir, 'notes.md'), 'old');
    await writeFileAtomic(join(dir, 'notes.md'), 'new text');
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('new text');
    expect(readdirSync(dir).sort()).toEqual(['journal.txt', 'notes.md']);
  });

  it('removes the temporary files of interrupted writes at the next start, and nothing else', async () => {
    const data = mkdtempSync(join(tmpdir(), 'gloss-data-'));
    const exports = mkdtempSync(join(tmpdir(), 'gloss-exports-'));
    const backups = join(data, 'backups');
    const journal = join(data, 'journal.txt');
    useTempJournal(journal);
    // What a write killed before its rename leaves: its temporary file, listed in the journal.
    const exportTemp = join(exports, '.article.md.0123456789ab.tmp');
    writeFileSync(exportTemp, 'half');
    writeFileSync(journal, `${exportTemp}\n`);
    await writeFileAtomic(join(exports, 'kept.md'), 'kept');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(backups);
    writeFileSync(join(backups, '.gloss-backup-2026-02-01.json.a1b2c3d4e5f6.tmp'), 'half');
    writeFileSync(join(backups, 'gloss-backup-2026-01-31.json'), '{}');
    writeFileSync(join(exports, 'mine.tmp'), 'a file of the person’s');

    expect(await removeInterruptedWrites([backups])).toBe(2);
    expect(existsSync(exportTemp)).toBe(false);
    expect(readdirSync(backups)).toEqual(['gloss-backup-2026-01-31.json']);
    expect(readdirSync(exports).sort()).toEqual(['kept.md', 'mine.tmp']);
    expect(readFileSync(journal, 'utf8')).toBe('');
  });
});
