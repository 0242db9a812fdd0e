/**
 * `launchGloss()` starts the real built Gloss (out/main, out/preload, out/renderer) for an e2e
 * test: through the Electron shim in Chromium by default, or through Playwright's `_electron`
 * when GLOSS_E2E_ELECTRON=1 and an Electron binary is installed.
 *
 * Keep the name and shape: `{ page, queueDialog(answer), restart(), close() }`.
 */
import { _electron, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DialogAnswer, ShimRecord } from './shim/fake-electron';
import { dropFilesOn, MAIN_BUNDLE, quitShim, REPO_ROOT, startShim, type ShimOptions } from './shim/host';
import { launchInOwnProcess } from './shim/own-process';

export type { DialogAnswer };
export { REPO_ROOT };

export interface LaunchOptions extends ShimOptions {
  /** Reuse a data folder (a "relaunch"); a fresh temporary one by default. */
  userDataDir?: string;
  /**
   * Where Gloss's main process runs: in the test's own process (the default, fastest), or in a
   * Node process of its own that the fault suite can kill (`'own'`, shim only; `record`,
   * `windowOptions` and `secondInstance` are then not available).
   */
  mainProcess?: 'test' | 'own';
}

export interface GlossApp {
  /** The app's window (changes after restart()). */
  readonly page: Page;
  readonly userDataDir: string;
  /** The id of the process that runs Gloss's main process (the test's own by default). */
  readonly mainProcessId: number;
  /** What the fake OS saw: dialogs shown, links opened, clipboard, remote requests. */
  readonly record: ShimRecord;
  /** The options the app passed to its window's BrowserWindow constructor. */
  readonly windowOptions: { webPreferences?: Record<string, unknown> };
  /** The answer the next file dialog gets. */
  queueDialog(answer: DialogAnswer): void;
  /** Clicks an app-menu item, e.g. clickMenu('File', 'Import Files…'). */
  clickMenu(...labels: string[]): void;
  /** A second launch of Gloss with these arguments (single-instance hand-over). */
  secondInstance(args: string[]): void;
  /** Drops files from disk onto the window, as a person dragging them from a file manager. */
  dropFiles(paths: string[]): Promise<void>;
  /**
   * Resolves with the window's page once the app has loaded it again after its renderer crashed
   * (the main process's render-process-gone handler); ask before the crash.
   */
  reloadedPage(): Promise<Page>;
  /** Quit and launch again on the same data folder; resolves with the new window. */
  restart(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchGloss(options: LaunchOptions = {}): Promise<GlossApp> {
  if (process.env.GLOSS_E2E_ELECTRON === '1') return launchRealElectron(options);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'gloss-e2e-'));
  if (options.mainProcess === 'own') return launchInOwnProcess(options, userDataDir);
  let running = await startShim(options, userDataDir);
  const quit = () => quitShim(running);

  return {
    get page() {
      return running.page;
    },
    userDataDir,
    mainProcessId: process.pid,
    async reloadedPage() {
      const page = await running.fake.nextPage();
      running = { ...running, page };
      return page;
    },
    get record() {
      return running.fake.record;
    },
    get windowOptions() {
      return running.fake.windows[0]?.options ?? {};
    },
    queueDialog(answer) {
      running.fake.dialogQueue.push(answer);
    },
    clickMenu(...labels) {
      running.fake.clickMenu(labels);
    },
    secondInstance(args) {
      running.fake.appEvents.emit(
        'second-instance',
        { preventDefault: () => undefined },
        ['electron', MAIN_BUNDLE, ...args],
        process.cwd(),
      );
    },
    async dropFiles(paths) {
      await dropFilesOn(running.page, paths);
    },
    async restart() {
      await quit();
      running = await startShim({ ...options, args: [] }, userDataDir);
      return running.page;
    },
    async close() {
      await quit();
    },
  };
}

let warnedNoElectron = false;

/** The installed Electron binary, found without require('electron') (which would download it). */
function electronBinary(): string | null {
  const dir = join(REPO_ROOT, 'node_modules/electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/**
 * The same specs on the real Electron binary (GLOSS_E2E_ELECTRON=1). Dialog answers and menu
 * clicks go through the real main process; what only the shim can observe (remote requests,
 * dropped files, a second instance) makes that spec skip with a message.
 */
async function launchRealElectron(options: LaunchOptions): Promise<GlossApp> {
  const binary = electronBinary();
  if (!binary && !warnedNoElectron) {
    warnedNoElectron = true;
    console.warn(
      'GLOSS_E2E_ELECTRON=1: the Electron binary is not installed, so every spec is skipped (run `npx install-electron` where the internet is reachable).',
    );
  }
  test.skip(
    !binary,
    'The Electron binary is not installed (run `npx install-electron` where the internet is reachable); these specs ran through the shim instead.',
  );
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'gloss-e2e-'));
  let app: ElectronApplication;
  let page: Page;
  const start = async (args: string[]) => {
    app = await _electron.launch({
      executablePath: binary!,
      args: [REPO_ROOT, ...args],
      env: { ...process.env, ...options.env, GLOSS_USER_DATA_DIR: userDataDir } as Record<string, string>,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await app.evaluate(({ dialog }) => {
      const queue: unknown[] = [];
      (globalThis as unknown as { __glossDialogs: unknown[] }).__glossDialogs = queue;
      const next = async () => queue.shift() ?? { canceled: true, filePaths: [], filePath: '' };
      dialog.showOpenDialog = next as unknown as typeof dialog.showOpenDialog;
      dialog.showSaveDialog = next as unknown as typeof dialog.showSaveDialog;
    });
  };
  await start(options.args ?? []);
  const unsupported = (what: string) => () => {
    test.skip(true, `${what} is observed only through the shim.`);
    throw new Error('unreachable');
  };
  return {
    get page() {
      return page;
    },
    userDataDir,
    get mainProcessId() {
      return app.process().pid ?? 0;
    },
    get record(): ShimRecord {
      return unsupported('What the app sent outside the window')();
    },
    get windowOptions() {
      return unsupported('The window options')();
    },
    queueDialog(answer) {
      const value =
        'filePaths' in answer
          ? { canceled: false, ...answer }
          : 'filePath' in answer
            ? { canceled: false, ...answer }
            : answer;
      void app.evaluate(
        (_electron, queued) =>
          void (globalThis as unknown as { __glossDialogs: unknown[] }).__glossDialogs.push(queued),
        value,
      );
    },
    clickMenu(...labels) {
      void app.evaluate(({ Menu }, path) => {
        let items = Menu.getApplicationMenu()?.items ?? [];
        let found: Electron.MenuItem | undefined;
        for (const label of path) {
          found = items.find((item) => item.label === label);
          items = found?.submenu?.items ?? [];
        }
        found?.click();
      }, labels);
    },
    secondInstance: unsupported('A second instance'),
    dropFiles: unsupported('Dropping files'),
    reloadedPage: unsupported('Following a crashed page to its reload'),
    async restart() {
      await app.close();
      await start([]);
      return page;
    },
    async close() {
      await app.close();
    },
  };
}
