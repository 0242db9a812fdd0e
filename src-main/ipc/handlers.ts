/**
 * The main process's answers to the renderer, as plain functions over injected services (so
 * unit tests call them without Electron), plus the registration that checks every call's
 * sender and validates its arguments before a handler runs.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type {
  GlossCalls,
  OpenRequest,
  PickedFolder,
  RecoveryNotice,
  SaveResult,
  UiLanguage,
} from './contract';
import {
  InvalidArgument,
  REOPEN_ENCODINGS,
  expectBoolean,
  expectBytes,
  expectCount,
  expectFileName,
  expectOneOf,
  expectRecord,
  expectString,
  expectStringArray,
} from './validate';
import { MAX_IMPORT_BYTES } from '../import/limits';
import { describeWriteError, readTextIfExists, writeFileAtomic } from '../files/atomic-write';
import { autoBackupFileName, newestAutoBackup, pruneAutoBackups } from '../files/auto-backups';
import type { ImportService } from '../app/import-service';
import type { PathGrants } from '../app/path-grants';
import type { ImportJournal } from '../app/import-journal';
import { isSafeExternalUrl } from '../app/security';
import { createSyncHandlers, type SyncServices } from '../sync/sync-handlers';
import { originalToOpen } from '../app/open-original';
import { createLibraryMoveHandlers, type LibraryMove } from '../app/library-move';
import { markImportRequest, markImportStage } from '../app/import-stages';

type Handler<K extends keyof GlossCalls> = (...args: Parameters<GlossCalls[K]>) => ReturnType<GlossCalls[K]>;
export type GlossHandlers = { [K in keyof GlossCalls]: Handler<K> };

export interface HandlerServices {
  importService: ImportService;
  /** Paths the person handed Gloss this session; the only ones the renderer may import. */
  grants: PathGrants;
  /** Imports in progress and those cut short (the only paths Resume may import). */
  journal?: ImportJournal;
  /** Today's date, `YYYY-MM-DD` (UTC, as the window names its daily backup). */
  today(): string;
  /** Ask for files or a folder; [] when cancelled. */
  chooseImportPaths(folder: boolean): Promise<string[]>;
  chooseSavePath(defaultName: string, kind: 'markdown' | 'json' | 'backup'): Promise<string | null>;
  chooseFolder(): Promise<string | null>;
  chooseBackupFile(): Promise<string | null>;
  readFile(path: string): Promise<Uint8Array>;
  writeClipboard(text: string): void;
  openExternal(url: string): void;
  /** Open a file with the system's default app; resolves to an error message or ''. */
  openPath?(path: string): Promise<string>;
  /** Folder for temporary copies (originals handed to other apps). */
  tempFolder?(): string;
  appInfo(): { version: string; platform: string; locale: string; userDataPath: string };
  takePendingOpenRequests(): OpenRequest[];
  takeNotices(): RecoveryNotice[] | Promise<RecoveryNotice[]>;
  /** The renderer has saved everything: let the window close. */
  closeReady(): void;
  setLanguage(language: UiLanguage): void;
  /** Folder for automatic daily backups. */
  backupFolder(): string;
  listFolder(path: string): Promise<string[]>;
  removeFile(path: string): Promise<void>;
  ensureFolder(path: string): Promise<void>;
  /** Show the data folder in the file manager. */
  showDataFolder?(): void;
  /** Moving the library to the app's own origin; absent while the window stays on file://. */
  libraryMove?: LibraryMove;
  /** Sync settings and traffic (docs/sync.md); absent in tests that do not need them. */
  sync?: SyncServices;
}

const MAX_TEXT = 64 * 1024 * 1024;
const MAX_BACKUP = 2 * 1024 * 1024 * 1024;
const AUTO_BACKUPS_KEPT = 7;

async function writeOrExplain(path: string, data: string | Uint8Array): Promise<SaveResult> {
  try {
    await writeFileAtomic(path, data);
    return { ok: true, path };
  } catch (error) {
    return { ok: false, cancelled: false, reason: describeWriteError(error, path) };
  }
}

