/**
 * Security as the running app shows it: the window's preferences, a hostile saved page read
 * without running anything or touching the network, navigation and new windows refused.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchGloss, REPO_ROOT, type GlossApp } from './app';

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A page saved with its folder ("Save page, complete"): one picture there, one on the web. */
function writePageWithImages(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-page-'));
  mkdirSync(join(dir, 'river_files'));
  writeFileSync(join(dir, 'river_files', 'map.png'), PNG);
  const paragraph =
    '<p>The council approved the river plan on Monday after a long debate about flood defenses.</p>';
  writeFileSync(
    join(dir, 'river.html'),
    `<html><head><title>River plan</title></head><body><article><h1>River plan</h1>${paragraph}
     <img src="river_files/map.png" alt="Map of the river">${paragraph}
     <img src="https://example.com/tracker.jpg" alt="Photo from the web">${paragraph}</article></body></html>`,
  );
  return join(dir, 'river.html');
}

let gloss: GlossApp;
test.afterEach(async () => {
  await gloss?.close();
});

test('the window is isolated, sandboxed and without Node', async () => {
  gloss = await launchGloss();
  expect(gloss.windowOptions.webPreferences).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    webviewTag: false,
  });
  const csp = await gloss.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(await gloss.page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe(
    'undefined',
  );
});

test('a hostile saved page is read without running its scripts or making a request', async () => {
  gloss = await launchGloss();
  const { page } = gloss;
  gloss.queueDialog({ filePaths: [join(REPO_ROOT, 'tests/fixtures/pages/hostile.html')] });
  await page.getByRole('button', { name: 'Import files' }).first().click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('Council approves the river plan');
  await expect(article).toContainText('flood defenses');
  await expect(article).not.toContainText('window.__pwned');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(await page.locator('iframe, script[src^="http"], img[src^="http"], form').count()).toBe(0);
  expect(gloss.record.remoteRequests).toEqual([]);
});

test('navigation away from the app and new windows are refused', async () => {
  gloss = await launchGloss();
  const { page } = gloss;
  const before = page.url();
  await page.evaluate(() => {
    window.location.href = 'file:///etc/hostname';
  });
  await expect.poll(() => gloss.record.blockedNavigations.length).toBe(1);
  expect(page.url()).toBe(before);
  await page.evaluate(() => void window.open('https://example.com/popup'));
  await expect.poll(() => gloss.record.deniedWindows.length).toBe(1);
  expect(gloss.record.openedExternally).toEqual(['https://example.com/popup']);
});

test('a saved page shows the pictures of its own folder; a remote one is a placeholder, never fetched', async () => {
  gloss = await launchGloss();
  const { page } = gloss;
  gloss.queueDialog({ filePaths: [writePageWithImages()] });
  await page.getByRole('button', { name: 'Import files' }).first().click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('River plan');
  const picture = article.getByRole('img', { name: 'Map of the river' });
  await expect(picture).toHaveAttribute('src', /^data:image\/png;base64,/);
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  await expect(article.getByRole('img', { name: 'Photo from the web' })).toHaveText('Photo from the web');
  expect(await page.locator('img[src^="http"], img[src^="file"]').count()).toBe(0);
  expect(gloss.record.remoteRequests).toEqual([]);
});

test('the page cannot import a path nobody chose', async () => {
  gloss = await launchGloss();
  const refused = await gloss.page.evaluate(() =>
    (window as unknown as { gloss: { importPaths(paths: string[]): Promise<unknown> } }).gloss
      .importPaths(['/etc/passwd'])
      .then(
        () => 'imported',
        (error: Error) => error.message,
      ),
  );
  expect(refused).toMatch(/person chose/);
});

test('a script in the page cannot read files of the disk with fetch or XMLHttpRequest', async () => {
  gloss = await launchGloss();
  const { page } = gloss;
  // The default window is a file:// page, where connect-src 'self' would match every file.
  expect(page.url()).toMatch(/^file:\/\//);
  const outcome = await page.evaluate(async () => {
    const viaFetch = await fetch('file:///etc/passwd').then(
      async (response) => `read ${(await response.text()).length} characters`,
      (error: Error) => `refused: ${error.name}`,
    );
    const viaXhr = await new Promise<string>((resolve) => {
      const request = new XMLHttpRequest();
      request.open('GET', 'file:///etc/passwd');
      request.onload = () => resolve(`read ${request.responseText.length} characters`);
      request.onerror = () => resolve('refused');
      request.send();
    });
    return { viaFetch, viaXhr };
  });
  expect(outcome).toEqual({ viaFetch: 'refused: TypeError', viaXhr: 'refused' });
});
