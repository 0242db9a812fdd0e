/**
 * Gloss's own scheme: which addresses name a file of the renderer folder, the handler's answers
 * on a real folder (symbolic links out of it, traversal in every spelling, MIME types, the CSP
 * header), and the navigation lock on the new origin.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, mimeTypeOf, resolveAppPath } from '../../src-shared/app-scheme';
import { answerAppRequest, appSchemeEnabled } from '../../src-main/app/app-protocol';
import { CONTENT_SECURITY_POLICY, makeAppUrlCheck } from '../../src-main/app/security';

const at = (url: string) => resolveAppPath(new URL(url));

describe('resolveAppPath', () => {
  it('names files of the folder, with the index page for the bare origin', () => {
    expect(at('app://gloss/')).toEqual({
      ok: true,
      relativePath: 'index.html',
      mimeType: 'text/html; charset=utf-8',
    });
    expect(at('app://gloss/index.html?x=1#y')).toMatchObject({ ok: true, relativePath: 'index.html' });
    expect(at('app://gloss/assets/index-Ab_c-1.js')).toEqual({
      ok: true,
      relativePath: 'assets/index-Ab_c-1.js',
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(at('app://gloss/assets/a%2Db.css')).toMatchObject({ ok: true, relativePath: 'assets/a-b.css' });
  });

  it('refuses other hosts and schemes', () => {
    expect(at('app://other/index.html')).toMatchObject({ ok: false, status: 404 });
    expect(at('app://gloss.evil/index.html')).toMatchObject({ ok: false });
    expect(at('file:///index.html')).toMatchObject({ ok: false });
    expect(at('https://gloss/index.html')).toMatchObject({ ok: false });
  });

  it('refuses traversal however it is spelled', () => {
    for (const path of [
      '/%2e%2e/%2e%2e/etc/passwd.txt',
      '/assets/%2E%2E/%2E%2E/main/index.js',
      '/..%2f..%2fpackage.json',
      '/assets%2f..%2f..%2fx.js',
      '/..%5c..%5cx.js',
      '/assets/%00.js',
      '/%',
      '/.hidden.json',
      '/assets//index.js',
      '/C:%5Cwindows%5Cwin.ini',
    ]) {
      expect(resolveAppPath({ protocol: 'app:', host: 'gloss', pathname: path }).ok, path).toBe(false);
    }
  });

  it('sends known types only', () => {
    expect(mimeTypeOf('a.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('A.PNG')).toBe('image/png');
    expect(mimeTypeOf('Makefile')).toBeNull();
    expect(at('app://gloss/run.sh')).toMatchObject({ ok: false, status: 404 });
  });
});

describe('answerAppRequest', () => {
  const base = mkdtempSync(join(tmpdir(), 'gloss-app-scheme-'));
  const folder = join(base, 'renderer');
  mkdirSync(join(folder, 'assets'), { recursive: true });
  writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Gloss</title>');
  writeFileSync(join(folder, 'assets/app.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'outside');
  symlinkSync(join(base, 'secret.txt'), join(folder, 'assets/link.txt'));
  mkdirSync(join(folder, 'assets/dir.js'));
  const get = (url: string, method = 'GET') => answerAppRequest({ url, method }, folder);

  it('serves the page with its type and the CSP header', async () => {
    const page = await get(APP_INDEX_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Gloss</title>');
    const script = await get('app://gloss/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('refuses a symbolic link out of the folder, folders, missing files and traversal', async () => {
    expect((await get('app://gloss/assets/link.txt')).status).toBe(404);
    expect((await get('app://gloss/assets/dir.js')).status).toBe(404);
    expect((await get('app://gloss/assets/none.js')).status).toBe(404);
    expect((await get('app://gloss/%2e%2e/secret.txt')).status).toBe(404);
    // The URL parser itself removes a plain `..`: what remains is looked up inside the folder.
    const dotted = await get('app://gloss/assets/../../secret.txt');
    expect(dotted.status).toBe(404);
    expect(await dotted.text()).not.toContain('outside');
  });

  it('answers GET and HEAD only', async () => {
    expect((await get(APP_INDEX_URL, 'POST')).status).toBe(405);
    const head = await get(APP_INDEX_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('is off unless GLOSS_APP_SCHEME=1', () => {
    expect(appSchemeEnabled({})).toBe(false);
    expect(appSchemeEnabled({ GLOSS_APP_SCHEME: '0' })).toBe(false);
    expect(appSchemeEnabled({ GLOSS_APP_SCHEME: '1' })).toBe(true);
  });
});

describe('the navigation lock on app://gloss', () => {
  const isApp = makeAppUrlCheck(APP_INDEX_URL);

  it('accepts the app’s own page only', () => {
    expect(isApp('app://gloss/index.html')).toBe(true);
    expect(isApp('app://gloss/index.html#article')).toBe(true);
    expect(isApp('app://gloss/assets/app.js')).toBe(false);
    expect(isApp('app://other/index.html')).toBe(false);
    // Node's URL gives every custom scheme the origin "null": none of these may pass for the app.
    expect(isApp('evil://gloss/index.html')).toBe(false);
    expect(isApp('gloss://article/1')).toBe(false);
    expect(isApp('app://user:pw@gloss/index.html')).toBe(false);
    expect(isApp('file:///index.html')).toBe(false);
    expect(isApp('https://gloss/index.html')).toBe(false);
  });
});