export function createHandlers(services: HandlerServices): GlossHandlers {
  // Paths the person picked in a dialog, by token: the renderer never names a path to write.
  const pickedFiles = new Map<string, string>();
  const pickedFolders = new Map<string, string>();

  return {
    'import:dialog': async (args) => {
      const { folder } = expectRecord(args, 'arguments');
      markImportRequest();
      const paths = await services.chooseImportPaths(expectBoolean(folder, 'folder'));
      markImportStage('chosen');
      if (paths.length === 0) return null;
      services.grants.grant(paths);
      return services.importService.run(paths);
    },
    'import:paths': async (args) => {
      const paths = expectStringArray(expectRecord(args, 'arguments').paths, 'paths', 20_000);
      const refused = paths.find((path) => !services.grants.isGranted(path));
      if (refused !== undefined)
        throw new InvalidArgument(
          'paths must be files or folders the person chose, dropped or opened with Gloss',
        );
      markImportRequest();
      return services.importService.run(paths);
    },
    'import:finished': async (args) => {
      await services.journal?.end(expectString(expectRecord(args, 'arguments').batchId, 'batchId', 64));
    },
    'import:resume': async (args) => {
      const paths = expectStringArray(expectRecord(args, 'arguments').paths, 'paths', 20_000);
      const resumable = await services.journal?.resumable(paths);
      if (!resumable) throw new InvalidArgument('paths must be those of an import that was cut short');
      services.grants.grant(resumable);
      markImportRequest();
      return services.importService.run(resumable);
    },
    'import:dismiss-unfinished': async () => {
      await services.journal?.dismissUnfinished();
    },
    'import:known-hashes': async (args) => {
      const hashes = expectStringArray(expectRecord(args, 'arguments').hashes, 'hashes', 2_000_000, 64);
      services.importService.setKnownHashes(hashes);
    },
    'import:known-hashes-change': async (args) => {
      const record = expectRecord(args, 'arguments');
      const added = expectStringArray(record.added, 'added', 2_000_000, 64);
      const removed = expectStringArray(record.removed, 'removed', 2_000_000, 64);
      services.importService.changeKnownHashes(added, removed);
    },
    'import:grant-dropped': async (args) => {
      services.grants.grant([expectString(expectRecord(args, 'arguments').path, 'path', 32_768)]);
    },
    'import:chunks-saved': async (args) => {
      const record = expectRecord(args, 'arguments');
      services.importService.chunksSaved(
        expectString(record.batchId, 'batchId', 64),
        expectCount(record.chunks, 'chunks'),
      );
    },
    'import:cancel': async (args) => {
      services.importService.cancel(expectString(expectRecord(args, 'arguments').batchId, 'batchId', 64));
    },
    'import:reextract': async (args) => {
      const record = expectRecord(args, 'arguments');
      const bytes = expectBytes(record.bytes, 'bytes', MAX_IMPORT_BYTES);
      const fileName = expectFileName(record.fileName, 'fileName');
      const encoding = expectOneOf(record.encoding, REOPEN_ENCODINGS, 'encoding');
      return services.importService.reextract(bytes, fileName, encoding);
    },
    'export:pick-file': async (args) => {
      const record = expectRecord(args, 'arguments');
      const defaultName = expectFileName(record.defaultName, 'defaultName');
      const kind = expectOneOf(record.kind, ['markdown', 'json'] as const, 'kind');
      const path = await services.chooseSavePath(defaultName, kind);
      if (!path) return null;
      const token = randomUUID();
      pickedFiles.set(token, path);
      return { token, path, existingText: await readTextIfExists(path) };
    },
    'export:pick-folder': async (args) => {
      const names = expectStringArray(expectRecord(args, 'arguments').names, 'names', 100_000, 255);
      names.forEach((name, i) => expectFileName(name, `names[${i}]`));
      const folder = await services.chooseFolder();
      if (!folder) return null;
      const token = randomUUID();
      pickedFolders.set(token, folder);
      const existing: PickedFolder['existing'] = {};
      for (const name of names) existing[name] = await readTextIfExists(join(folder, name));
      return { token, path: folder, existing };
    },
    'export:write-file': async (args) => {
      const record = expectRecord(args, 'arguments');
      const path = pickedFiles.get(expectString(record.token, 'token', 64));
      if (!path) throw new InvalidArgument('token does not name a file the person picked');
      return writeOrExplain(path, expectString(record.text, 'text', MAX_TEXT));
    },
    'export:write-folder': async (args) => {
      const record = expectRecord(args, 'arguments');
      const folder = pickedFolders.get(expectString(record.token, 'token', 64));
      if (!folder) throw new InvalidArgument('token does not name a folder the person picked');
      if (!Array.isArray(record.files) || record.files.length > 100_000)
        throw new InvalidArgument('files must be a list');
      const files = record.files.map((file, i) => {
        const entry = expectRecord(file, `files[${i}]`);
        return {
          name: expectFileName(entry.name, `files[${i}].name`),
          text: expectString(entry.text, `files[${i}].text`, MAX_TEXT),
        };
      });
      for (const file of files) {
        const result = await writeOrExplain(join(folder, file.name), file.text);
        if (!result.ok) return result;
      }
      return { ok: true, path: folder };
    },
    'clipboard:write': async (args) => {
      services.writeClipboard(expectString(expectRecord(args, 'arguments').text, 'text', MAX_TEXT));
    },
    'shell:open-external': async (args) => {
      const url = expectString(expectRecord(args, 'arguments').url, 'url');
      if (!isSafeExternalUrl(url)) throw new InvalidArgument('only http and https links open outside Gloss');
      services.openExternal(url);
    },
    'shell:open-original': async (args) => {
      const record = expectRecord(args, 'arguments');
      const bytes = expectBytes(record.bytes, 'bytes', MAX_IMPORT_BYTES);
      const fileName = expectFileName(record.fileName, 'fileName');
      const path = record.path === null ? null : expectString(record.path, 'path', 4096);
      if (!services.openPath || !services.tempFolder)
        return { ok: false, cancelled: false, reason: 'Not available.' };
      const target = await originalToOpen(bytes, fileName, path, services.tempFolder());
      if (!target)
        return { ok: false, cancelled: false, reason: 'The kept bytes are not a file Gloss can open.' };
      const failure = await services.openPath(target);
      return failure ? { ok: false, cancelled: false, reason: failure } : { ok: true, path: target };
    },
    'app:info': async () => services.appInfo(),
    'app:pending-open-requests': async () => services.takePendingOpenRequests(),
    'app:take-notices': async () => services.takeNotices(),
    'app:close-ready': async () => services.closeReady(),
    'app:set-language': async (args) => {
      services.setLanguage(
        expectOneOf(expectRecord(args, 'arguments').language, ['en', 'zh-CN'] as const, 'language'),
      );
    },
    'backup:write-auto': async (args) => {
      const record = expectRecord(args, 'arguments');
      const bytes = expectBytes(record.bytes, 'bytes', MAX_BACKUP);
      const day = expectString(record.day, 'day', 10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new InvalidArgument('day must be YYYY-MM-DD');
      // Only today's backup: a page naming other days could push the real backups out.
      if (day !== services.today()) throw new InvalidArgument('day must be today');
      const folder = services.backupFolder();
      await services.ensureFolder(folder);
      const result = await writeOrExplain(join(folder, autoBackupFileName(day)), bytes);
      if (result.ok) {
        for (const old of pruneAutoBackups(await services.listFolder(folder), AUTO_BACKUPS_KEPT)) {
          await services.removeFile(join(folder, old)).catch(() => undefined);
        }
      }
      return result;
    },
    'backup:save': async (args) => {
      const record = expectRecord(args, 'arguments');
      const bytes = expectBytes(record.bytes, 'bytes', MAX_BACKUP);
      const path = await services.chooseSavePath(expectFileName(record.defaultName, 'defaultName'), 'backup');
      if (!path) return { ok: false, cancelled: true };
      return writeOrExplain(path, bytes);
    },
    'backup:open': async () => {
      const path = await services.chooseBackupFile();
      if (!path) return null;
      const bytes = await services.readFile(path);
      return { fileName: path.replace(/^.*[\\/]/, ''), bytes };
    },
    'backup:open-latest': async () => {
      const folder = services.backupFolder();
      const newest = newestAutoBackup(await services.listFolder(folder).catch(() => []));
      if (!newest) return null;
      return { fileName: newest, bytes: await services.readFile(join(folder, newest)) };
    },
    'app:show-data-folder': async () => services.showDataFolder?.(),
    ...createLibraryMoveHandlers(services.libraryMove),
    ...createSyncHandlers(services.sync),
  };
}

/** The part of Electron's IPC event a handler checks: which page sent the call. */
export interface CallerEvent {
  senderFrame: { url: string } | null;
}

export interface HandlerRegistry {
  handle(channel: string, listener: (event: CallerEvent, ...args: unknown[]) => unknown): void;
}

/**
 * Registers every handler behind a sender check: calls from any page but the app's own are
 * refused, and arguments that fail validation are refused with their reason.
 */
export function registerHandlers(
  registry: HandlerRegistry,
  handlers: GlossHandlers,
  isAppUrl: (url: string) => boolean,
): void {
  for (const channel of Object.keys(handlers) as (keyof GlossCalls)[]) {
    registry.handle(channel, async (event, ...args) => {
      const url = event.senderFrame?.url ?? '';
      if (!isAppUrl(url)) throw new Error(`Refused ${channel} from an unknown page.`);
      const handler = handlers[channel] as (...a: unknown[]) => unknown;
      return handler(...args);
    });
  }
}
