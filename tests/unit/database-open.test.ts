/**
 * When the library cannot be opened (fake-indexeddb): a database from a newer Gloss is refused
 * and left as it was, open errors are named (disk full, damaged), the newest automatic backup is
 * restored into a new database that then becomes the library, and the main process hands over
 * only the newest automatic backup.
 */
import { afterEach, describe, expect, it } from 'vitest';
import './support/renderer-globals';
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readdir, readFile } from 'node:fs/promises';
import { GlossDB } from '../../src-renderer/src/db/db';
import { classifyOpenError, openDatabase } from '../../src-renderer/src/db/open-database';
import {
  activeDatabaseName,
  chooseDatabaseName,
  databaseOfSearchWorker,
  recoveredDatabaseName,
  searchWorkerName,
} from '../../src-renderer/src/db/database-name';
import { exportBackup } from '../../src-renderer/src/backup/backup-file';
import { restoreNewestBackup } from '../../src-renderer/src/recovery/restore-newest-backup';
import { newestAutoBackup } from '../../src-main/files/auto-backups';
import { createHandlers } from '../../src-main/ipc/handlers';
import { ImportService } from '../../src-main/app/import-service';
import { PathGrants } from '../../src-main/app/path-grants';
import { articleRecord } from './support/article-record';

let count = 0;
const names: string[] = [];
function uniqueName(): string {
  const name = `test-open-${++count}-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database as a newer Gloss (version 99) leaves it, with one record, through the raw API. */
function newerDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 990);
    request.onupgradeneeded = () => {
      const database = request.result;
      database.createObjectStore('articles', { keyPath: 'id' }).put({ id: 'kept', title: 'From the future' });
      database.createObjectStore('futureThings', { keyPath: 'id' });
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

function rawVersionAndArticle(name: string): Promise<{ version: number; title: unknown }> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      const database = request.result;
      const get = database.transaction('articles').objectStore('articles').get('kept');
      get.onsuccess = () => {
        resolve({ version: database.version, title: (get.result as { title?: unknown })?.title });
        database.close();
      };
      get.onerror = () => reject(get.error);
    };
    request.onerror = () => reject(request.error);
  });
}

describe('openDatabase', () => {
  it('opens a new or current library', async () => {
    const database = new GlossDB(uniqueName());
    expect(await openDatabase(database)).toBeNull();
    await database.articles.add(articleRecord('a'));
    database.close();
    const again = new GlossDB(database.name);
    expect(await openDatabase(again)).toBeNull();
    expect(await again.articles.count()).toBe(1);
    again.close();
  });

  it('refuses a library from a newer Gloss and leaves it untouched', async () => {
    const name = uniqueName();
    await newerDatabase(name);
    const database = new GlossDB(name);
    const problem = await openDatabase(database);
    expect(problem?.kind).toBe('newer');
    expect(problem?.detail).toMatch(/version 99/);
    // Nothing reads or writes it afterwards: the app is not started on it.
    await expect(database.articles.count()).rejects.toThrow();
    expect(await rawVersionAndArticle(name)).toEqual({ version: 990, title: 'From the future' });
  });

  it('names the other ways an open fails', () => {
    const quota = {
      name: 'OpenFailedError',
      message: 'x',
      inner: { name: 'QuotaExceededError', message: 'disk full' },
    };
    expect(classifyOpenError(quota)).toEqual({ kind: 'quota', detail: 'disk full' });
    expect(classifyOpenError({ name: 'VersionError', message: 'too new' }).kind).toBe('newer');
    expect(
      classifyOpenError({ name: 'UnknownError', message: 'Internal error opening backing store' }),
    ).toEqual({
      kind: 'unreadable',
      detail: 'Internal error opening backing store',
    });
  });
});

describe('the library database name', () => {
  function memoryStorage() {
    const values = new Map<string, string>();
    return {
      getItem: (key: string) => values.get(key) ?? null,
      setItem: (key: string, value: string) => void values.set(key, value),
    };
  }

  it('is "gloss" until a restore chooses a recovered one, which the search worker follows', () => {
    const storage = memoryStorage();
    expect(activeDatabaseName(storage)).toBe('gloss');
    const recovered = recoveredDatabaseName(new Date('2026-03-04T05:06:07.089Z'));
    expect(recovered).toBe('gloss-recovered-2026-03-04T05-06-07-089Z');
    chooseDatabaseName(recovered, storage);
    expect(activeDatabaseName(storage)).toBe(recovered);
    expect(databaseOfSearchWorker(searchWorkerName(recovered))).toBe(recovered);
    // Anything else in storage is not taken for a library.
    chooseDatabaseName('other', storage);
    expect(activeDatabaseName(storage)).toBe('gloss');
  });
});

describe('restoring the newest backup', () => {
  it('restores into a new database and leaves the damaged one as it was', async () => {
    const source = new GlossDB(uniqueName());
    await source.articles.add(articleRecord('a'));
    await source.contents.add({ articleId: 'a', blocks: [{ kind: 'paragraph', text: 'Text' }], removed: [] });
    await source.sources.add({ articleId: 'a', fileName: 'a.txt', bytes: new Uint8Array([84]) });
    const bytes = await exportBackup(source);
    source.close();
    const damaged = uniqueName();
    await newerDatabase(damaged);

    const now = new Date(Date.UTC(2026, 0, 2, 3, 4, 5, count));
    const outcome = await restoreNewestBackup(
      async () => ({ fileName: 'gloss-backup-2026-01-01.json', bytes }),
      now,
    );
    expect(outcome).toMatchObject({ ok: true, articles: 1 });
    const restoredName = (outcome as { databaseName: string }).databaseName;
    names.push(restoredName);
    const restored = new GlossDB(restoredName);
    expect((await restored.articles.get('a'))?.title).toBe('Article a');
    expect(await restored.sources.count()).toBe(1);
    restored.close();
    expect(await rawVersionAndArticle(damaged)).toEqual({ version: 990, title: 'From the future' });
  });

  it('says when there is no backup, and removes a half-restored database when the file is bad', async () => {
    expect(await restoreNewestBackup(async () => null)).toEqual({ ok: false, reason: 'no-backup' });
    const now = new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 999));
    const outcome = await restoreNewestBackup(
      async () => ({
        fileName: 'gloss-backup-2026-01-01.json',
        bytes: new TextEncoder().encode('{"not":"a backup"}'),
      }),
      now,
    );
    expect(outcome).toMatchObject({ ok: false, reason: 'failed', fileName: 'gloss-backup-2026-01-01.json' });
    expect(await Dexie.getDatabaseNames()).not.toContain(recoveredDatabaseName(now));
  });
});

describe('the newest automatic backup', () => {
  it('is picked by its date among the automatic backups only', () => {
    expect(
      newestAutoBackup([
        'gloss-backup-2026-01-03.json',
        'gloss-backup-2026-02-30.json',
        'notes.json',
        'gloss-backup-2026-01-10.json',
        'gloss-backup-2025-12-31.json',
      ]),
    ).toBe('gloss-backup-2026-01-10.json');
    expect(newestAutoBackup(['notes.json'])).toBeNull();
  });

  it('is what the main process hands to the window, and nothing when the folder is missing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gloss-latest-backup-'));
    writeFileSync(join(folder, 'gloss-backup-2026-01-01.json'), 'old');
    writeFileSync(join(folder, 'gloss-backup-2026-01-05.json'), 'new');
    const handlers = (backups: string) =>
      createHandlers({
        importService: new ImportService({
          workerPath: null,
          onProgress: () => undefined,
          onResults: () => undefined,
        }),
        grants: new PathGrants(),
        today: () => '2026-01-05',
        chooseImportPaths: async () => [],
        chooseSavePath: async () => null,
        chooseFolder: async () => null,
        chooseBackupFile: async () => null,
        readFile: async (path) => new Uint8Array(await readFile(path)),
        writeClipboard: () => undefined,
        openExternal: () => undefined,
        appInfo: () => ({ version: '0', platform: 'linux', locale: 'en', userDataPath: folder }),
        takePendingOpenRequests: () => [],
        takeNotices: () => [],
        closeReady: () => undefined,
        setLanguage: () => undefined,
        backupFolder: () => backups,
        listFolder: (path) => readdir(path),
        removeFile: async () => undefined,
        ensureFolder: async () => undefined,
      });
    const latest = await handlers(folder)['backup:open-latest']();
    expect(latest?.fileName).toBe('gloss-backup-2026-01-05.json');
    expect(new TextDecoder().decode(latest?.bytes)).toBe('new');
    expect(await handlers(join(folder, 'missing'))['backup:open-latest']()).toBeNull();
  });
});
