/**
 * A stand-in for Electron's native layer, so the e2e suite runs Gloss's real built main process
 * (in this Node process), real preload and real renderer (in Chromium) where the Electron binary
 * cannot be installed. Each BrowserWindow is a Playwright page; IPC goes through one binding.
 *
 * What it cannot do is isolate worlds or sandbox the renderer: those settings are checked by
 * unit tests on the webPreferences the main process passes.
 */
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { encodeForPage } from './wire';
import { CHROMIUM_ARGS } from './chromium';

export type DialogAnswer =
  { canceled: true } | { canceled?: false; filePaths: string[] } | { canceled?: false; filePath: string };

export interface ShimRecord {
  dialogs: { kind: string; options: unknown }[];
  openedExternally: string[];
  openedPaths: string[];
  clipboard: string;
  /** Every request the page made that left the app (http, https, ws…). */
  remoteRequests: string[];
  /** Navigations the app's guards blocked. */
  blockedNavigations: string[];
  /** Windows the app denied. */
  deniedWindows: string[];
}

interface MenuItem {
  label?: string;
  role?: string;
  click?: () => void;
  submenu?: MenuItem[];
}

type IpcListener = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => unknown;

/**
 * Playwright cannot register a privileged scheme in Chromium, so the shim imitates Gloss's
 * `app://gloss` on a made-up host that no network request ever reaches: the window loads
 * http://gloss.localhost/…, and app.ts answers every request there with the app's own
 * protocol.handle handler, called with the app:// address. IPC senders and the window's address
 * are translated back, so the main process sees app:// as it would in Electron. What the
 * imitation cannot show: the scheme's privileges in Chromium, and the file-protocol fuse.
 */
export const APP_SCHEME_IMITATION = { app: 'app://gloss/', imitation: 'http://gloss.localhost/' } as const;

export function toImitation(url: string): string {
  return url.startsWith(APP_SCHEME_IMITATION.app)
    ? APP_SCHEME_IMITATION.imitation + url.slice(APP_SCHEME_IMITATION.app.length)
    : url;
}

export function fromImitation(url: string): string {
  return url.startsWith(APP_SCHEME_IMITATION.imitation)
    ? APP_SCHEME_IMITATION.app + url.slice(APP_SCHEME_IMITATION.imitation.length)
    : url;
}

