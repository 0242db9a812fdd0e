/**
 * The walking skeleton end to end: import the seed through File → Import and by drop, read it,
 * quit and relaunch, a bad file's clear message with nothing written, and a page in Traditional
 * Chinese read by the same rules.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchGloss, REPO_ROOT, type GlossApp } from './app';

const SEED = join(REPO_ROOT, 'tests/fixtures/seed-article.txt');
const SEED_TITLE = '深情无限梦毕圆——深圳市对口帮扶毕节20周年回顾与展望';

let gloss: GlossApp;
test.afterEach(async () => {
  await gloss?.close();
});

test('imports the seed through File → Import, reads it, and keeps it after a relaunch', async () => {
  gloss = await launchGloss();
  const { page } = gloss;
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  gloss.queueDialog({ filePaths: [SEED] });
  gloss.clickMenu('File', 'Import Files…');
  const library = page.getByRole('list', { name: 'Articles' });
  await expect(library.getByRole('button', { name: SEED_TITLE, exact: true })).toBeVisible();
  await library.getByRole('button', { name: SEED_TITLE, exact: true }).click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect(article.locator('[data-block-index="0"]')).toContainText('七星关区撒拉溪镇兴隆蛋鸡养殖场');

  const page2 = await gloss.restart();
  const article2 = page2.getByRole('main', { name: 'Article' });
  await expect(article2.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect(
    page2.getByRole('list', { name: 'Articles' }).getByRole('button', { name: SEED_TITLE, exact: true }),
  ).toBeVisible();
});

test('imports a dropped file and says when it is already in the library', async () => {
  gloss = await launchGloss();
  const { page } = gloss;
  await gloss.dropFiles([SEED]);
  await expect(page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 })).toHaveText(
    SEED_TITLE,
  );
  await expect(page.getByRole('region', { name: 'Import summary' })).toContainText('1 imported');
  await gloss.dropFiles([SEED]);
  await expect(page.getByRole('region', { name: 'Import summary' })).toContainText(
    '1 already in the library',
  );
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(1);
});

test('a binary file named .txt is named in the summary with the reason, and nothing is stored', async () => {
  gloss = await launchGloss();
  const { page } = gloss;
  const dir = mkdtempSync(join(tmpdir(), 'gloss-bad-'));
  const bad = join(dir, 'photo.txt');
  writeFileSync(
    bad,
    Buffer.from([
      0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10, 0x80, 0x00, 0x00, 0x05, 0x06, 0x07, 0x00, 0x00, 0x01,
    ]),
  );
  gloss.queueDialog({ filePaths: [bad, SEED] });
  await page.getByRole('button', { name: 'Import files' }).first().click();
  const summary = page.getByRole('region', { name: 'Import summary' });
  await expect(summary).toContainText('1 imported');
  await expect(summary).toContainText('photo.txt');
  await expect(summary).toContainText('binary data, not text');
  const stored = await page.evaluate(async () => {
    const open = indexedDB.open('gloss');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const names: string[] = await new Promise((resolve) => {
      const request = db.transaction('articles').objectStore('articles').getAll();
      request.onsuccess = () =>
        resolve(request.result.map((a: { source: { fileName: string } }) => a.source.fileName));
    });
    db.close();
    return names;
  });
  expect(stored).toEqual(['seed-article.txt']);
});

test('a page in Traditional Chinese is read by the same rules and shown in its own characters', async () => {
  gloss = await launchGloss();
  const { page } = gloss;
  const dir = mkdtempSync(join(tmpdir(), 'gloss-trad-'));
  const file = join(dir, '鄉村振興.html');
  const headline = '國務院部署鄉村振興措施';
  const paragraphs = [
    '國務院常務會議日前召開，會議部署了進一步推動鄉村振興的多項措施，強調要穩定糧食生產，促進農民增收，加強農村基礎設施建設。',
    '會議指出，各地區各部門要認真貫徹落實黨中央決策部署，紮實推進各項工作，確保政策措施落地見效，讓廣大農民群眾有更多獲得感。',
    '會議要求，要加大財政投入力度，優化資金使用結構，提高資金使用效益，同時要加強監督檢查，防止資金被擠占挪用，切實保障農民利益。',
  ];
  writeFileSync(
    file,
    `<!doctype html><html><head><meta charset="utf-8"><title>${headline}丨示例新聞網</title></head><body>
<div class="nav"><a href="/">首頁</a> | <a href="/n">新聞</a> | <a href="/g">國際</a> | <a href="/c">財經</a></div>
<h1><a href="/">示例網</a></h1><h2>${headline}</h2><div>記者王小明／台北報導\u3000發佈時間：民國101年3月4日</div>
${paragraphs.map((p) => `<p>${p}</p>`).join('')}
<div><h3>相關新聞</h3><a href="/a">農業部部署春耕生產</a></div><div>Copyright © 2012 示例網 版權所有</div></body></html>`,
  );
  await gloss.dropFiles([file]);
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(article.locator('[data-block-index="0"]')).toHaveText(paragraphs[0]);
  // The byline after its 記者 label, the day from the Republic of China's year 101.
  await expect(article).toContainText('By 王小明');
  await expect(article).toContainText('Mar 4, 2012');
  // Shown as Traditional Chinese, so the fonts use their Traditional glyph forms.
  await expect(article.locator('.article-body')).toHaveAttribute('lang', 'zh-Hant');
  await expect(
    page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: headline, exact: true }),
  ).toBeVisible();
});
