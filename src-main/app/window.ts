/**
 * Creates Gloss's one window with the secure preferences and guards from security.ts, and
 * remembers its size and position between launches.
 */
import { BrowserWindow, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { guardWebContents, makeAppUrlCheck, type SecureWebPreferences } from './security';
import type { WindowState } from './window-state';
import { APP_INDEX_URL } from '../../src-shared/app-scheme';
import { appSchemeEnabled } from './app-protocol';

export interface MainWindow {
  window: BrowserWindow;
  isAppUrl(url: string): boolean;
}

/**
 * Where the renderer lives: the dev server during `npm run dev`, else the built files, from
 * app://gloss when that is on (docs/security.md) or from file://.
 */
export function rendererUrl(appScheme = appSchemeEnabled()): string {
  const devServer = process.env.ELECTRON_RENDERER_URL;
  if (devServer && !process.env.GLOSS_PACKAGED_RENDERER) return devServer;
  if (appScheme) return APP_INDEX_URL;
  return pathToFileURL(join(__dirname, '../renderer/index.html')).href;
}

/**
 * The settings every Gloss window's page runs with (the app's window and the hidden one that
 * reads the old origin's library, old-origin-export.ts): spelled out as literal values in this
 * one place, not computed, so reviewers see them, and checked against SecureWebPreferences.
 * Each window spreads them and adds its own preload.
 */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true,
  disableBlinkFeatures: 'Auxclick',
} as const satisfies Omit<SecureWebPreferences, 'preload'>;

export function createMainWindow(state: WindowState, options: { appScheme: boolean }): MainWindow {
  const window = new BrowserWindow({
    width: state.width,
    height: state.height,
    x: state.x,
    y: state.y,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Gloss',
    backgroundColor: '#fbfaf7',
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      preload: join(__dirname, '../preload/index.js'),
    } satisfies SecureWebPreferences,
  });
  const url = rendererUrl(options.appScheme);
  const isAppUrl = makeAppUrlCheck(url);
  guardWebContents(window.webContents, window.webContents.session, {
    isAppUrl,
    openExternal: (target) => void shell.openExternal(target),
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  // A load cut short (the window closed, its renderer gone) rejects; the renderer-recovery
  // handler deals with a crashed page, so here the failure is only reported.
  window
    .loadURL(url)
    .catch((error: unknown) => console.warn(`Gloss's window did not finish loading: ${String(error)}`));
  return { window, isAppUrl };
}
