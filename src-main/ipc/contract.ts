/**
 * The one typed meeting point of Gloss's main process and renderer.
 *
 * Types only: the renderer imports this file with `import type`, the preload checks the object
 * it exposes with `satisfies GlossApi`, and the main process derives its handler table from
 * `GlossCalls`. Data crosses the boundary as plain objects, strings, numbers and Uint8Array
 * (no Map, Set or ArrayBuffer), so the same values survive Electron's structured clone and the
 * e2e shim's JSON-like binding.
 */

import type { ArticleBlock } from '../../src-shared/model-types';
import type { DocumentFormat } from '../../src-shared/articles/document-formats';
import type { LibraryMoveStatus, TableCounts, Verification } from '../../src-shared/library-move';

export type { ArticleBlock, BlockKind } from '../../src-shared/model-types';
export type { DocumentFormat };

/** Why a piece of text was left out of the article. */
export type RemovedReason =
  | 'header'
  | 'navigation'
  | 'hotline'
  | 'disclaimer'
  | 'edit-stamp'
  | 'link-list'
  | 'footer'
  | 'headline-list'
  | 'boilerplate'
  | 'comment'
  /** The person moved it out with "Remove this paragraph". */
  | 'by-person'
  | 'page-number'
  | 'running-header'
  | 'reference'
  | 'signature'
  | 'other';

/** A piece of text left out of the article, kept in order at its original place. */
export interface RemovedBlock {
  /** Stable id within the article ("r0", "r1", ...), used by "Restore". */
  id: string;
  text: string;
  reason: RemovedReason;
  /** Index in `blocks` before which this text stood (blocks.length: after the last block). */
  beforeBlock: number;
}

export type ArticleFormat = 'txt' | 'markdown' | 'html' | 'mhtml' | DocumentFormat;

/** What the main process hands the renderer for one file that imported. */
export interface ImportedArticle {
  title: string;
  byline: string | null;
  /** The publication date written on the page, `YYYY-MM-DD`, or null when unknown. */
  publishedAt: string | null;
  /** Site or publication name when the page says it (来源:, og:site_name). */
  siteName: string | null;
  /** The address the page names for itself (canonical link, og:url, MHTML Content-Location). */
  sourceUrl?: string | null;
  /** Fields the extractor was unsure of (weak or conflicting evidence). */
  unsure?: ('title' | 'byline' | 'publishedAt')[];
  format: ArticleFormat;
  /** WHATWG encoding label the bytes were decoded with, e.g. "utf-8", "gb18030". */
  encoding: string;
  /** How the encoding was chosen: byte order mark, strict UTF-8, a meta tag, or detection. */
  encodingSource: 'bom' | 'utf-8' | 'meta' | 'detected' | 'user';
  /** Number of byte sequences that could not be decoded and were replaced with U+FFFD. */
  replacedSequences: number;
  blocks: ArticleBlock[];
  removed: RemovedBlock[];
  /** Images that were in the article, as data: URLs (remote ones are never fetched). */
  images?: { beforeBlock: number; src: string | null; alt: string }[];
  source: { fileName: string; path: string | null; byteLength: number; modifiedAt: string | null };
  /** SHA-256 of the original bytes, hex: the same file imported twice is one article. */
  contentHash: string;
  /** The original bytes, kept so the article can be re-decoded later. */
  bytes: Uint8Array;
}

/** A file that could not be imported, with a sentence a person understands. */
export interface ImportFailure {
  fileName: string;
  path: string | null;
  /** The sentence in English (logs, tools); the window translates `kind` instead. */
  reason: string;
  /** What went wrong, for the window to say in its language; absent: only `reason` is known. */
  kind?: ImportFailureKind;
  /** The kind's one variable part (a size in MB, a file type, an encoding, a system message). */
  detail?: string;
}

