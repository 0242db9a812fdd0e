/**
 * The window moving from file:// to Gloss's own scheme (GLOSS_APP_SCHEME=1), in the shim's
 * imitation of app://gloss (tests/e2e/shim/fake-electron.ts): a library made on file:// appears
 * whole on the new origin, is moved once only, and stays untouched on file://. The new page is
 * answered by the app's own protocol handler, which refuses paths out of the renderer folder.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchGloss } from './app';
import { openSeed, selectText } from './support/reader';
import { APP_SCHEME_IMITATION } from './shim/fake-electron';
import { countRows } from './support/library-rows';

const APP_SCHEME = { GLOSS_APP_SCHEME: '1' };

const title = (page: Page) => page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 });

test('a library made on file:// appears whole on app://gloss, once, and stays on file://', async () => {
  test.setTimeout(120_000);
  const userDataDir = mkdtempSync(join(tmpdir(), 'gloss-e2e-move-'));
  const old = await launchGloss({ userDataDir });
  expect(old.page.url()).toMatch(/^file:/);
  await openSeed(old);
  await selectText(old.page, '织金电厂发出的电');
  await old.page.keyboard.press('2');
  await expect(old.page.locator('.paint-status')).toHaveAttribute('data-highlights-painted', '1');
  // Painted first, then committed: wait for the row, not the paint.
  await expect.poll(async () => (await countRows(old.page)).highlights).toBe(1);
  const before = await countRows(old.page);
  expect(before.articles).toBe(1);
  await old.close();

  const moved = await launchGloss({ userDataDir, env: APP_SCHEME });
  expect(moved.page.url()).toBe(`${APP_SCHEME_IMITATION.imitation}index.html`);
  await moved.page
    .getByRole('button', { name: /深情无限梦毕圆/ })
    .first()
    .click();
  await expect(title(moved.page)).toContainText('深情无限梦毕圆');
  await expect(moved.page.locator('.paint-status')).toHaveAttribute('data-highlights-painted', '1');
  expect(await countRows(moved.page)).toEqual(before);
  const marker = JSON.parse(readFileSync(join(userDataDir, 'library-move.json'), 'utf8'));
  expect(marker).toMatchObject({ phase: 'done', counts: before });
  expect(existsSync(join(userDataDir, 'library-move-backup.json'))).toBe(false);

  // The page's own files only: the handler refuses every way out of the renderer folder. The
  // page connects nowhere (connect-src 'none'), not even to its own origin, so what the handler
  // serves is probed as module scripts load (script-src 'self'); a policy's violations name it,
  // and the one with frame-ancestors is the header the handler sent (a <meta> policy has none).
  const answers = await moved.page.evaluate(async () => {
    const policies: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => policies.push(event.originalPolicy));
    const loads = (path: string) =>
      new Promise<string>((resolve) => {
        const script = document.createElement('script');
        script.type = 'module';
        script.src = path;
        script.onload = () => resolve('served');
        script.onerror = () => resolve('refused');
        document.head.append(script);
      });
    const fetches = (path: string) =>
      fetch(path).then(
        (response) => String(response.status),
        () => 'refused',
      );
    const ownScript = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src ?? '';
    const result = {
      ownScript: await loads(ownScript),
      encodedDots: await loads('/%2e%2e/main/index.js'),
      dots: await loads('/assets/../../main/index.js'),
      preload: await loads('/../preload/index.js'),
      fetchOwn: await fetches('/index.html'),
      fetchFile: await fetches('file:///etc/passwd'),
    };
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { ...result, policies };
  });
  expect(answers).toMatchObject({
    ownScript: 'served',
    encodedDots: 'refused',
    dots: 'refused',
    preload: 'refused',
    fetchOwn: 'refused',
    fetchFile: 'refused',
  });
  expect(answers.policies.find((policy) => policy.includes('frame-ancestors'))).toContain(
    "connect-src 'none'",
  );
  // The page cannot navigate to file:// either.
  await moved.page.evaluate(() => void (window.location.href = 'file:///etc/passwd'));
  await expect(title(moved.page)).toContainText('深情无限梦毕圆');
  expect(moved.page.url()).toMatch(/^http:\/\/gloss\.localhost\//);
  await moved.close();

  // Started again: nothing is moved twice.
  const again = await launchGloss({ userDataDir, env: APP_SCHEME });
  await expect(again.page.getByRole('button', { name: /深情无限梦毕圆/ }).first()).toBeVisible();
  expect(await countRows(again.page)).toEqual(before);
  await again.close();

  // The old origin's library was only read.
  const back = await launchGloss({ userDataDir });
  await expect(back.page.getByRole('button', { name: /深情无限梦毕圆/ }).first()).toBeVisible();
  expect(await countRows(back.page)).toEqual(before);
  await back.close();
});
