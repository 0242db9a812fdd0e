/**
 * Moving the library from file:// to app://gloss: the marker's state machine, the main
 * process's steps on a real folder (a crash at each point repeats safely, nothing is marked done
 * before the counts match), and the new origin's restore on fake-indexeddb (restored once, verified
 * after a crash, refused when the counts differ, nothing half-written when the file is damaged).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import './support/renderer-globals';
import 'fake-indexeddb/auto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  actionAtStart,
  markerAfterExport,
  parseMarker,
  restoreStep,
  verifyCounts,
  type TableCounts,
} from '../../src-shared/library-move';
import {
  BACKUP_FILE,
  LibraryMove,
  MARKER_FILE,
  validateExportResult,
  type ExportResult,
} from '../../src-main/app/library-move';
import { GlossDB } from '../../src-renderer/src/db/db';
import { exportBackup } from '../../src-renderer/src/backup/backup-file';
import { countMovedTables } from '../../src-renderer/src/library-move/count-tables';
import { moveLibrary, type MoveBridge } from '../../src-renderer/src/library-move/move-library';
import { articleRecord } from './support/article-record';

const COUNTS: TableCounts = { articles: 2, contents: 2, sources: 2, highlights: 1, tags: 1, settings: 1 };
const ZERO: TableCounts = { articles: 0, contents: 0, sources: 0, highlights: 0, tags: 0, settings: 0 };
const NOW = new Date('2026-01-02T03:04:05.000Z');

describe('the marker', () => {
  it('reads what was written and treats anything else as no marker (the move starts over)', () => {
    expect(parseMarker(null)).toBeNull();
    expect(parseMarker('{')).toBeNull();
    expect(parseMarker('{"phase":"exported","counts":{"articles":1},"exportedAt":"x"}')).toBeNull();
    expect(parseMarker('{"phase":"done"}')).toBeNull();
    expect(parseMarker('[]')).toBeNull();
    const exported = { phase: 'exported', counts: COUNTS, exportedAt: 'x' };
    expect(parseMarker(JSON.stringify(exported))).toEqual(exported);
    const done = { phase: 'done', counts: null, doneAt: 'y' };
    expect(parseMarker(JSON.stringify(done))).toEqual(done);
    expect(parseMarker(JSON.stringify({ ...exported, counts: { ...COUNTS, tags: -1 } }))).toBeNull();
  });

  it('decides the step at start', () => {
    expect(actionAtStart(null)).toEqual({ kind: 'export' });
    expect(actionAtStart({ phase: 'exported', counts: COUNTS, exportedAt: 'x' })).toEqual({
      kind: 'restore',
      counts: COUNTS,
    });
    expect(actionAtStart({ phase: 'done', counts: null, doneAt: 'y' })).toEqual({
      kind: 'serve',
      removeBackup: true,
    });
  });

  it('after the export: done when there is nothing to move, nothing written when it failed', () => {
    expect(markerAfterExport({ kind: 'failed', detail: 'x' }, NOW)).toBeNull();
    expect(markerAfterExport({ kind: 'empty' }, NOW)).toEqual({
      phase: 'done',
      counts: null,
      doneAt: NOW.toISOString(),
    });
    expect(markerAfterExport({ kind: 'exported', counts: ZERO }, NOW)).toMatchObject({ phase: 'done' });
    expect(markerAfterExport({ kind: 'exported', counts: COUNTS }, NOW)).toEqual({
      phase: 'exported',
      counts: COUNTS,
      exportedAt: NOW.toISOString(),
    });
  });

  it('restores into an empty library only, and verifies every table', () => {
    expect(restoreStep(ZERO)).toEqual({ kind: 'restore' });
    expect(restoreStep({ ...ZERO, settings: 1 })).toEqual({ kind: 'verify' });
    expect(verifyCounts(COUNTS, { ...COUNTS })).toEqual({ ok: true });
    expect(verifyCounts(COUNTS, { ...COUNTS, highlights: 0 })).toEqual({
      ok: false,
      table: 'highlights',
      expected: 1,
      found: 0,
    });
  });

  it('checks what the old page sends', () => {
    const bytes = new Uint8Array([123, 125]);
    expect(validateExportResult({ kind: 'exported', counts: COUNTS, bytes }, 10)).toEqual({
      kind: 'exported',
      counts: COUNTS,
      bytes,
    });
    expect(() => validateExportResult({ kind: 'exported', counts: COUNTS, bytes }, 1)).toThrow(/too large/);
    expect(() => validateExportResult({ kind: 'exported', counts: { articles: 1 }, bytes }, 10)).toThrow();
    expect(() => validateExportResult({ kind: 'exported', counts: COUNTS, bytes: 'x' }, 10)).toThrow();
    expect(() => validateExportResult({ kind: 'other' }, 10)).toThrow();
    expect(validateExportResult({ kind: 'failed', detail: 'x'.repeat(900) }, 10)).toMatchObject({
      kind: 'failed',
    });
  });
});

describe('LibraryMove (the main process)', () => {
  const bytes = new TextEncoder().encode('{"gloss":{}}');
  const setup = (
    result: ExportResult | (() => Promise<ExportResult>),
    folder = mkdtempSync(join(tmpdir(), 'gloss-move-')),
  ) => {
    const exportOldLibrary = vi.fn(typeof result === 'function' ? result : async () => result);
    return { folder, exportOldLibrary, move: new LibraryMove({ folder, exportOldLibrary, now: () => NOW }) };
  };
  const marker = (folder: string) => parseMarker(readFileSync(join(folder, MARKER_FILE), 'utf8'));

  it('exports once, keeps the file until the counts match, then marks the move done', async () => {
    const { folder, exportOldLibrary, move } = setup({ kind: 'exported', counts: COUNTS, bytes });
    expect(await move.status()).toEqual({ kind: 'restore', counts: COUNTS });
    expect(await move.status()).toEqual({ kind: 'restore', counts: COUNTS });
    expect(exportOldLibrary).toHaveBeenCalledTimes(1);
    expect(marker(folder)).toMatchObject({ phase: 'exported', counts: COUNTS });
    expect(await move.readBackup()).toEqual(bytes);

    expect(await move.finish({ ...COUNTS, articles: 1 })).toMatchObject({ ok: false, table: 'articles' });
    expect(marker(folder)).toMatchObject({ phase: 'exported' });
    await expect(move.finish({ articles: 2 })).rejects.toThrow(/malformed/);

    expect(await move.finish(COUNTS)).toEqual({ ok: true });
    expect(marker(folder)).toMatchObject({ phase: 'done', counts: COUNTS });
    expect(existsSync(join(folder, BACKUP_FILE))).toBe(false);
    expect(await move.status()).toEqual({ kind: 'none' });

    // Started again: nothing to do, the old origin is not read again.
    const again = setup({ kind: 'failed', detail: 'must not be called' }, folder);
    expect(await again.move.status()).toEqual({ kind: 'none' });
    expect(again.exportOldLibrary).not.toHaveBeenCalled();
  });

  it('a crash after the export (marker written) restores at the next start without exporting again', async () => {
    const first = setup({ kind: 'exported', counts: COUNTS, bytes });
    await first.move.status();
    const next = setup({ kind: 'failed', detail: 'must not be called' }, first.folder);
    expect(await next.move.status()).toEqual({ kind: 'restore', counts: COUNTS });
    expect(next.exportOldLibrary).not.toHaveBeenCalled();
    expect(await next.move.readBackup()).toEqual(bytes);
  });

  it('a crash before the marker names the file exports again, over the old file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gloss-move-'));
    writeFileSync(join(folder, BACKUP_FILE), 'half a file');
    const { exportOldLibrary, move } = setup({ kind: 'exported', counts: COUNTS, bytes }, folder);
    expect(await move.status()).toMatchObject({ kind: 'restore' });
    expect(exportOldLibrary).toHaveBeenCalledTimes(1);
    expect(new Uint8Array(readFileSync(join(folder, BACKUP_FILE)))).toEqual(bytes);
  });

  it('a crash after "done" leaves the copy, removed at the next start', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gloss-move-'));
    writeFileSync(join(folder, MARKER_FILE), JSON.stringify({ phase: 'done', counts: COUNTS, doneAt: 'x' }));
    writeFileSync(join(folder, BACKUP_FILE), 'copy');
    const { move } = setup({ kind: 'failed', detail: 'must not be called' }, folder);
    expect(await move.status()).toEqual({ kind: 'none' });
    expect(existsSync(join(folder, BACKUP_FILE))).toBe(false);
  });

  it('nothing to move: done at once, no file', async () => {
    const { folder, move } = setup({ kind: 'empty' });
    expect(await move.status()).toEqual({ kind: 'none' });
    expect(marker(folder)).toEqual({ phase: 'done', counts: null, doneAt: NOW.toISOString() });
    expect(existsSync(join(folder, BACKUP_FILE))).toBe(false);
  });

  it('a failed export or a failed write marks nothing', async () => {
    const failed = setup({ kind: 'failed', detail: 'IndexedDB is unreadable' });
    expect(await failed.move.status()).toEqual({ kind: 'failed', detail: 'IndexedDB is unreadable' });
    expect(existsSync(join(failed.folder, MARKER_FILE))).toBe(false);
    await expect(failed.move.readBackup()).rejects.toThrow();
    await expect(failed.move.finish(COUNTS)).rejects.toThrow();

    const gone = join(mkdtempSync(join(tmpdir(), 'gloss-move-')), 'no-such-folder');
    const unwritable = setup({ kind: 'exported', counts: COUNTS, bytes }, gone);
    expect(await unwritable.move.status()).toMatchObject({ kind: 'failed' });
    expect(existsSync(join(gone, MARKER_FILE))).toBe(false);
  });
});

describe('moveLibrary (the new origin)', () => {
  let n = 0;
  const opened: GlossDB[] = [];
  const fresh = () => {
    const db = new GlossDB(`test-move-${++n}`);
    opened.push(db);
    return db;
  };
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.delete();
  });

  async function oldLibrary(): Promise<{ bytes: Uint8Array; counts: TableCounts }> {
    const old = fresh();
    await old.articles.bulkAdd([articleRecord('a1'), articleRecord('a2')]);
    await old.contents.bulkAdd([
      { articleId: 'a1', blocks: [] },
      { articleId: 'a2', blocks: [] },
    ] as never[]);
    await old.sources.bulkAdd([
      { articleId: 'a1', bytes: new Uint8Array([1, 2, 3]) },
      { articleId: 'a2', bytes: new Uint8Array([4]) },
    ] as never[]);
    await old.highlights.add({ id: 'h1', articleId: 'a1' } as never);
    await old.tags.add({ name: '深圳' } as never);
    await old.settings.add({ key: 'language', value: 'zh-CN' } as never);
    return { bytes: await exportBackup(old), counts: await countMovedTables(old) };
  }

  function bridge(
    counts: TableCounts,
    bytes: Uint8Array,
    finishFails = 0,
  ): MoveBridge & { reads: number; finished: number } {
    let failures = finishFails;
    const state = {
      reads: 0,
      finished: 0,
      libraryMoveStatus: async () => ({ kind: 'restore' as const, counts }),
      libraryMoveRead: async () => {
        state.reads++;
        return bytes;
      },
      libraryMoveFinish: async (found: TableCounts) => {
        if (failures-- > 0) throw new Error('killed before the marker was written');
        state.finished++;
        return verifyCounts(counts, found);
      },
    };
    return state;
  }

  it('restores the old library whole into the empty new one and asks to mark it done', async () => {
    const { bytes, counts } = await oldLibrary();
    expect(counts).toEqual(COUNTS);
    const db = fresh();
    const fake = bridge(counts, bytes);
    const steps: string[] = [];
    expect(await moveLibrary(db, fake, (step) => steps.push(step))).toEqual({ kind: 'moved', counts });
    expect(steps).toEqual(['waiting', 'restoring', 'verifying']);
    expect(await countMovedTables(db)).toEqual(counts);
    expect((await db.sources.get('a1'))?.bytes).toEqual(new Uint8Array([1, 2, 3]));
    expect(fake.finished).toBe(1);
  });

  it('after a crash between the restore and "done", verifies without restoring twice', async () => {
    const { bytes, counts } = await oldLibrary();
    const db = fresh();
    const fake = bridge(counts, bytes, 1);
    await expect(moveLibrary(db, fake)).rejects.toThrow(/killed/);
    expect(await moveLibrary(db, fake)).toEqual({ kind: 'moved', counts });
    expect(fake.reads).toBe(1);
    expect(await countMovedTables(db)).toEqual(counts);
  });

  it('a damaged file leaves the new library empty and nothing marked', async () => {
    const { counts } = await oldLibrary();
    const db = fresh();
    const fake = bridge(counts, new TextEncoder().encode('{"gloss":{"format":"gloss-backup"'));
    expect(await moveLibrary(db, fake)).toMatchObject({ kind: 'failed', reason: 'restore' });
    expect(await countMovedTables(db)).toEqual(ZERO);
    expect(fake.finished).toBe(0);
  });

  it('a new library whose counts differ is refused, never merged into', async () => {
    const { bytes, counts } = await oldLibrary();
    const db = fresh();
    await db.articles.add(articleRecord('other'));
    const fake = bridge(counts, bytes);
    expect(await moveLibrary(db, fake)).toMatchObject({ kind: 'failed', reason: 'counts' });
    expect(fake.reads).toBe(0);
    expect(fake.finished).toBe(0);
    expect(await db.articles.count()).toBe(1);
  });

  it('nothing to move, or an export that failed', async () => {
    const db = fresh();
    const none: MoveBridge = {
      libraryMoveStatus: async () => ({ kind: 'none' }),
      libraryMoveRead: async () => new Uint8Array(),
      libraryMoveFinish: async () => ({ ok: true }),
    };
    expect(await moveLibrary(db, none)).toEqual({ kind: 'nothing-to-move' });
    const failed: MoveBridge = { ...none, libraryMoveStatus: async () => ({ kind: 'failed', detail: 'x' }) };
    expect(await moveLibrary(db, failed)).toEqual({ kind: 'failed', reason: 'export', detail: 'x' });
  });
});
