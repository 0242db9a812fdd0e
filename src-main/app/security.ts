/**
 * Gloss's window security in one place: the webPreferences every window gets, the Content
 * Security Policy, and the guards that keep the window on the app (no navigation away, no new
 * windows, no permissions). Plain functions over small interfaces, so unit tests can check them
 * without Electron.
 */

/** The renderer's Content Security Policy: no remote anything, no eval, no plugins. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // React sets style attributes (positions of virtual lists, toolbars); no remote styles.
  "style-src 'self' 'unsafe-inline'",
  // Images of imported articles are data: URLs made at import; nothing is fetched.
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // The page connects nowhere: sync's requests go through the main process (sync:fetch), and
  // on file:// 'self' would let a script in the page fetch any file on the disk.
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The webPreferences every Gloss window must have; window.ts spells them out with `satisfies`. */
export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  webviewTag: false;
  navigateOnDragDrop: false;
  spellcheck: false;
  safeDialogs: true;
  disableBlinkFeatures: 'Auxclick';
}

/** Only plain web links leave the app, and only to the system browser. */
export function isSafeExternalUrl(url: string): boolean {
  if (url.length > 4096) return false;
  try {
    const parsed = new URL(url);
    return (
      (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

/** Whether a URL is the app's own page (the built index.html, app://gloss/index.html or the dev server). */
export function makeAppUrlCheck(appUrl: string): (url: string) => boolean {
  const app = new URL(appUrl);
  return (url: string) => {
    try {
      const candidate = new URL(url);
      if (app.protocol === 'file:')
        return candidate.protocol === 'file:' && candidate.pathname === app.pathname;
      // A custom scheme's origin reads "null" in Node's URL, the same for every such address:
      // the app's own page is its scheme, host and path.
      if (app.protocol !== 'http:' && app.protocol !== 'https:')
        return (
          candidate.protocol === app.protocol &&
          candidate.host === app.host &&
          candidate.pathname === app.pathname &&
          candidate.username === '' &&
          candidate.password === ''
        );
      return candidate.origin === app.origin;
    } catch {
      return false;
    }
  };
}

interface NavigationEvent {
  preventDefault(): void;
}

/** The part of Electron's WebContents the guards use. */
export interface GuardableWebContents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: NavigationEvent, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: NavigationEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface GuardableSession {
  setPermissionRequestHandler(
    handler:
      ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null,
  ): void;
  setPermissionCheckHandler(handler: ((...args: unknown[]) => boolean) | null): void;
}

/**
 * Keeps a window on the app: navigation elsewhere is blocked (http/https links go to the system
 * browser instead), new windows are denied, webviews never attach, every permission is refused.
 */
export function guardWebContents(
  contents: GuardableWebContents,
  session: GuardableSession,
  options: { isAppUrl: (url: string) => boolean; openExternal: (url: string) => void },
): void {
  const leave = (event: NavigationEvent, url: string) => {
    if (options.isAppUrl(url)) return;
    event.preventDefault();
    if (isSafeExternalUrl(url)) options.openExternal(url);
  };
  contents.on('will-navigate', leave);
  contents.on('will-redirect', leave);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) options.openExternal(url);
    return { action: 'deny' };
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
