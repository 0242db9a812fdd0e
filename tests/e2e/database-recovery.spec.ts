/**
 * A library that cannot be opened: made here by leaving it at a version newer than this Gloss
 * knows. The window says so and offers its choices instead of staying blank; restoring the newest
 * automatic backup brings the library back in a new database and leaves the newer one untouched.
 */
import { expect, test } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchGloss, REPO_ROOT } from './app';
import { openSeed } from './support/reader';

test('a library from a newer Gloss: a clear message, then the newest backup restored', async () => {
  const gloss = await launchGloss();
  try {
    const { page } = gloss;
    await openSeed(gloss);
    const backups = join(gloss.userDataDir, 'backups');
    mkdirSync(backups, { recursive: true });
    const backup = join(backups, 'gloss-backup-2026-01-01.json');
    gloss.queueDialog({ filePath: backup });
    gloss.clickMenu('File', 'Back Up Library…');
    await expect.poll(() => existsSync(backup), { timeout: 20_000 }).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: 'Backup saved' })).toBeVisible();

    // A newer Gloss upgrades the library (the open window lets go of it, as Dexie does).
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('gloss', 990);
          request.onupgradeneeded = () => request.result.createObjectStore('fromTheFuture');
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
    );
    await page.reload();
    const problem = page.getByRole('alert').filter({ hasText: 'Gloss cannot open your library' });
    await expect(problem).toBeVisible();
    await expect(problem).toContainText('saved by a newer version of Gloss');
    await expect(problem.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(problem.getByRole('button', { name: 'Show Data Folder' })).toBeVisible();
    await page.screenshot({ path: join(REPO_ROOT, 'docs/screenshots/database-problem.png') });

    await problem.getByRole('button', { name: 'Restore the newest backup' }).click();
    await expect(page.getByRole('button', { name: /深情无限梦毕圆/ }).first()).toBeVisible({
      timeout: 20_000,
    });
    const databases = await page.evaluate(() => indexedDB.databases());
    expect(databases).toContainEqual({ name: 'gloss', version: 990 });
    expect(databases.some((d) => d.name?.startsWith('gloss-recovered-'))).toBe(true);
  } finally {
    await gloss.close();
  }
});
