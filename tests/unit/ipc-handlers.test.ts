/** IPC handlers as plain functions: argument validation, the sender check, token-only writes. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readdir } from 'node:fs/promises';
import {
  createHandlers,
  registerHandlers,
  type CallerEvent,
  type HandlerServices,
} from '../../src-main/ipc/handlers';
import { PathGrants } from '../../src-main/app/path-grants';
import { ImportService } from '../../src-main/app/import-service';
import type { BatchResult } from '../../src-main/ipc/contract';

const APP = 'file:///app/out/renderer/index.html';

/** Results the import service sent (as events, then with its answer), in order. */
const sentResults: BatchResult[] = [];

function services(overrides: Partial<HandlerServices> = {}): HandlerServices {
  const folder = mkdtempSync(join(tmpdir(), 'gloss-handlers-'));
  return {
    importService: new ImportService({
      workerPath: null,
      onProgress: () => undefined,
      onResults: (chunk) => sentResults.push(...chunk.results),
    }),
    grants: new PathGrants(),
    today: () => '2026-02-01',
    chooseImportPaths: async () => [],
    chooseSavePath: async (name) => join(folder, name),
    chooseFolder: async () => folder,
    chooseBackupFile: async () => null,
    readFile: async () => new Uint8Array(),
    writeClipboard: () => undefined,
    openExternal: () => undefined,
    appInfo: () => ({ version: '0', platform: 'linux', locale: 'en', userDataPath: folder }),
    takePendingOpenRequests: () => [],
    takeNotices: () => [],
    closeReady: () => undefined,
    setLanguage: () => undefined,
    backupFolder: () => join(folder, 'backups'),
    listFolder: async () => [],
    removeFile: async () => undefined,
    ensureFolder: async () => undefined,
    ...overrides,
  };
}

function registered(handlers = createHandlers(services())) {
  const table = new Map<string, (event: CallerEvent, ...args: unknown[]) => unknown>();
  registerHandlers({ handle: (channel, listener) => void table.set(channel, listener) }, handlers, (url) =>
    url.startsWith(APP),
  );
  return (channel: string, url: string, ...args: unknown[]) =>
    table.get(channel)!({ senderFrame: { url } }, ...args);
}

describe('IPC handlers', () => {
  it('refuses calls from any page but the app', async () => {
    const call = registered();
    await expect(call('app:info', 'https://evil.example/')).rejects.toThrow(/unknown page/);
    await expect(call('app:info', 'file:///tmp/imported.html')).rejects.toThrow(/unknown page/);
    await expect(call('app:info', APP)).resolves.toMatchObject({ version: '0' });
  });

  it('validates arguments before doing anything', async () => {
    const call = registered();
    await expect(call('import:paths', APP, { paths: 'not-a-list' })).rejects.toThrow(/paths must be a list/);
    await expect(call('import:paths', APP, { paths: [42] })).rejects.toThrow(/must be a string/);
    await expect(call('import:dialog', APP, null)).rejects.toThrow(/must be an object/);
    for (const chunks of [-1, 1.5, '3', Number.NaN])
      await expect(call('import:chunks-saved', APP, { batchId: 'b', chunks })).rejects.toThrow(
        /chunks must be a whole number/,
      );
    await expect(call('shell:open-external', APP, { url: 'file:///etc/passwd' })).rejects.toThrow(
      /http and https/,
    );
    await expect(
      call('import:reextract', APP, { bytes: new Uint8Array([65]), fileName: 'a.txt', encoding: 'x-evil' }),
    ).rejects.toThrow(/encoding must be one of/);
    await expect(
      call('import:reextract', APP, { bytes: 'AAAA', fileName: 'a.txt', encoding: 'utf-8' }),
    ).rejects.toThrow(/bytes/);
    await expect(
      call('export:pick-file', APP, { defaultName: '../../etc/passwd', kind: 'markdown' }),
    ).rejects.toThrow(/plain file name/);
    await expect(call('app:set-language', APP, { language: 'fr' })).rejects.toThrow(/language/);
  });

  it('writes only to files and folders the person picked, atomically', async () => {
    const call = registered();
    await expect(call('export:write-file', APP, { token: 'made-up', text: 'x' })).rejects.toThrow(/token/);
    const picked = (await call('export:pick-file', APP, { defaultName: 'notes.md', kind: 'markdown' })) as {
      token: string;
      path: string;
      existingText: string | null;
    };
    expect(picked.existingText).toBeNull();
    await expect(
      call('export:write-file', APP, { token: picked.token, text: '# Notes' }),
    ).resolves.toMatchObject({ ok: true });
    expect(readFileSync(picked.path, 'utf8')).toBe('# Notes');
    const again = (await call('export:pick-file', APP, { defaultName: 'notes.md', kind: 'markdown' })) as {
      existingText: string;
    };
    expect(again.existingText).toBe('# Notes');
    const folder = (await call('export:pick-folder', APP, { names: ['a.md', 'b.md'] })) as { token: string };
    await expect(
      call('export:write-folder', APP, { token: folder.token, files: [{ name: '../escape.md', text: 'x' }] }),
    ).rejects.toThrow(/plain file name/);
  });

  it('explains a read-only folder in words', async () => {
    if (process.getuid?.() === 0) return; // root writes anywhere; the message path is covered below
    const dir = mkdtempSync(join(tmpdir(), 'gloss-ro-'));
    chmodSync(dir, 0o500);
    const call = registered(createHandlers(services({ chooseSavePath: async () => join(dir, 'x.md') })));
    const picked = (await call('export:pick-file', APP, { defaultName: 'x.md', kind: 'markdown' })) as {
      token: string;
    };
    const result = (await call('export:write-file', APP, { token: picked.token, text: 'x' })) as {
      ok: boolean;
      reason: string;
    };
    expect(result.ok).toBe(false);
    expect(result.reason).toMatch(/permission denied|read-only/);
  });

  it('says a file cannot be written when its folder has gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-gone-'));
    const call = registered(
      createHandlers(services({ chooseSavePath: async () => join(dir, 'missing', 'x.md') })),
    );
    const picked = (await call('export:pick-file', APP, { defaultName: 'x.md', kind: 'markdown' })) as {
      token: string;
    };
    const result = (await call('export:write-file', APP, { token: picked.token, text: 'x' })) as {
      ok: boolean;
      reason: string;
    };
    expect(result).toMatchObject({ ok: false, cancelled: false });
    expect(result.reason).toMatch(/folder no longer exists/);
  });

  it('imports paths and reports each failure by file name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-import-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'note.md'), '# Hello\n\nWorld');
    const grants = new PathGrants();
    grants.grant([dir]);
    const call = registered(createHandlers(services({ grants })));
    sentResults.length = 0;
    const batch = (await call('import:paths', APP, {
      paths: [join(dir, 'empty.txt'), join(dir, 'note.md'), join(dir, 'gone.txt')],
    })) as {
      chunks: number;
      total: number;
      results: BatchResult[];
    };
    expect(batch).toMatchObject({ total: 3, cancelled: false });
    expect(batch.chunks).toBeGreaterThan(0);
    sentResults.push(...batch.results);
    const failures = sentResults.filter((r) => !r.ok).map((r) => `${r.error.fileName}: ${r.error.reason}`);
    expect(failures).toEqual([
      'gone.txt: The file is no longer there (moved or deleted before Gloss could read it).',
      'empty.txt: The file is empty.',
    ]);
    expect(sentResults.filter((r) => r.ok)).toHaveLength(1);
  });

  it('imports only paths the person handed Gloss: a dialog, a drop, the command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-grants-'));
    writeFileSync(join(dir, 'dropped.md'), '# Dropped\n\nText');
    writeFileSync(join(dir, 'chosen.md'), '# Chosen\n\nText');
    const grants = new PathGrants();
    const call = registered(
      createHandlers(services({ grants, chooseImportPaths: async () => [join(dir, 'chosen.md')] })),
    );
    await expect(call('import:paths', APP, { paths: ['/etc/shadow'] })).rejects.toThrow(/person chose/);
    await expect(call('import:paths', APP, { paths: [join(dir, 'dropped.md')] })).rejects.toThrow(
      /person chose/,
    );
    await expect(call('import:paths', APP, { paths: ['relative.md'] })).rejects.toThrow(/person chose/);
    await call('import:grant-dropped', APP, { path: join(dir, 'dropped.md') });
    await expect(call('import:paths', APP, { paths: [join(dir, 'dropped.md')] })).resolves.toMatchObject({
      total: 1,
    });
    // A path reached by climbing out of a granted one is not granted.
    await expect(
      call('import:paths', APP, { paths: [join(dir, 'dropped.md', '..', 'chosen.md')] }),
    ).rejects.toThrow(/person chose/);
    await call('import:dialog', APP, { folder: false });
    await expect(call('import:paths', APP, { paths: [join(dir, 'chosen.md')] })).resolves.toMatchObject({
      total: 1,
    });
  });
});