export type ImportFailureKind =
  | 'empty'
  | 'too-large'
  | 'binary-file'
  | 'unsupported-type'
  | 'binary-data'
  | 'no-text'
  | 'too-nested'
  | 'no-web-page'
  | 'unknown-encoding'
  | 'missing'
  | 'permission'
  | 'is-folder'
  | 'too-many-open'
  | 'disk-error'
  | 'not-a-file'
  | 'empty-folder'
  | 'importer-stopped'
  | 'deleted-meanwhile'
  | 'unreadable'
  | 'over-time'
  | 'over-memory'
  | 'not-text'
  | 'invalid-name'
  | 'link-loop'
  | 'path-too-long'
  | 'too-many-files'
  | 'too-deep-folder'
  | 'too-deep-folders'
  | DocumentFailureKind;

/** Why a binary document could not be read (each has its own sentence). */
export type DocumentFailureKind =
  | 'not-a-document'
  | 'pdf-scanned'
  | 'pdf-no-text'
  | 'pdf-encrypted'
  | 'pdf-damaged'
  | 'pdf-unmapped'
  | 'zip-bomb'
  | 'zip-damaged'
  | 'doc-not-word'
  | 'epub-no-package'
  | 'docx-doctype'
  | 'docx-too-nested'
  | 'docx-damaged';

export type ImportResult = { ok: true; article: ImportedArticle } | { ok: false; error: ImportFailure };

/**
 * A file whose bytes' hash is already in the library: recognized before any extraction, so
 * re-importing a folder costs reading and hashing its files, not extracting them again.
 */
export interface KnownFileResult {
  ok: 'known';
  known: { contentHash: string; fileName: string; path: string | null };
}

/** What a batch sends for each file. */
export type BatchResult = ImportResult | KnownFileResult;

/**
 * The end of one import batch. Most results arrive before it, in `import:results` events of a
 * few files each, so the renderer saves while the main process still extracts; the last ones
 * come with it.
 */
export interface ImportBatch {
  batchId: string;
  /** How many `import:results` events the batch sent (the renderer waits for all of them). */
  chunks: number;
  /** The results not sent in an event, saved after those (all of them for a quick batch). */
  results: BatchResult[];
  /** Files attempted (imported or failed). */
  total: number;
  /** True when the person pressed Cancel: what finished before that was sent. */
  cancelled: boolean;
}

/** Some results of a running batch. */
export interface ImportResultsChunk {
  batchId: string;
  results: BatchResult[];
}

/** Progress of a running import batch. */
export interface ImportProgress {
  batchId: string;
  done: number;
  total: number;
  currentFile: string;
}

/** A request from outside the window: files opened with Gloss, a gloss:// link. */
export type OpenRequest =
  { kind: 'files'; paths: string[] } | { kind: 'article'; articleId: string; highlightId: string | null };

/**
 * The window's page crashed or hung and was reloaded; or an import was cut short (Gloss or its
 * window closed in the middle of it) and can be resumed with `resumePaths`.
 */
export interface RecoveryNotice {
  cause: 'crashed' | 'unresponsive' | 'import-cut-short';
  /** Files of an import that was running and was stopped, not imported (for 'import-cut-short':
   * the files of the cut-short import, 0 when it was stopped before they were counted). */
  notImported: number;
  /** For 'import-cut-short': the files and folders chosen for it, to import again. */
  resumePaths?: string[];
}

/** Menu commands the main process forwards to the renderer. */
export type MenuCommand =
  | 'import-files'
  | 'import-folder'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'theme-light'
  | 'theme-sepia'
  | 'theme-dark'
  | 'language-en'
  | 'language-zh-CN'
  | 'export-article'
  | 'export-library'
  | 'backup'
  | 'restore'
  | 'show-shortcuts'
  | 'about'
  | 'undo'
  | 'redo'
  | ReadingMenuCommand
  | 'sync-settings'
  | 'sync-now'
  | 'sync-log'
  | 'search-library'
  | 'find-in-article';

/** Commands of the reading workflow, the layout and the extra exports (see src-main/app/reading-menu.ts). */
export type ReadingMenuCommand =
  | 'export-passages'
  | 'export-timeline'
  | 'export-web-annotations'
  | 'toggle-library'
  | 'toggle-sidebar'
  | 'focus-mode'
  | 'reading-settings'
  | 'next-article'
  | 'previous-article'
  | 'status-inbox'
  | 'status-reading'
  | 'status-finished'
  | 'status-archived';

