/** The window's security settings and guards, checked on the values the main process passes. */
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  CONTENT_SECURITY_POLICY,
  guardWebContents,
  isSafeExternalUrl,
  makeAppUrlCheck,
} from '../../src-main/app/security';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (...args: any[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  let permissionHandler: Listener | null = null;
  let permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  const contents = {
    on: (event: string, listener: Listener) => void listeners.set(event, listener),
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: 'deny' }) =>
      void (openHandler = handler),
  };
  const session = {
    setPermissionRequestHandler: (handler: Listener | null) => void (permissionHandler = handler),
    setPermissionCheckHandler: (handler: ((...args: unknown[]) => boolean) | null) =>
      void (permissionCheck = handler),
  };
  return {
    contents,
    session,
    navigate(event: string, url: string) {
      const preventDefault = vi.fn();
      listeners.get(event)?.({ preventDefault }, url);
      return preventDefault.mock.calls.length > 0;
    },
    open: (url: string) => openHandler?.({ url }),
    askPermission(permission: string) {
      const callback = vi.fn();
      permissionHandler?.(null, permission, callback);
      return callback.mock.calls[0]?.[0];
    },
    checkPermission: () => permissionCheck?.(),
  };
}

const APP = 'file:///opt/Gloss/resources/app.asar/out/renderer/index.html';

describe('window security', () => {
  it('has a CSP with no eval, no remote sources and no frames, also in the page itself', () => {
    for (const csp of [CONTENT_SECURITY_POLICY, readFileSync('src-renderer/index.html', 'utf8')]) {
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(csp).not.toMatch(/https?:|\*/);
      expect(csp).toMatch(/default-src 'none'/);
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).toMatch(/frame-src 'none'/);
      // The page connects nowhere (sync goes through the main process); on file:// 'self' would
      // match every file on the disk.
      expect(csp).toMatch(/connect-src 'none'/);
    }
  });

  it('has the same policy in the page as in the header of app://gloss', () => {
    const html = readFileSync('src-renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    // frame-ancestors is ignored in a <meta> policy (Chromium warns), so only the header has it.
    const directives = (csp: string) =>
      csp
        .split(';')
        .map((directive) => directive.trim())
        .filter((directive) => directive && !directive.startsWith('frame-ancestors'));
    expect(directives(meta)).toEqual(directives(CONTENT_SECURITY_POLICY));
  });

  it('blocks navigation away from the app and sends web links to the system browser', () => {
    const opened: string[] = [];
    const fake = fakeContents();
    guardWebContents(fake.contents, fake.session, {
      isAppUrl: makeAppUrlCheck(APP),
      openExternal: (url) => opened.push(url),
    });
    expect(fake.navigate('will-navigate', APP)).toBe(false);
    expect(fake.navigate('will-navigate', 'https://example.com/a')).toBe(true);
    expect(fake.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fake.navigate('will-redirect', 'javascript:alert(1)')).toBe(true);
    expect(opened).toEqual(['https://example.com/a']);
  });

  it('denies every new window, opening only http(s) links outside', () => {
    const opened: string[] = [];
    const fake = fakeContents();
    guardWebContents(fake.contents, fake.session, {
      isAppUrl: makeAppUrlCheck(APP),
      openExternal: (url) => opened.push(url),
    });
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(fake.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(fake.open(APP)).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/']);
  });

  it('refuses every permission', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents, fake.session, { isAppUrl: () => true, openExternal: () => undefined });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(fake.askPermission(permission)).toBe(false);
    }
    expect(fake.checkPermission()).toBe(false);
  });

  it('treats only http and https without credentials as external links', () => {
    expect(isSafeExternalUrl('https://github.com/x')).toBe(true);
    expect(isSafeExternalUrl('http://example.org')).toBe(true);
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('https://user:pw@example.org')).toBe(false);
    expect(isSafeExternalUrl('smb://host/share')).toBe(false);
    expect(isSafeExternalUrl('not a url')).toBe(false);
  });

  it('recognises the app page and nothing else', () => {
    const isApp = makeAppUrlCheck(APP);
    expect(isApp(`${APP}#x`)).toBe(true);
    expect(isApp('file:///opt/Gloss/other.html')).toBe(false);
    expect(isApp('https://evil.example/out/renderer/index.html')).toBe(false);
    const dev = makeAppUrlCheck('http://localhost:5173/');
    expect(dev('http://localhost:5173/index.html')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
  });
});
