/**
 * The host side of the e2e shim: starts Chromium with a persistent profile, puts the fake
 * Electron (fake-electron.ts) in front of it, and loads Gloss's built main process into the
 * Node process that calls it — the test process itself, or (for the fault suite) a process of
 * its own (main-process.ts), so that killing it kills Gloss's main process.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { APP_SCHEME_IMITATION, FakeElectron, fromImitation, type DialogAnswer } from './fake-electron';
import { encodeForPage, PAGE_DECODER } from './wire';

export type { DialogAnswer };

export const REPO_ROOT = resolve(__dirname, '../../..');
/** The build under test: out/, or GLOSS_OUT_DIR when the build was made elsewhere. */
const OUT_DIR = resolve(REPO_ROOT, process.env.GLOSS_OUT_DIR ?? 'out');
export const MAIN_BUNDLE = join(OUT_DIR, 'main/index.js');
const PRELOAD_BUNDLE = join(OUT_DIR, 'preload/index.js');
const STUB = join(__dirname, 'electron-stub.cjs');

/** What a launch of the shim needs to know (a part of app.ts's LaunchOptions). */
export interface ShimOptions {
  /** Environment variables set while the main process loads. */
  env?: Record<string, string>;
  /** Extra command-line arguments, as a launch with files would pass them. */
  args?: string[];
  /** The OS locale the app sees (default en-US). */
  locale?: string;
  /** Window size. */
  viewport?: { width: number; height: number };
}

export interface RunningShim {
  context: BrowserContext;
  fake: FakeElectron;
  page: Page;
}

let resolverInstalled = false;

/** `require('electron')` from the app's out/ bundles gets the fake; everything else is untouched. */
function installElectronResolver(): void {
  if (resolverInstalled) return;
  resolverInstalled = true;
  const moduleWithResolve = Module as unknown as {
    _resolveFilename: (
      request: string,
      parent: { filename?: string } | undefined,
      ...rest: unknown[]
    ) => string;
  };
  const original = moduleWithResolve._resolveFilename;
  moduleWithResolve._resolveFilename = function (request, parent, ...rest) {
    if (request === 'electron' && parent?.filename?.startsWith(OUT_DIR)) return STUB;
    return original.call(this, request, parent, ...rest);
  };
}

function clearAppModules(): void {
  for (const key of Object.keys(require.cache))
    if (key.startsWith(OUT_DIR) || key === STUB) delete require.cache[key];
}

/**
 * A preload bundle (the window's, or the one another window names), wrapped so its
 * require('electron') gets a page-side contextBridge and ipcRenderer.
 */
function preloadScript(bundlePath: string = PRELOAD_BUNDLE): string {
  const bundle = readFileSync(resolve(bundlePath).startsWith(OUT_DIR) ? bundlePath : PRELOAD_BUNDLE, 'utf8');
  return `(() => {
  // Functions the specs pass to page.evaluate are compiled by esbuild (tsx), which may wrap
  // them in its __name helper; give the page a no-op one.
  globalThis.__name = globalThis.__name || ((fn) => fn);
  ${PAGE_DECODER}
  window.__glossShimDecode = __glossDecode;
  const listeners = new Map();
  const filePaths = new WeakMap();
  window.__glossShimFilePaths = filePaths;
  window.__glossShimEmit = (channel, payload) => {
    const decoded = __glossDecode(payload);
    for (const listener of listeners.get(channel) || []) listener({ sender: null }, decoded);
  };
  const electron = {
    contextBridge: { exposeInMainWorld: (key, api) => { Object.defineProperty(window, key, { value: Object.freeze(api) }); } },
    ipcRenderer: {
      invoke: (channel, ...args) => window.__glossShimInvoke(channel, args).then(__glossDecode),
      on: (channel, listener) => { if (!listeners.has(channel)) listeners.set(channel, new Set()); listeners.get(channel).add(listener); },
      removeListener: (channel, listener) => { listeners.get(channel)?.delete(listener); },
    },
    webUtils: { getPathForFile: (file) => filePaths.get(file) || '' },
  };
  const module = { exports: {} };
  const require = (name) => { if (name === 'electron') return electron; throw new Error('preload may not require ' + name); };
  (function (exports, require, module) {
${bundle}
  })(module.exports, require, module);
})();`;
}

/**
 * Starts Chromium and the app's main process on `userDataDir`; resolves once the app's window
 * has loaded its page. `chromiumArgs` are added to the shim's own.
 */