export type UiLanguage = 'en' | 'zh-CN';

export interface AppInfo {
  version: string;
  platform: string;
  locale: string;
  userDataPath: string;
}

/** Outcome of writing a file the renderer produced. */
export type SaveResult =
  | { ok: true; path: string }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled: false; reason: string };

export type ExportFileKind = 'markdown' | 'json';

export interface PickedFile {
  token: string;
  path: string;
  /** The file's current text when it exists, else null. */
  existingText: string | null;
}

export interface PickedFolder {
  token: string;
  path: string;
  /** Current text of each requested name that exists in the folder. */
  existing: Record<string, string | null>;
}

/** One HTTP request of PouchDB's replicator, carried by the main process to the sync server. */
export interface SyncFetchRequest {
  url: string;
  method: string;
  headers: [string, string][];
  body: string | Uint8Array | null;
}

/** The server's answer; status 0 when it could not be reached (statusText says why). */
export interface SyncFetchResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: Uint8Array;
}

/** The sync settings as the window sees them: never the password. */
export interface SyncConfigView {
  url: string;
  database: string;
  user: string;
  hasPassword: boolean;
  /** Whether the encryption key is kept (sync was set up on this computer). */
  hasKey: boolean;
  /** False when the OS offers no encrypted storage: the password is kept only until Gloss quits. */
  passwordPersisted: boolean;
}

export interface SyncServerSettings {
  url: string;
  database: string;
  user: string;
  /** Null keeps the password already kept. */
  password: string | null;
}

/** The answer of "Test connection". */
export type SyncTestResult =
  | { ok: true; couchVersion: string; vendor: string }
  | {
      ok: false;
      problem:
        | 'invalid-url'
        | 'unreachable'
        | 'tls'
        | 'unauthorized'
        | 'missing-database'
        | 'not-couchdb'
        | 'forbidden';
      detail: string;
    };