describe('automatic backups', () => {
  it('writes the day’s backup into the backup folder and keeps the last seven', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gloss-auto-'));
    const removed: string[] = [];
    const existing = [
      'notes.txt',
      ...Array.from({ length: 8 }, (_, i) => `gloss-backup-2026-01-0${i + 1}.json`),
    ];
    const call = registered(
      createHandlers(
        services({
          backupFolder: () => folder,
          listFolder: async () => [...existing, 'gloss-backup-2026-02-01.json'],
          removeFile: async (path) => void removed.push(path.replace(/^.*[\\/]/, '')),
        }),
      ),
    );
    const result = (await call('backup:write-auto', APP, {
      bytes: new Uint8Array([123, 125]),
      day: '2026-02-01',
    })) as { ok: boolean; path: string };
    expect(result.ok).toBe(true);
    expect(readFileSync(join(folder, 'gloss-backup-2026-02-01.json'), 'utf8')).toBe('{}');
    expect(removed).toEqual(['gloss-backup-2026-01-01.json', 'gloss-backup-2026-01-02.json']);
    await expect(
      call('backup:write-auto', APP, { bytes: new Uint8Array([1]), day: '../../x' }),
    ).rejects.toThrow(/YYYY-MM-DD/);
    // Only today's: a page writing other days' backups could push the real ones out.
    await expect(
      call('backup:write-auto', APP, { bytes: new Uint8Array([1]), day: '2026-03-01' }),
    ).rejects.toThrow(/today/);
  });

  it('hands the window the newest automatic backup only, and nothing when the folder is missing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gloss-latest-backup-'));
    writeFileSync(join(folder, 'gloss-backup-2026-01-01.json'), 'old');
    writeFileSync(join(folder, 'gloss-backup-2026-01-05.json'), 'new');
    writeFileSync(join(folder, 'notes.json'), 'not a backup');
    const handlers = (backups: string) =>
      createHandlers(
        services({
          backupFolder: () => backups,
          listFolder: (path) => readdir(path),
          readFile: async (path) => new Uint8Array(readFileSync(path)),
        }),
      );
    const latest = await handlers(folder)['backup:open-latest']();
    expect(latest?.fileName).toBe('gloss-backup-2026-01-05.json');
    expect(new TextDecoder().decode(latest?.bytes)).toBe('new');
    expect(await handlers(join(folder, 'missing'))['backup:open-latest']()).toBeNull();
  });
});
