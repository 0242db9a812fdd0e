/**
 * The search index follows the database through every kind of change (import, delete and undo,
 * restore of removed text, reopen with another encoding, highlight create/edit/delete, tags, the
 * article note, restoring a backup), through the change journal written with each change; a
 * crash before the index caught up is replayed at the next start; a stored index is used as is.
 */
import './support/renderer-globals';
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src-renderer/src/db/db';
import {
  deleteArticle,
  restoreDeletedArticle,
  saveImportResults,
} from '../../src-renderer/src/library/article-store';
import { replaceExtraction, restoreRemovedBlock } from '../../src-renderer/src/reader/article-content-store';
import {
  createHighlight,
  deleteHighlight,
  updateHighlight,
} from '../../src-renderer/src/highlights/highlight-store';
import { renameTag, setArticleTags } from '../../src-renderer/src/tags/tag-store';
import { exportBackup } from '../../src-renderer/src/backup/backup-file';
import { restoreBackup } from '../../src-renderer/src/backup/restore-backup';
import { IndexKeeper } from '../../src-renderer/src/search/index-keeper';
import { importBytes } from '../../src-main/import/import-file';
import { canonicalText } from '../../src-shared/articles/canonical-text';

const seed = new Uint8Array(readFileSync('tests/fixtures/seed-article.txt'));
const utf8 = (text: string) => new TextEncoder().encode(text);

async function titles(keeper: IndexKeeper, query: string, includeRemoved = false): Promise<string[]> {
  await keeper.applyJournal();
  return keeper.engine
    .search(query, { includeRemoved, limit: 100 })
    .articles.map((a) => a.title)
    .sort();
}