/** Renderer → main calls. Channel name = key. */
export interface GlossCalls {
  /** Show the open dialog (files or a folder) and import what the person picks. */
  'import:dialog': (args: { folder: boolean }) => Promise<ImportBatch | null>;
  /** Import files or folders by path (dropped on the window, opened from outside). */
  'import:paths': (args: { paths: string[] }) => Promise<ImportBatch>;
  /** Content hashes already in the library: the next batches skip files with these bytes. */
  'import:known-hashes': (args: { hashes: string[] }) => Promise<void>;
  /** What changed in the library's content hashes since the last list or change was sent. */
  'import:known-hashes-change': (args: { added: string[]; removed: string[] }) => Promise<void>;
  /**
   * A file or folder dropped on the window: the preload names it (from a real File the person
   * dropped) so the main process lets the import read it.
   */
  'import:grant-dropped': (args: { path: string }) => Promise<void>;
  /** Stop a running batch; what finished stays. */
  'import:cancel': (args: { batchId: string }) => Promise<void>;
  /** The window saved a batch (or it was cancelled): its import journal entry goes. */
  'import:finished': (args: { batchId: string }) => Promise<void>;
  /**
   * The window has saved the first `chunks` results chunks of a running batch: the main process
   * sends only a few chunks ahead of what the window has saved.
   */
  'import:chunks-saved': (args: { batchId: string; chunks: number }) => Promise<void>;
  /** Import again the paths of imports cut short; only paths the import journal holds. */
  'import:resume': (args: { paths: string[] }) => Promise<ImportBatch>;
  /** Forget the imports cut short (the person dismissed the notice). */
  'import:dismiss-unfinished': () => Promise<void>;
  /** Decode and extract kept bytes again, with a chosen encoding. */
  'import:reextract': (args: {
    bytes: Uint8Array;
    fileName: string;
    encoding: string;
  }) => Promise<ImportResult>;
  /**
   * Show a save dialog; returns a token for the chosen file and its current text (so a
   * re-export can keep what the person wrote outside Gloss's markers), or null if cancelled.
   */
  'export:pick-file': (args: { defaultName: string; kind: ExportFileKind }) => Promise<PickedFile | null>;
  /** Pick a folder for several files; returns a token and the current text of those that exist. */
  'export:pick-folder': (args: { names: string[] }) => Promise<PickedFolder | null>;
  /** Write text to a file picked before (atomic: temporary file, then rename). */
  'export:write-file': (args: { token: string; text: string }) => Promise<SaveResult>;
  /** Write files into a folder picked before (each atomic). */
  'export:write-folder': (args: {
    token: string;
    files: { name: string; text: string }[];
  }) => Promise<SaveResult>;
  /** Write text to the system clipboard. */
  'clipboard:write': (args: { text: string }) => Promise<void>;
  /** Open an http(s) link in the system browser. */
  'shell:open-external': (args: { url: string }) => Promise<void>;
  /** Hand an article's original file (its kept bytes) to the system's default app. */
  'shell:open-original': (args: {
    bytes: Uint8Array;
    fileName: string;
    path: string | null;
  }) => Promise<SaveResult>;
  /** Version, platform, locale, data folder. */
  'app:info': () => Promise<AppInfo>;
  /** The renderer has saved everything after `app:before-close`: the window may close. */
  'app:close-ready': () => Promise<void>;
  /** The renderer's UI language changed: the app menu follows it. */
  'app:set-language': (args: { language: UiLanguage }) => Promise<void>;
  /** What happened to the page before it was reloaded (a crash, a hang); each told once. */
  'app:take-notices': () => Promise<RecoveryNotice[]>;
  /** Open requests that arrived before the renderer was listening. */
  'app:pending-open-requests': () => Promise<OpenRequest[]>;
  /** Write a backup file (bytes from dexie-export-import) into the automatic backup folder. */
  'backup:write-auto': (args: { bytes: Uint8Array; day: string }) => Promise<SaveResult>;
  /** Save a backup chosen by the person. */
  'backup:save': (args: { bytes: Uint8Array; defaultName: string }) => Promise<SaveResult>;
  /** Pick a backup file and return its bytes. */
  'backup:open': () => Promise<{ fileName: string; bytes: Uint8Array } | null>;
  /** The newest automatic backup's bytes (the library cannot be opened), or null when there is none. */
  'backup:open-latest': () => Promise<{ fileName: string; bytes: Uint8Array } | null>;
  /** Show the data folder in the file manager. */
  'app:show-data-folder': () => Promise<void>;
  /** Whether the library must be moved from the old origin (waits while the old one exports). */
  'library-move:status': () => Promise<LibraryMoveStatus>;
  /** The old origin's library, as a backup file, while a move is due. */
  'library-move:read': () => Promise<Uint8Array>;
  /** The moved library's row counts: the move is marked done only when they are the old ones. */
  'library-move:finish': (args: { counts: TableCounts }) => Promise<Verification>;
  /** The sync settings (never the password), or null when sync is not set up. */
  'sync:get-config': () => Promise<SyncConfigView | null>;
  /** Keep server, database, user and password (the password with the OS's safe storage). */
  'sync:save-config': (args: SyncServerSettings) => Promise<void>;
  /** Try the server with these settings and say precisely what is wrong. */
  'sync:test': (args: SyncServerSettings) => Promise<SyncTestResult>;
  /** Create the database on the configured server. */
  'sync:create-database': () => Promise<SyncTestResult>;
  /** Keep (or forget, with null) the 64-byte encryption key derived from the passphrase. */
  'sync:set-key': (args: { secret: Uint8Array | null }) => Promise<void>;
  'sync:get-key': () => Promise<Uint8Array | null>;
  /** One replication request to the configured database (any other URL is refused). */
  'sync:fetch': (args: SyncFetchRequest) => Promise<SyncFetchResponse>;
  /** A setup text for a second computer: the settings, the password sealed with the key. */
  'sync:make-setup-link': (args: { salt: string; iterations: number }) => Promise<string>;
  /** Configure this computer from a setup text, with the key derived from the passphrase. */
  'sync:use-setup-link': (args: { link: string; secret: Uint8Array }) => Promise<SyncConfigView>;
  /** Forget the server, the password and the key. */
  'sync:forget': () => Promise<void>;
}