export async function startShim(
  options: ShimOptions,
  userDataDir: string,
  chromiumArgs: string[] = [],
): Promise<RunningShim> {
  installElectronResolver();
  const context: BrowserContext = await chromium.launchPersistentContext(
    join(userDataDir, 'chromium-profile'),
    {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS, ...chromiumArgs],
      headless: process.env.GLOSS_HEADED !== '1',
      viewport: options.viewport ?? { width: 1360, height: 860 },
      locale: options.locale ?? 'en-US',
      acceptDownloads: false,
    },
  );
  const fake = new FakeElectron(context, userDataDir, options.locale ?? 'en-US', (path) =>
    preloadScript(path),
  );
  await context.exposeBinding('__glossShimInvoke', async (source, channel: string, args: unknown[]) =>
    encodeForPage(await fake.invoke(channel, source.frame.url(), args)),
  );
  // A page the app did not create is a window.open(): ask the app's window-open handler, as
  // Electron would, and close it when denied.
  const handledPopups = new WeakSet<Page>();
  const popupUrls: string[] = [];
  const handleNewWindow = (page: Page, url: string) => {
    if (handledPopups.has(page) || fake.windows.some((w) => w.page === page)) return;
    handledPopups.add(page);
    const handler = fake.windows[0]?.webContents.windowOpenHandler;
    if (!handler || handler({ url }).action === 'deny') {
      fake.record.deniedWindows.push(url);
      void page.close().catch(() => undefined);
    }
  };
  // Nothing leaves the machine: record and refuse every remote request, ask the app's guards
  // about navigations as Electron's will-navigate would.
  await context.route(/^(https?|wss?|ftp):/, (route) => {
    const request = route.request();
    fake.record.remoteRequests.push(request.url());
    if (request.isNavigationRequest()) {
      let page: Page | null = null;
      try {
        page = request.frame().page();
      } catch {
        // A window.open() navigation starts before Playwright knows its frame.
      }
      const appWindow = fake.windows.find((w) => w.page === page);
      if (!page) popupUrls.push(request.url());
      else if (!appWindow) handleNewWindow(page, request.url());
      else if (
        request.frame() === page.mainFrame() &&
        !appWindow.webContents.allowsNavigation(request.url())
      ) {
        fake.record.blockedNavigations.push(request.url());
        return route.fulfill({ status: 204 });
      }
    }
    return route.abort('blockedbyclient');
  });
  await context.route(/^file:/, (route) => {
    const request = route.request();
    const window = fake.windows[0];
    if (
      request.isNavigationRequest() &&
      request.frame() === request.frame().page().mainFrame() &&
      window?.page === request.frame().page()
    ) {
      const current = window.page.url();
      if (
        current.startsWith('file:') &&
        request.url() !== current &&
        !window.webContents.allowsNavigation(request.url())
      ) {
        fake.record.blockedNavigations.push(request.url());
        // 204 No Content: the browser stays on the page, as a prevented will-navigate does.
        return route.fulfill({ status: 204 });
      }
    }
    return route.continue();
  });
  // The imitation of app://gloss (fake-electron.ts): answered by the app's own protocol handler.
  // Registered last, so it comes before the refusal of http requests above.
  await context.route(
    (url) => url.href.startsWith(APP_SCHEME_IMITATION.imitation),
    async (route) => {
      const request = route.request();
      const handler = fake.protocolHandlers.get('app');
      if (!handler) return route.abort('blockedbyclient');
      const window = fake.windows[0];
      if (
        request.isNavigationRequest() &&
        window?.page === request.frame().page() &&
        request.frame() === window.page.mainFrame() &&
        window.page.url() !== 'about:blank' &&
        !window.webContents.allowsNavigation(fromImitation(request.url()))
      ) {
        fake.record.blockedNavigations.push(request.url());
        return route.fulfill({ status: 204 });
      }
      const response = await handler(new Request(fromImitation(request.url()), { method: request.method() }));
      return route.fulfill({
        status: response.status,
        headers: Object.fromEntries(response.headers.entries()),
        body: Buffer.from(await response.arrayBuffer()),
      });
    },
  );
  context.on('page', (page) => {
    setTimeout(() => {
      if (!fake.windows.some((w) => w.page === page)) handleNewWindow(page, popupUrls.shift() ?? page.url());
    }, 500);
  });

  (globalThis as { __glossFakeElectron?: unknown }).__glossFakeElectron = fake.modules();
  const savedEnv: Record<string, string | undefined> = {};
  const env = { ...options.env, GLOSS_USER_DATA_DIR: userDataDir };
  for (const [key, value] of Object.entries(env)) {
    savedEnv[key] = process.env[key];
    process.env[key] = value;
  }
  const savedArgv = process.argv;
  process.argv = ['electron', MAIN_BUNDLE, ...(options.args ?? [])];
  try {
    clearAppModules();
    // The app's main bundle is CommonJS and must load fresh on every launch.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(MAIN_BUNDLE);
  } finally {
    process.argv = savedArgv;
    for (const [key, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  fake.markReady();
  const page = await fake.nextPage();
  await page.waitForLoadState('domcontentloaded');
  return { context, fake, page };
}

/** Quits the running app as the person would (windows closed, quit events), then the browser. */
export async function quitShim({ fake, context }: RunningShim): Promise<void> {
  fake.appEvents.emit('before-quit', { preventDefault: () => undefined });
  for (const window of fake.windows) await window.close();
  fake.appEvents.emit('window-all-closed');
  fake.appEvents.emit('will-quit', { preventDefault: () => undefined });
  await context.close();
}

/** Drops files from disk onto the window, as a person dragging them from a file manager. */
export async function dropFilesOn(page: Page, paths: string[]): Promise<void> {
  const files = paths.map((path) => ({
    path,
    name: path.replace(/^.*[\\/]/, ''),
    data: [...readFileSync(path)],
  }));
  // As a person does: drag over the window until it shows that letting go imports (the window
  // may still be starting), then let go.
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    const registry = (window as unknown as { __glossShimFilePaths: WeakMap<File, string> })
      .__glossShimFilePaths;
    for (const item of list) {
      const file = new File([new Uint8Array(item.data)], item.name);
      registry.set(file, item.path);
      transfer.items.add(file);
    }
    (window as unknown as { __glossShimDrag: DataTransfer }).__glossShimDrag = transfer;
  }, files);
  const drag = (types: string[]) =>
    page.evaluate((names) => {
      const transfer = (window as unknown as { __glossShimDrag: DataTransfer }).__glossShimDrag;
      const target =
        document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2) ?? document.body;
      for (const type of names) {
        target.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
        );
      }
    }, types);
  const overlay = page.locator('.drop-overlay');
  for (let tries = 0; ; tries++) {
    await drag(['dragenter', 'dragover']);
    try {
      await overlay.waitFor({ state: 'visible', timeout: 1000 });
      break;
    } catch (error) {
      if (tries >= 20) throw error;
      await drag(['dragleave']);
    }
  }
  await drag(['drop']);
}