export class FakeElectron {
  readonly record: ShimRecord = {
    dialogs: [],
    openedExternally: [],
    openedPaths: [],
    clipboard: '',
    remoteRequests: [],
    blockedNavigations: [],
    deniedWindows: [],
  };
  readonly dialogQueue: DialogAnswer[] = [];
  readonly handlers = new Map<string, IpcListener>();
  readonly windows: FakeBrowserWindow[] = [];
  menuTemplate: MenuItem[] = [];
  readonly appEvents = new EventEmitter();
  /** Handlers the app registered with protocol.handle, by scheme. */
  readonly protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  /** Schemes the app registered as privileged, as it passed them. */
  readonly privilegedSchemes: unknown[] = [];
  private readyResolve!: () => void;
  private readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve));
  private readonly paths: Record<string, string>;
  private pageWaiters: ((page: Page) => void)[] = [];

  constructor(
    readonly context: BrowserContext,
    userDataDir: string,
    readonly locale = 'en-US',
    /** The page-side script for the preload a window names (app.ts wraps the built bundle). */
    readonly preloadFor: (preloadPath: string | undefined) => string = () => '',
  ) {
    this.paths = {
      userData: userDataDir,
      appData: userDataDir,
      temp: userDataDir,
      home: userDataDir,
      documents: userDataDir,
    };
  }

  /** Called once the main bundle has loaded: Electron would now emit 'ready'. */
  markReady(): void {
    this.readyResolve();
  }

  /**
   * The page of the app's window, the next time the app loads its page into it: at start, and
   * after the page crashed and was reloaded.
   */
  nextPage(): Promise<Page> {
    return new Promise((resolve) => this.pageWaiters.push(resolve));
  }

  pageCreated(page: Page): void {
    const waiters = this.pageWaiters;
    this.pageWaiters = [];
    waiters.forEach((resolve) => resolve(page));
  }

  /** Runs an IPC call from the page as Electron would: through the registered handler. */
  async invoke(channel: string, senderUrl: string, args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame: { url: fromImitation(senderUrl) } }, ...args);
  }

  nextDialog(kind: string, options: unknown): DialogAnswer {
    this.record.dialogs.push({ kind, options });
    return this.dialogQueue.shift() ?? { canceled: true };
  }

  clickMenu(labels: string[]): void {
    let items = this.menuTemplate;
    let found: MenuItem | undefined;
    for (const label of labels) {
      found = items.find((item) => item.label === label);
      if (!found)
        throw new Error(`No menu item '${label}' (have: ${items.map((i) => i.label ?? i.role).join(', ')})`);
      items = found.submenu ?? [];
    }
    if (!found?.click) throw new Error(`Menu item '${labels.join(' → ')}' has no action`);
    found.click();
  }

  /** The module object `require('electron')` returns to the app. */
  modules(): Record<string, unknown> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const shim = this;
    const app = Object.assign(this.appEvents, {
      isPackaged: false,
      whenReady: () => shim.ready,
      isReady: () => true,
      getPath: (name: string) => shim.paths[name] ?? shim.paths.userData,
      setPath: (name: string, value: string) => void (shim.paths[name] = value),
      getLocale: () => shim.locale,
      getVersion: () => '0.1.0',
      getName: () => 'Gloss',
      requestSingleInstanceLock: () => true,
      isDefaultProtocolClient: () => false,
      setAsDefaultProtocolClient: () => true,
      quit: () => void shim.appEvents.emit('before-quit'),
      focus: () => undefined,
      commandLine: {
        // Chromium is already running: it was started with the app's switches (chromium.ts).
        appendSwitch: (name: string, value?: string) => {
          if (!CHROMIUM_ARGS.includes(value === undefined ? `--${name}` : `--${name}=${value}`))
            throw new Error(`The shim's Chromium was not started with --${name}=${value ?? ''}`);
        },
      },
    });
    class BrowserWindow extends FakeBrowserWindow {
      constructor(options: FakeWindowOptions) {
        super(shim, options);
      }
      static getAllWindows() {
        return shim.windows.filter((w) => !w.destroyed);
      }
    }
    return {
      app,
      BrowserWindow,
      ipcMain: {
        handle: (channel: string, listener: IpcListener) => void shim.handlers.set(channel, listener),
        removeHandler: (channel: string) => void shim.handlers.delete(channel),
        on: () => undefined,
      },
      dialog: {
        showOpenDialog: async (...args: unknown[]) => {
          const answer = shim.nextDialog('open', args[args.length - 1]);
          return 'filePaths' in answer
            ? { canceled: false, filePaths: answer.filePaths }
            : { canceled: true, filePaths: [] };
        },
        showSaveDialog: async (...args: unknown[]) => {
          const answer = shim.nextDialog('save', args[args.length - 1]);
          return 'filePath' in answer
            ? { canceled: false, filePath: answer.filePath }
            : { canceled: true, filePath: '' };
        },
        showMessageBox: async () => ({ response: 0 }),
        showErrorBox: () => undefined,
      },
      Menu: {
        buildFromTemplate: (template: MenuItem[]) => ({ template }),
        setApplicationMenu: (menu: { template: MenuItem[] } | null) =>
          void (shim.menuTemplate = menu?.template ?? []),
      },
      shell: {
        openExternal: async (url: string) => void shim.record.openedExternally.push(url),
        openPath: async (path: string) => {
          shim.record.openedPaths.push(path);
          return '';
        },
        showItemInFolder: (path: string) => void shim.record.openedPaths.push(path),
      },
      clipboard: {
        writeText: (text: string) => void (shim.record.clipboard = text),
        readText: () => shim.record.clipboard,
      },
      nativeTheme: { shouldUseDarkColors: false, on: () => undefined },
      // Stands in for the OS keychain: sealed text is reversible here, but never plain on disk.
      safeStorage: {
        isEncryptionAvailable: () => true,
        encryptString: (text: string) => Buffer.from(`fake-sealed:${Buffer.from(text).toString('base64')}`),
        decryptString: (sealed: Buffer) => {
          const text = sealed.toString();
          if (!text.startsWith('fake-sealed:')) throw new Error('Not sealed by this safe storage.');
          return Buffer.from(text.slice('fake-sealed:'.length), 'base64').toString();
        },
      },
      protocol: {
        registerSchemesAsPrivileged: (schemes: unknown[]) => void shim.privilegedSchemes.push(...schemes),
        handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
          void shim.protocolHandlers.set(scheme, handler),
      },
    };
  }
}

interface FakeWindowOptions {
  webPreferences?: Record<string, unknown>;
  show?: boolean;
}

export class FakeBrowserWindow extends EventEmitter {
  page: Page | null = null;
  destroyed = false;
  readonly webContents: FakeWebContents;
  private pageReady: Promise<Page>;
  /** The address the app last loaded, and whether the page's renderer crashed since. */
  private url = '';
  crashed = false;