/** Main → renderer events. Channel name = key; the value is the payload. */
export interface GlossEvents {
  /** Progress of an import batch. */
  'import:progress': ImportProgress;
  /** Results of an import batch, a few files at a time. */
  'import:results': ImportResultsChunk;
  /** Files or a passage were asked for from outside the window. */
  'app:open-request': OpenRequest;
  /** A menu item the renderer carries out. */
  'menu:command': MenuCommand;
  /** The window is about to close: finish saving, then call `app:close-ready`. */
  'app:before-close': null;
}

type Unsubscribe = () => void;

/** What the preload exposes as `window.gloss`. */
export interface GlossApi {
  importWithDialog(folder: boolean): Promise<ImportBatch | null>;
  importPaths(paths: string[]): Promise<ImportBatch>;
  cancelImport(batchId: string): Promise<void>;
  importFinished(batchId: string): Promise<void>;
  importChunksSaved(batchId: string, chunks: number): Promise<void>;
  resumeImport(paths: string[]): Promise<ImportBatch>;
  dismissUnfinishedImports(): Promise<void>;
  setKnownHashes(hashes: string[]): Promise<void>;
  changeKnownHashes(added: string[], removed: string[]): Promise<void>;
  reextract(bytes: Uint8Array, fileName: string, encoding: string): Promise<ImportResult>;
  openOriginal(bytes: Uint8Array, fileName: string, path: string | null): Promise<SaveResult>;
  pickExportFile(defaultName: string, kind: ExportFileKind): Promise<PickedFile | null>;
  pickExportFolder(names: string[]): Promise<PickedFolder | null>;
  writeExportFile(token: string, text: string): Promise<SaveResult>;
  writeExportFolder(token: string, files: { name: string; text: string }[]): Promise<SaveResult>;
  writeClipboard(text: string): Promise<void>;
  openExternal(url: string): Promise<void>;
  appInfo(): Promise<AppInfo>;
  pendingOpenRequests(): Promise<OpenRequest[]>;
  takeNotices(): Promise<RecoveryNotice[]>;
  setLanguage(language: UiLanguage): Promise<void>;
  writeAutoBackup(bytes: Uint8Array, day: string): Promise<SaveResult>;
  saveBackup(bytes: Uint8Array, defaultName: string): Promise<SaveResult>;
  openBackup(): Promise<{ fileName: string; bytes: Uint8Array } | null>;
  openLatestBackup(): Promise<{ fileName: string; bytes: Uint8Array } | null>;
  showDataFolder(): Promise<void>;
  libraryMoveStatus(): Promise<LibraryMoveStatus>;
  libraryMoveRead(): Promise<Uint8Array>;
  libraryMoveFinish(counts: TableCounts): Promise<Verification>;
  /** Path of a File dropped on the window (Electron's webUtils), or null outside Electron. */
  pathForFile(file: File): string | null;
  onImportProgress(listener: (progress: ImportProgress) => void): Unsubscribe;
  onImportResults(listener: (chunk: ImportResultsChunk) => void): Unsubscribe;
  onOpenRequest(listener: (request: OpenRequest) => void): Unsubscribe;
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
  onBeforeClose(listener: () => void): Unsubscribe;
  syncGetConfig(): Promise<SyncConfigView | null>;
  syncSaveConfig(settings: SyncServerSettings): Promise<void>;
  syncTest(settings: SyncServerSettings): Promise<SyncTestResult>;
  syncCreateDatabase(): Promise<SyncTestResult>;
  syncSetKey(secret: Uint8Array | null): Promise<void>;
  syncGetKey(): Promise<Uint8Array | null>;
  syncFetch(request: SyncFetchRequest): Promise<SyncFetchResponse>;
  syncMakeSetupLink(salt: string, iterations: number): Promise<string>;
  syncUseSetupLink(link: string, secret: Uint8Array): Promise<SyncConfigView>;
  syncForget(): Promise<void>;
  closeReady(): Promise<void>;
}
