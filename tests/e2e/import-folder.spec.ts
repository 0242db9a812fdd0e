/**
 * Import Folder: supported files found recursively with a progress bar; Cancel keeps what
 * finished and leaves nothing half-written.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchGloss, REPO_ROOT, type GlossApp } from './app';

let gloss: GlossApp;
test.afterEach(async () => {
  await gloss?.close();
});

function folderOfSeeds(count: number): string {
  const seed = readFileSync(join(REPO_ROOT, 'tests/fixtures/seed-article.txt'), 'utf8');
  const root = mkdtempSync(join(tmpdir(), 'gloss-folder-'));
  for (let i = 0; i < count; i++) {
    const dir = join(root, `part-${i % 3}`, i % 2 ? 'deeper' : '');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `article-${i}.txt`), `${seed}\n\n编号 ${i}\n`);
  }
  writeFileSync(join(root, 'cover.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return root;
}

async function storedCounts(page: GlossApp['page']) {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((ok) => {
      const r = indexedDB.open('gloss');
      r.onsuccess = () => ok(r.result);
    });
    const count = (store: string) =>
      new Promise<number>((ok) => {
        const r = db.transaction(store).objectStore(store).count();
        r.onsuccess = () => ok(r.result);
      });
    const result = {
      articles: await count('articles'),
      contents: await count('contents'),
      sources: await count('sources'),
    };
    db.close();
    return result;
  });
}

test('imports a folder recursively, skipping files it does not read', async () => {
  gloss = await launchGloss();
  const { page } = gloss;
  gloss.queueDialog({ filePaths: [folderOfSeeds(12)] });
  gloss.clickMenu('File', 'Import Folder…');
  await expect(page.getByRole('region', { name: 'Import summary' })).toContainText('12 imported');
  await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
  expect(await storedCounts(page)).toEqual({ articles: 12, contents: 12, sources: 12 });
});

test('Cancel stops a long import, keeps what finished and leaves nothing half-written', async () => {
  gloss = await launchGloss();
  const { page } = gloss;
  // Many files, and Cancel pressed in the frame the status line first changes: the import must
  // still be running when Cancel lands, however fast this machine imports.
  const fileCount = 2000;
  gloss.queueDialog({ filePaths: [folderOfSeeds(fileCount)] });
  await page.getByRole('button', { name: 'Import folder' }).first().click();
  // The bar's total is known once the folders are walked.
  await page.waitForFunction(
    () => Number(document.querySelector<HTMLProgressElement>('.import-progress progress')?.max ?? 0) > 1,
    null,
    { polling: 'raf' },
  );
  // The count and the file being read change while it runs; Cancel must not move under the
  // pointer. Watched frame by frame until the line changes once (or the import ended), so
  // Cancel still lands while the import runs.
  const watched = await page.evaluate(
    () =>
      new Promise<{ lines: string[]; places: string[]; counts: number[] }>((resolve) => {
        const lines = new Set<string>();
        const places = new Set<string>();
        const counts = new Set<number>();
        const done = () => resolve({ lines: [...lines], places: [...places], counts: [...counts] });
        const look = () => {
          const bar = document.querySelector<HTMLProgressElement>('.import-progress progress');
          const button = document.querySelector('.import-progress button');
          const count = document.querySelector('.import-count > span')?.textContent ?? '';
          const file = document.querySelector('.import-file')?.textContent ?? '';
          if (!bar || !button) return done();
          const { x, y, width } = button.getBoundingClientRect();
          places.add(`${x},${y},${width}`);
          lines.add(`${count} ${file}`);
          counts.add(bar.value);
          if (lines.size >= 2) done();
          else requestAnimationFrame(look);
        };
        look();
      }),
  );
  expect(watched.lines.length, 'the status line changed while Cancel was watched').toBeGreaterThan(1);
  expect(watched.places).toHaveLength(1);
  // The bar counts files settled in the library, not files read: it is never ahead of the library.
  expect((await storedCounts(page)).articles).toBeGreaterThanOrEqual(Math.max(...watched.counts));
  await page.getByRole('button', { name: 'Cancel import' }).click();
  const summary = page.getByRole('region', { name: 'Import summary' });
  await expect(summary).toContainText('Import cancelled');
  const imported = Number(/(\d+) imported/.exec((await summary.textContent()) ?? '')?.[1]);
  expect(imported).toBeGreaterThan(0);
  expect(imported).toBeLessThan(fileCount);
  expect(await storedCounts(page)).toEqual({ articles: imported, contents: imported, sources: imported });
});
