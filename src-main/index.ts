/**
 * Gloss's main process: one window, the app menu, single-instance hand-over of files and
 * gloss:// links, and the IPC handlers. The operating-system work lives in app/, import/ and
 * files/; this file only wires them to Electron.
 */
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, protocol, safeStorage, shell } from 'electron';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { GlossEvents, MenuCommand, OpenRequest, RecoveryNotice, UiLanguage } from './ipc/contract';
import { createHandlers, registerHandlers, type CallerEvent } from './ipc/handlers';
import { removeInterruptedWrites, useTempJournal } from './files/atomic-write';
import { ImportService } from './app/import-service';
import { PathGrants } from './app/path-grants';
import { ImportJournal, unfinishedImportNotice } from './app/import-journal';
import { watchRenderer } from './app/renderer-recovery';
import { buildMenuTemplate } from './app/menu';
import { PendingQueue } from './app/open-requests';
import { createMainWindow, rendererUrl, type MainWindow } from './app/window';
import { APP_INDEX_URL } from '../src-shared/app-scheme';
import { loadWindowState, saveWindowState } from './app/window-state';
import { filePathsFromArgv } from './app/open-paths';
import { findGlossUrlInArgv, parseGlossUrl } from './app/gloss-url';
import { SyncSettingsStore } from './sync/sync-settings-store';
import { appSchemeEnabled, handleAppScheme, registerAppSchemePrivileges } from './app/app-protocol';
import { LibraryMove } from './app/library-move';
import { exportFromOldOrigin } from './app/old-origin-export';
import { appendChromiumSwitches } from './app/chromium-switches';

const ISSUES_URL = 'https://github.com/gloss-reader/gloss/issues';

if (process.env.GLOSS_USER_DATA_DIR) app.setPath('userData', process.env.GLOSS_USER_DATA_DIR);
appendChromiumSwitches(app.commandLine);

/** The window on app://gloss instead of file:// (docs/security.md); its scheme is set up before ready. */
const useAppScheme = appSchemeEnabled();
if (useAppScheme) registerAppSchemePrivileges(protocol);
/** The library moves only to app://gloss itself, never to a development server's origin. */
const movesLibrary = useAppScheme && rendererUrl(true) === APP_INDEX_URL;

let main: MainWindow | null = null;
let closeAllowed = false;
let closeTimer: ReturnType<typeof setTimeout> | null = null;
let releaseClose: (() => void) | null = null;
let language: UiLanguage = 'en';
const grants = new PathGrants();
let notices: RecoveryNotice[] = [];
let stopImports: () => number = () => 0;

function send<K extends keyof GlossEvents>(channel: K, payload: GlossEvents[K]): void {
  main?.window.webContents.send(channel, payload);
}

const openRequests = new PendingQueue<OpenRequest>((request) => send('app:open-request', request));
const menuCommands = new PendingQueue<MenuCommand>((command) => send('menu:command', command));

function handleArgv(argv: string[], cwd: string): void {
  const url = findGlossUrlInArgv(argv);
  if (url) handleGlossUrl(url);
  const paths = filePathsFromArgv(argv, cwd, { isPackaged: app.isPackaged });
  if (paths.length > 0) {
    grants.grant(paths);
    openRequests.push({ kind: 'files', paths });
  }
}

function handleGlossUrl(url: string): void {
  const parsed = parseGlossUrl(url);
  if (parsed.kind === 'invalid') {
    console.warn(`Gloss ignored a link it does not understand (${parsed.reason}).`);
    return;
  }
  openRequests.push({ kind: 'article', articleId: parsed.articleId, highlightId: parsed.highlightId });
}

/**
 * gloss:// links open Gloss. A development run (electron .) must name the app script too, or
 * Windows would register the bare Electron binary.
 */
function registerGlossProtocol(): void {
  if (app.isDefaultProtocolClient('gloss')) return;
  if (process.defaultApp && process.argv[1])
    app.setAsDefaultProtocolClient('gloss', process.execPath, [resolve(process.argv[1])]);
  else if (!process.defaultApp) app.setAsDefaultProtocolClient('gloss');
}

function focusWindow(): void {
  if (!main) return;
  if (main.window.isMinimized()) main.window.restore();
  main.window.focus();
}