async function passageIds(keeper: IndexKeeper, query: string): Promise<string[]> {
  await keeper.applyJournal();
  return keeper.engine
    .search(query, { limit: 100 })
    .passages.map((p) => p.id)
    .sort();
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('the search index follows every change', () => {
  it('imports, deletes, undo, removed text, reopen, highlights, tags, notes and restore', async () => {
    const keeper = new IndexKeeper(db);
    await keeper.start();
    expect(keeper.status.state).toBe('ready');

    const saved = await saveImportResults([
      importBytes(seed, 'seed.txt'),
      importBytes(
        utf8('港口笔记\n\n这里利用的是足够有效精确的知识。\n\n客服热线：400-123-4567\n'),
        'port.txt',
      ),
    ]);
    const seedId = saved.added[0].id;
    const portId = saved.added[1].id;
    expect(await titles(keeper, '精确')).toEqual(['港口笔记']);
    expect(await titles(keeper, '对口帮扶')).toHaveLength(1);

    // Delete, then undo.
    const deleted = await deleteArticle(portId);
    expect(await titles(keeper, '精确')).toEqual([]);
    await restoreDeletedArticle(deleted!);
    expect(await titles(keeper, '精确')).toEqual(['港口笔记']);

    // Removed text: searchable behind the switch, and in the text once restored.
    const content = (await db.contents.get(seedId))!;
    expect(content.removed.length).toBeGreaterThan(0);
    const removed = content.removed[0];
    const removedWords = removed.text.replace(/\s+/g, '').slice(0, 6);
    const seedTitle = (await db.articles.get(seedId))!.title;
    expect(await titles(keeper, `in:text ${removedWords}`)).not.toContain(seedTitle);
    expect(await titles(keeper, `in:text ${removedWords}`, true)).toContain(seedTitle);
    await restoreRemovedBlock(seedId, removed.id);
    expect(await titles(keeper, `in:text ${removedWords}`)).toContain(seedTitle);

    // Reopen with another encoding: the new text replaces the old.
    const reopened = importBytes(utf8('港口笔记\n\n新的文字讲述航运。\n'), 'port.txt');
    if (!reopened.ok) throw new Error('must import');
    await replaceExtraction(portId, reopened.article);
    expect(await titles(keeper, '精确')).toEqual([]);
    expect(await titles(keeper, '航运')).toEqual(['港口笔记']);

    // Highlights: created with a note, edited, tagged, tag renamed, deleted.
    const text = canonicalText((await db.contents.get(portId))!.blocks);
    const start = text.indexOf('航运');
    const highlight = await createHighlight({
      articleId: portId,
      text,
      start,
      end: start + 2,
      color: 'green',
      note: 'check timetable',
    });
    expect(await passageIds(keeper, 'timetable')).toEqual([highlight.id]);
    await updateHighlight(highlight.id, { note: '换成中文笔记', tags: ['transport'] });
    expect(await passageIds(keeper, 'timetable')).toEqual([]);
    expect(await passageIds(keeper, '中文笔记')).toEqual([highlight.id]);
    await renameTag('transport', 'shipping');
    expect(await passageIds(keeper, 'tag:shipping')).toEqual([highlight.id]);
    expect(await passageIds(keeper, 'tag:transport')).toEqual([]);
    await deleteHighlight(highlight.id);
    expect(await passageIds(keeper, '中文笔记')).toEqual([]);

    // Article tags and the article note.
    await setArticleTags(portId, ['harbors']);
    expect(await titles(keeper, 'tag:harbors')).toEqual(['港口笔记']);
    await db.articles.update(portId, { note: 'remember the pier' });
    expect(await titles(keeper, 'pier')).toEqual(['港口笔记']);

    // Restore a backup into an emptied library.
    const backup = await exportBackup(db);
    await deleteArticle(seedId);
    await deleteArticle(portId);
    expect(await titles(keeper, '航运')).toEqual([]);
    await restoreBackup(db, backup);
    expect(await titles(keeper, '航运')).toEqual(['港口笔记']);
    expect(await titles(keeper, '对口帮扶')).toHaveLength(1);
  });

  it('replays changes a crash kept from the index, and reconciles by key', async () => {
    const first = new IndexKeeper(db);
    await first.start();
    expect(first.status.source).toBe('built');
    const a = await saveImportResults([importBytes(utf8('甲文\n\n第一篇讲铁路。\n'), 'a.txt')]);
    const c = await saveImportResults([importBytes(utf8('丁文\n\n第四篇讲桥梁。\n'), 'c.txt')]);
    await first.applyJournal();
    await first.store(true);
    // Changes the index never applied (the window closed before the worker caught up).
    const b = await saveImportResults([importBytes(utf8('乙文\n\n第二篇讲公路。\n'), 'b.txt')]);
    await deleteArticle(a.added[0].id);
    await db.articles.update(c.added[0].id, { note: '码头的笔记' });

    const next = new IndexKeeper(db);
    await next.start();
    expect(next.status.source).toBe('stored');
    expect(next.engine.search('公路').articles.map((r) => r.id)).toEqual([b.added[0].id]);
    expect(next.engine.search('铁路').articles).toEqual([]);
    // Only the journal knows about this one: the keys did not change.
    expect(next.engine.search('码头').articles.map((r) => r.id)).toEqual([c.added[0].id]);

    // A record the journal does not name (its entries lost) is found by key at the next start.
    await next.store(true);
    const d = await saveImportResults([importBytes(utf8('戊文\n\n第五篇讲隧道。\n'), 'd.txt')]);
    await db.searchJournal.clear();
    const last = new IndexKeeper(db);
    await last.start();
    expect(last.engine.search('隧道').articles.map((r) => r.id)).toEqual([d.added[0].id]);
  });

  it('uses the stored index at the next start (no rebuild) and rebuilds one of another version', async () => {
    await saveImportResults([importBytes(utf8('丙文\n\n第三篇讲水路。\n'), 'c.txt')]);
    const first = new IndexKeeper(db);
    await first.start();
    expect(first.status.source).toBe('built');
    const second = new IndexKeeper(db);
    await second.start();
    expect(second.status.source).toBe('stored');
    expect(second.engine.search('水路').articles).toHaveLength(1);

    await db.searchIndex.put({ key: 'meta', value: { version: 0, journalSeq: 0, savedAt: '' } });
    const third = new IndexKeeper(db);
    const states: string[] = [];
    (third as unknown as { onStatus: (s: { state: string }) => void }).onStatus = (s) => states.push(s.state);
    await third.start();
    expect(third.status.source).toBe('built');
    expect(states).toContain('building');
    expect(third.engine.search('水路').articles).toHaveLength(1);
  });
});
