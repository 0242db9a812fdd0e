/**
 * Backup and restore on fake-indexeddb: a lossless round trip into an empty library, a merge that
 * deletes and overwrites nothing, deduplication by id and by content hash, clear refusals of
 * files that are not Gloss backups, and which daily backups are pruned.
 */
import { describe, it, expect, afterEach } from 'vitest';

// dexie-export-import needs `self` and FileReader, which Node lacks: supplied before it loads.
import './support/renderer-globals';
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import { GlossDB } from '../../src-renderer/src/db/db';
import type {
  Article,
  ArticleContent,
  ArticleSource,
  Highlight,
  Setting,
  Tag,
} from '../../src-renderer/src/db/models';
import { BackupError, exportBackup, readBackupInfo } from '../../src-renderer/src/backup/backup-file';
import { restoreBackup } from '../../src-renderer/src/backup/restore-backup';
import { planRestore } from '../../src-renderer/src/backup/restore-plan';
import { autoBackupFileName, pruneAutoBackups } from '../../src-main/files/auto-backups';
import { highlightRecord } from './support/highlight-record';

let dbCount = 0;
const opened: GlossDB[] = [];
function freshDb(): GlossDB {
  const db = new GlossDB(`test-backup-${++dbCount}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function article(id: string, contentHash: string, extra: Partial<Article> = {}): Article {
  return {
    id,
    title: `标题 ${id}`,
    byline: 'Admin',
    publishedAt: '2022-01-17',
    siteName: null,
    format: 'txt',
    encoding: 'gb18030',
    encodingSource: 'detected',
    replacedSequences: 0,
    source: { fileName: `${id}.txt`, path: `/docs/${id}.txt`, byteLength: 4, modifiedAt: null },
    contentHash,
    importedAt: '2024-05-01T08:00:00.000Z',
    charCount: 20,
    tags: ['policy', '深圳'],
    note: 'A *note* on the article',
    readingPosition: { offset: 12, updatedAt: '2024-05-02T08:00:00.000Z' },
    dismissedSuggestions: ['1:5:1997'],
    ...extra,
  };
}

function content(articleId: string): ArticleContent {
  return {
    articleId,
    blocks: [
      { kind: 'heading', text: '回望过去:', level: 2 },
      { kind: 'paragraph', text: '1997\u00a0年,深圳兰园。' },
    ],
    removed: [{ id: 'r0', text: '客服热线', reason: 'hotline', beforeBlock: 0 }],
    images: [{ beforeBlock: 1, src: null, alt: '' }],
  };
}

function source(articleId: string, bytes: Uint8Array): ArticleSource {
  return { articleId, fileName: `${articleId}.txt`, bytes };
}

function highlight(id: string, articleId: string, extra: Partial<Highlight> = {}): Highlight {
  return highlightRecord(id, articleId, {
    quote: { type: 'TextQuoteSelector', exact: '深圳兰园', prefix: '1997 年,', suffix: '。' },
    position: { type: 'TextPositionSelector', start: 15, end: 19 },
    tags: ['policy/milestone'],
    date: { value: '1997', precision: 'year' },
    createdAt: '2024-05-03T08:00:00.000Z',
    updatedAt: '2024-05-03T08:00:00.000Z',
    ...extra,
  });
}

const everyByte = new Uint8Array(256).map((_, i) => i);

async function seed(db: GlossDB): Promise<void> {
  // A view into a larger buffer: what is kept must be exactly the view's bytes.
  const view = new Uint8Array([9, 9, 0xe6, 0xb7, 0xb1, 0, 9]).subarray(2, 6);
  await db.articles.bulkAdd([article('a1', 'hash-1'), article('a2', 'hash-2', { byline: null, tags: [] })]);
  await db.contents.bulkAdd([content('a1'), content('a2')]);
  await db.sources.bulkAdd([source('a1', everyByte), source('a2', view)]);
  await db.highlights.bulkAdd([
    highlight('h1', 'a1', { note: 'Markdown **note**\n\n- a list' }),
    highlight('h2', 'a1', { color: 'green', date: null, tags: [] }),
    highlight('h3', 'a2'),
  ]);
  await db.tags.bulkAdd([
    { name: 'policy', color: '#d97706', hotkey: 1, createdAt: '2024-05-01T00:00:00.000Z' },
    { name: '深圳', color: '#2563eb', hotkey: null, createdAt: '2024-05-01T00:00:00.000Z' },
  ] satisfies Tag[]);
  await db.settings.bulkAdd([
    { key: 'colorLabels', value: { yellow: 'key fact' } },
    { key: 'fontSize', value: 18 },
  ] satisfies Setting[]);
}

async function dump(db: GlossDB) {
  return {
    articles: await db.articles.orderBy('id').toArray(),
    contents: await db.contents.orderBy('articleId').toArray(),
    sources: await db.sources.orderBy('articleId').toArray(),
    highlights: await db.highlights.orderBy('id').toArray(),
    tags: await db.tags.orderBy('name').toArray(),
    settings: await db.settings.orderBy('key').toArray(),
  };
}

describe('exportBackup / restoreBackup', () => {
  it('round-trips every table losslessly into an empty library, original bytes included', async () => {
    const source = freshDb();
    await seed(source);
    const bytes = await exportBackup(source, { now: '2024-06-01T00:00:00.000Z' });
    const target = freshDb();
    const report = await restoreBackup(target, bytes);

    const before = await dump(source);
    const after = await dump(target);
    expect(after).toStrictEqual(before);
    for (const row of after.sources) expect(row.bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(after.sources[0].bytes)).toEqual(Array.from(everyByte));
    expect(Array.from(after.sources[1].bytes)).toEqual([0xe6, 0xb7, 0xb1, 0]);
    expect(report).toMatchObject({
      articlesAdded: 2,
      contentsAdded: 2,
      sourcesAdded: 2,
      highlightsAdded: 3,
      tagsAdded: 2,
      settingsAdded: 2,
      highlightsRepointed: 0,
    });
    expect(report.skipped).toEqual({
      articles: [],
      contents: 0,
      sources: 0,
      highlights: 0,
      tags: 0,
      settings: 0,
    });
  });

  it('writes an explicit format header that readBackupInfo reads without the rows', async () => {
    const db = freshDb();
    await seed(db);
    const bytes = await exportBackup(db, { now: '2024-06-01T00:00:00.000Z' });
    const text = new TextDecoder().decode(bytes);
    expect(
      text.startsWith(
        '{"gloss":{"format":"gloss-backup","version":1,"createdAt":"2024-06-01T00:00:00.000Z"},',
      ),
    ).toBe(true);
    expect(() => JSON.parse(text)).not.toThrow();
    const info = await readBackupInfo(bytes, db);
    expect(info.header.version).toBe(1);
    expect(info.counts).toMatchObject({
      articles: 2,
      highlights: 3,
      sources: 2,
      tags: 2,
      settings: 2,
      contents: 2,
    });
  });

  it('restoring into the same library adds nothing and changes nothing', async () => {
    const db = freshDb();
    await seed(db);
    const bytes = await exportBackup(db);
    await db.highlights.update('h1', { note: 'edited after the backup' });
    const before = await dump(db);
    const report = await restoreBackup(db, bytes);
    expect(await dump(db)).toStrictEqual(before);
    expect(report.articlesAdded + report.highlightsAdded + report.tagsAdded + report.sourcesAdded).toBe(0);
    expect(report.skipped.articles.map((a) => a.reason)).toEqual(['same-id', 'same-id']);
    expect(report.skipped.highlights).toBe(3);
    expect((await db.highlights.get('h1'))?.note).toBe('edited after the backup');
  });

  it('merges: keeps what the library has, adds the rest, skips an article with the same content and re-points its highlights', async () => {
    const backupDb = freshDb();
    await seed(backupDb);
    await backupDb.highlights.add(highlight('h4', 'a2', { note: 'only in the backup' }));
    const bytes = await exportBackup(backupDb);

    const library = freshDb();
    // The same file as a2, imported separately under another id, with its own highlight.
    await library.articles.add(article('other-id', 'hash-2', { title: 'Kept title' }));
    await library.contents.add(content('other-id'));
    await library.highlights.add(highlight('mine', 'other-id'));
    await library.tags.add({
      name: 'policy',
      color: '#000000',
      hotkey: 9,
      createdAt: '2020-01-01T00:00:00.000Z',
    });
    await library.settings.add({ key: 'fontSize', value: 22 });

    const report = await restoreBackup(library, bytes);
    expect(report.skipped.articles).toEqual([
      { id: 'a2', title: '标题 a2', reason: 'same-content', keptId: 'other-id' },
    ]);
    expect(await library.articles.get('a2')).toBeUndefined();
    expect((await library.articles.get('other-id'))?.title).toBe('Kept title');
    expect((await library.highlights.get('h3'))?.articleId).toBe('other-id');
    expect((await library.highlights.get('h4'))?.articleId).toBe('other-id');
    expect((await library.highlights.get('h1'))?.articleId).toBe('a1');
    expect(report.highlightsRepointed).toBe(2);
    expect(await library.highlights.count()).toBe(5);
    // The kept article had no original bytes: the backup's copy fills the gap under its id.
    expect(Array.from((await library.sources.get('other-id'))!.bytes)).toEqual([0xe6, 0xb7, 0xb1, 0]);
    expect(report.skipped.contents).toBe(1);
    expect((await library.tags.get('policy'))?.color).toBe('#000000');
    expect((await library.settings.get('fontSize'))?.value).toBe(22);
    expect((await library.settings.get('colorLabels'))?.value).toEqual({ yellow: 'key fact' });
    expect(report).toMatchObject({ articlesAdded: 1, tagsAdded: 1, settingsAdded: 1, highlightsAdded: 4 });
  });

  const foreign: [string, () => Uint8Array | Promise<Uint8Array>, RegExp][] = [
    ['an empty file', () => new Uint8Array(), /empty/],
    ['a text file', () => new TextEncoder().encode('客服热线:0755-8882 8155'), /not a Gloss backup/],
    ['broken JSON', () => new TextEncoder().encode('{"gloss": {"format": "gloss-bac'), /not a Gloss backup/],
    ['JSON of another kind', () => new TextEncoder().encode('{"articles": []}'), /no Gloss backup header/],
    [
      'a plain Dexie export without the header',
      async () => {
        const db = freshDb();
        await seed(db);
        return new Uint8Array(await (await exportDB(db)).arrayBuffer());
      },
      /no Gloss backup header/,
    ],
    [
      'a backup from a newer Gloss',
      async () => {
        const db = freshDb();
        const text = new TextDecoder().decode(await exportBackup(db));
        return new TextEncoder().encode(text.replace('"version":1', '"version":2'));
      },
      /newer version of Gloss/,
    ],
    [
      'a backup of another database schema',
      async () => {
        const other = new Dexie(`test-backup-foreign-${++dbCount}`);
        other.version(1).stores({ articles: '++num', highlights: 'id' });
        await other.table('articles').add({ title: 'x' });
        const bytes = await exportBackup(other as unknown as GlossDB);
        await other.delete();
        return bytes;
      },
      /keyed differently/,
    ],
    [
      'a backup whose records lack their keys',
      async () => {
        const db = freshDb();
        await seed(db);
        const text = new TextDecoder().decode(await exportBackup(db));
        return new TextEncoder().encode(text.replace(/"contentHash":"hash-1"/, '"contentHash":""'));
      },
      /damaged: an article has no id or content hash/,
    ],
  ];
  for (const [what, make, message] of foreign) {
    it(`refuses ${what} with a clear message and leaves the library untouched`, async () => {
      const db = freshDb();
      await seed(db);
      const before = await dump(db);
      const bytes = await make();
      const attempt = restoreBackup(db, bytes);
      await expect(attempt).rejects.toBeInstanceOf(BackupError);
      await expect(attempt).rejects.toThrow(message);
      expect(await dump(db)).toStrictEqual(before);
    });
  }

  it('leaves no scratch database behind', async () => {
    const db = freshDb();
    await seed(db);
    await restoreBackup(freshDb(), await exportBackup(db));
    const names = await Dexie.getDatabaseNames();
    expect(names.filter((n) => n.startsWith('gloss-restore-'))).toEqual([]);
  });
});

describe('planRestore', () => {
  const none = {
    articleIds: new Set<string>(),
    articleIdByHash: new Map<string, string>(),
    contentIds: new Set<string>(),
    sourceIds: new Set<string>(),
    highlightIds: new Set<string>(),
    tagNames: new Set<string>(),
    settingKeys: new Set<string>(),
  };

  it("keeps one of two backup articles with the same content and moves the other one's highlights", () => {
    const plan = planRestore(
      {
        articles: [article('x', 'same'), article('y', 'same')],
        contents: [content('x'), content('y')],
        sources: [],
        highlights: [highlight('hx', 'x'), highlight('hy', 'y')],
        tags: [],
        settings: [],
      },
      none,
    );
    expect(plan.add.articles.map((a) => a.id)).toEqual(['x']);
    expect(plan.add.contents.map((c) => c.articleId)).toEqual(['x']);
    expect(plan.add.highlights.map((h) => [h.id, h.articleId])).toEqual([
      ['hx', 'x'],
      ['hy', 'x'],
    ]);
    expect(plan.report.skipped.articles).toEqual([
      { id: 'y', title: '标题 y', reason: 'same-content', keptId: 'x' },
    ]);
  });

  it('keeps a highlight whose article is in neither place (restore never drops data it can keep)', () => {
    const plan = planRestore(
      {
        articles: [],
        contents: [],
        sources: [],
        highlights: [highlight('lonely', 'gone')],
        tags: [],
        settings: [],
      },
      none,
    );
    expect(plan.add.highlights.map((h) => h.id)).toEqual(['lonely']);
  });
});

describe('pruneAutoBackups', () => {
  const days = [
    '2024-05-01',
    '2024-05-02',
    '2024-05-03',
    '2024-05-04',
    '2024-05-05',
    '2024-05-06',
    '2024-05-07',
    '2024-05-08',
    '2024-05-09',
  ];

  it('deletes all but the newest seven daily backups, oldest first', () => {
    const names = [...days].reverse().map(autoBackupFileName);
    expect(pruneAutoBackups(names)).toEqual(['gloss-backup-2024-05-01.json', 'gloss-backup-2024-05-02.json']);
    expect(pruneAutoBackups(names, 3)).toHaveLength(6);
    expect(pruneAutoBackups(names.slice(0, 7))).toEqual([]);
  });

  it('never touches other files, and never deletes the last backup', () => {
    const names = [
      ...days.map(autoBackupFileName),
      'my-backup.json',
      'gloss-backup-2024-05-01 (2).json',
      'gloss-backup-2024-02-30.json',
      'notes.md',
    ];
    const pruned = pruneAutoBackups(names, 7);
    expect(pruned.every((n) => days.some((d) => n === autoBackupFileName(d)))).toBe(true);
    expect(pruneAutoBackups(names, 0)).toHaveLength(days.length - 1);
  });
});