function installMenu(): void {
  const template = buildMenuTemplate(language, {
    command: (command) => menuCommands.push(command),
    showDataFolder: () => void shell.openPath(app.getPath('userData')),
    reportProblem: () => void shell.openExternal(ISSUES_URL),
    quit: () => app.quit(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template as Parameters<typeof Menu.buildFromTemplate>[0]));
}

function createWindow(): void {
  const userData = app.getPath('userData');
  main = createMainWindow(loadWindowState(userData), { appScheme: useAppScheme });
  closeAllowed = false;
  closeTimer = null;
  const { window } = main;
  window.webContents.on('did-start-loading', () => {
    openRequests.reset();
    menuCommands.reset();
  });
  window.on('close', (event) => {
    const bounds = window.getBounds();
    saveWindowState(userData, { ...bounds, maximized: window.isMaximized() });
    // Let the renderer finish its database writes first (a highlight made a moment ago);
    // a renderer that does not answer within two seconds does not keep the window open.
    if (closeAllowed) return;
    event.preventDefault();
    if (closeTimer) return;
    const close = () => {
      closeAllowed = true;
      if (!window.isDestroyed()) window.close();
    };
    closeTimer = setTimeout(close, 2000);
    releaseClose = () => {
      if (closeTimer) clearTimeout(closeTimer);
      close();
    };
    send('app:before-close', null);
  });
  // A crashed or hung page is reloaded and told; the import it waited for is stopped.
  watchRenderer(window.webContents, {
    stopImports: () => stopImports(),
    notify: (notice) => notices.push(notice),
  });
  window.on('closed', () => {
    main = null;
  });
}

function start(): void {
  // Temporary files of writes a crash or power cut interrupted go before anything is written.
  const backups = join(app.getPath('userData'), 'backups');
  useTempJournal(join(app.getPath('userData'), 'writes-in-progress.txt'));
  void removeInterruptedWrites([backups]).catch(() => 0);
  // Imports the last run was in the middle of, offered for resuming (import-journal.ts).
  const journal = new ImportJournal(join(app.getPath('userData'), 'imports-in-progress'));
  // Read without blocking; the notices and Resume wait for it.
  void journal.loadUnfinished();
  language = app.getLocale().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  // On app://gloss the library the window kept on file:// is moved over once (library-move.ts).
  if (useAppScheme) handleAppScheme(protocol, join(__dirname, '../renderer'));
  const libraryMove = movesLibrary
    ? new LibraryMove({ folder: app.getPath('userData'), exportOldLibrary: exportFromOldOrigin })
    : undefined;
  const importService = new ImportService({
    workerPath: join(__dirname, 'import-worker.js'),
    checkWorkerPath: join(__dirname, 'file-check-worker.js'),
    onProgress: (progress) => send('import:progress', progress),
    onResults: (chunk) => send('import:results', chunk),
    journal,
    // The window reports each chunk it saved (import:chunks-saved).
    flowControl: true,
  });
  const handlers = createHandlers({
    importService,
    grants,
    journal,
    today: () => new Date().toISOString().slice(0, 10),
    chooseImportPaths: async (folder) => {
      const options: Electron.OpenDialogOptions = folder
        ? { properties: ['openDirectory', 'multiSelections'] }
        : {
            properties: ['openFile', 'multiSelections'],
            filters: [
              {
                name: 'Articles',
                extensions: [
                  'txt',
                  'md',
                  'markdown',
                  'html',
                  'htm',
                  'xhtml',
                  'mhtml',
                  'mht',
                  'pdf',
                  'docx',
                  'doc',
                  'epub',
                  'odt',
                ],
              },
              { name: 'All files', extensions: ['*'] },
            ],
          };
      const result = main
        ? await dialog.showOpenDialog(main.window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    chooseSavePath: async (defaultName, kind) => {
      const filters =
        kind === 'markdown'
          ? [{ name: 'Markdown', extensions: ['md'] }]
          : [{ name: kind === 'backup' ? 'Gloss backup' : 'JSON', extensions: ['json'] }];
      const options: Electron.SaveDialogOptions = { defaultPath: defaultName, filters };
      const result = main
        ? await dialog.showSaveDialog(main.window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    chooseFolder: async () => {
      const options: Electron.OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'] };
      const result = main
        ? await dialog.showOpenDialog(main.window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseBackupFile: async () => {
      const options: Electron.OpenDialogOptions = {
        properties: ['openFile'],
        filters: [{ name: 'Gloss backup', extensions: ['json'] }],
      };
      const result = main
        ? await dialog.showOpenDialog(main.window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeClipboard: (text) => clipboard.writeText(text),
    openExternal: (url) => void shell.openExternal(url),
    openPath: (path) => shell.openPath(path),
    tempFolder: () => app.getPath('temp'),
    appInfo: () => ({
      version: app.getVersion(),
      platform: process.platform,
      locale: app.getLocale(),
      userDataPath: app.getPath('userData'),
    }),
    closeReady: () => releaseClose?.(),
    takeNotices: async () => {
      const taken = notices;
      notices = [];
      // Told until the person resumes or dismisses it.
      const cutShort = unfinishedImportNotice(await journal.unfinishedImports());
      return cutShort ? [...taken, cutShort] : taken;
    },
    takePendingOpenRequests: () => {
      // The page listens now: menu items chosen while it loaded follow as events.
      for (const command of menuCommands.take()) send('menu:command', command);
      return openRequests.take();
    },
    setLanguage: (next) => {
      language = next;
      installMenu();
    },
    backupFolder: () => join(app.getPath('userData'), 'backups'),
    listFolder: (path) => readdir(path),
    removeFile: (path) => unlink(path),
    ensureFolder: async (path) => void (await mkdir(path, { recursive: true })),
    showDataFolder: () => void shell.openPath(app.getPath('userData')),
    libraryMove,
    sync: {
      store: new SyncSettingsStore(join(app.getPath('userData'), 'sync.json'), safeStorage),
      fetch: fetch,
    },
  });
  registerHandlers(
    {
      handle: (channel, listener) =>
        ipcMain.handle(channel, (event, ...args) => listener(event as CallerEvent, ...args)),
    },
    handlers,
    (url) => main?.isAppUrl(url) ?? false,
  );
  stopImports = () => {
    // Their journal entries stay: the reloaded page offers to resume them.
    journal.abandonActive();
    return importService.cancelAll();
  };
  installMenu();
  createWindow();
  // After the window, which shows the move's progress while the old origin's page exports.
  void libraryMove?.start();
  // The worker loads the extractors on its own thread while the window loads.
  importService.warmUp();
  app.on('before-quit', () => importService.dispose());
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    handleArgv(argv, cwd);
    focusWindow();
  });
  // macOS hands over files and links through events, before and after the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    grants.grant([path]);
    openRequests.push({ kind: 'files', paths: [path] });
    focusWindow();
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    handleGlossUrl(url);
    focusWindow();
  });
  registerGlossProtocol();
  handleArgv(process.argv, process.cwd());
  void app.whenReady().then(() => {
    start();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