  constructor(
    readonly shim: FakeElectron,
    readonly options: FakeWindowOptions,
  ) {
    super();
    shim.windows.push(this);
    this.webContents = new FakeWebContents(this);
    this.pageReady = this.attach(
      shim.context.pages().find((p) => !shim.windows.some((w) => w !== this && w.page === p)) ?? null,
    );
  }

  /** Makes `existing` (or a new tab) the window's page, with its preload, crash and close watched. */
  private async attach(existing: Page | null): Promise<Page> {
    const page = existing ?? (await this.shim.context.newPage());
    this.page = page;
    this.crashed = false;
    // Electron runs the preload this window names; the shim adds it to the window's page.
    await page.addInitScript({
      content: this.shim.preloadFor(this.options.webPreferences?.preload as string | undefined),
    });
    // Chromium's crash of the page's renderer is Electron's render-process-gone.
    page.on('crash', () => {
      if (this.page !== page) return;
      this.crashed = true;
      this.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 0 });
    });
    page.on('close', () => {
      if (this.destroyed || this.page !== page) return;
      this.destroyed = true;
      this.emit('closed');
    });
    return page;
  }

  /**
   * webContents.reload(). Electron reloads a crashed page in the same window with a new renderer
   * process; a Playwright page that crashed stays crashed, so the shim gives the window a new tab
   * on the same address (same profile and origin: the same IndexedDB) and closes the crashed one.
   * The main process keeps its state either way.
   */
  async reload(): Promise<void> {
    if (!this.crashed) {
      this.webContents.emit('did-start-loading');
      await this.page?.reload();
      this.webContents.emit('did-finish-load');
      return;
    }
    const crashedPage = this.page;
    this.pageReady = this.attach(null);
    await this.loadURL(this.url);
    await crashedPage?.close().catch(() => undefined);
  }

  async loadURL(url: string): Promise<void> {
    const page = await this.pageReady;
    this.url = url;
    this.webContents.emit('did-start-loading');
    await page.goto(toImitation(url));
    // The app's window is the first it creates; a hidden helper window is not "the page".
    if (this === this.shim.windows[0]) this.shim.pageCreated(page);
    this.emit('ready-to-show');
    this.webContents.emit('did-finish-load');
  }

  async loadFile(path: string): Promise<void> {
    return this.loadURL(pathToFileURL(path).href);
  }

  show(): void {}
  focus(): void {}
  maximize(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  isMaximized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getBounds() {
    return { x: 0, y: 0, width: 1280, height: 820 };
  }
  setTitle(): void {}

  private markClosed: () => void = () => undefined;
  private readonly closedOnce = new Promise<void>((resolve) => (this.markClosed = resolve));

  /**
   * Closing the window as the person would: 'close' (which the app may prevent, to finish its
   * work and close again), then 'closed'.
   */
  async close(): Promise<void> {
    if (this.destroyed) return;
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) {
      await Promise.race([this.closedOnce, new Promise((resolve) => setTimeout(resolve, 5000))]);
      return;
    }
    this.destroyed = true;
    await this.page?.close({ runBeforeUnload: true }).catch(() => undefined);
    this.emit('closed');
    this.markClosed();
  }
}

class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly session = {
    permissionRequestHandler: null as unknown,
    permissionCheckHandler: null as unknown,
    setPermissionRequestHandler: (handler: unknown) => void (this.session.permissionRequestHandler = handler),
    setPermissionCheckHandler: (handler: unknown) => void (this.session.permissionCheckHandler = handler),
    webRequest: { onHeadersReceived: () => undefined },
  };

  constructor(private readonly window: FakeBrowserWindow) {
    super();
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  /** main → renderer event, delivered to the preload's listeners in the page. */
  send(channel: string, payload: unknown): void {
    const page = this.window.page;
    if (!page || page.isClosed()) return;
    void page
      .evaluate(
        ([c, p]) =>
          (window as unknown as { __glossShimEmit?: (c: string, p: unknown) => void }).__glossShimEmit?.(
            c,
            p,
          ),
        [channel, encodeForPage(payload)] as const,
      )
      .catch(() => undefined);
  }

  reload(): void {
    void this.window.reload().catch((error: unknown) => console.error('The window could not reload:', error));
  }

  setZoomLevel(): void {}
  getZoomLevel(): number {
    return 0;
  }
  openDevTools(): void {}
  getURL(): string {
    return fromImitation(this.window.page?.url() ?? '');
  }

  /** Asks the app's will-navigate listeners, as Electron would before leaving the page. */
  allowsNavigation(url: string): boolean {
    let prevented = false;
    this.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
    return !prevented;
  }
}
