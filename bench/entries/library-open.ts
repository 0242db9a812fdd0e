/**
 * library-5000-open: a library of 5,000 articles (and 20,000 highlights) opened again; from the
 * moment the library list starts reading (the app's `gloss:library-read` mark) to the first frame
 * painted with its rows, against reading the articles table alone (a raw getAll) in the same page.
 */
import { launchGloss } from '../../tests/e2e/app';
import { putRows, ratioResult, readArticlesTable, type BenchResult } from '../support';

const ARTICLES = 5000;
const HIGHLIGHTS = 20_000;

function records() {
  const now = new Date('2026-01-01T00:00:00Z').getTime();
  const statuses = ['inbox', 'reading', 'finished', 'archived'];
  const articles = Array.from({ length: ARTICLES }, (_, i) => ({
    id: `a${i}`,
    title: `文章 ${i}：深圳市对口帮扶毕节二十周年的回顾与展望`,
    byline: i % 3 ? '记者 王明' : null,
    publishedAt: i % 2 ? `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}` : null,
    siteName: i % 4 ? '毕节日报' : null,
    format: 'txt',
    encoding: 'utf-8',
    encodingSource: 'utf-8',
    replacedSequences: 0,
    source: {
      fileName: `article-${i}.txt`,
      path: `/library/article-${i}.txt`,
      byteLength: 12_000,
      modifiedAt: null,
    },
    contentHash: `hash-${i}`,
    importedAt: new Date(now + i * 1000).toISOString(),
    charCount: 3000 + (i % 5000),
    tags: i % 7 === 0 ? ['policy'] : [],
    note: '',
    readingPosition: null,
    dismissedSuggestions: [],
    status: statuses[i % statuses.length],
    progress: (i % 100) / 100,
    lastOpenedAt: i % 4 === 1 ? new Date(now + i * 5000).toISOString() : null,
  }));
  const highlights = Array.from({ length: HIGHLIGHTS }, (_, i) => ({
    id: `h${i}`,
    articleId: `a${i % ARTICLES}`,
    color: 'yellow',
    quote: { type: 'TextQuoteSelector', exact: `摘录 ${i}`, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: i % 100, end: (i % 100) + 5 },
    note: '',
    tags: [],
    date: null,
    createdAt: new Date(now + i).toISOString(),
    updatedAt: new Date(now + i).toISOString(),
  }));
  return { articles, highlights };
}

export async function benchLibraryOpen(reps: number): Promise<BenchResult> {
  const gloss = await launchGloss();
  try {
    const { page } = gloss;
    await page.getByRole('button', { name: 'Import files' }).first().waitFor();
    await putRows(page, records());
    // On every load: the first frame painted with library rows, on the page's clock.
    await page.addInitScript(() => {
      const w = window as unknown as { __benchPainted: number };
      w.__benchPainted = 0;
      const observer = new MutationObserver(() => {
        if (!document.querySelector('.article-list .article-row')) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => (w.__benchPainted = performance.now()), 0));
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    const openMs: number[] = [];
    const readMs: number[] = [];
    for (let rep = 0; rep < reps + 1; rep++) {
      await page.reload();
      await page.waitForFunction(
        () => (window as unknown as { __benchPainted: number }).__benchPainted > 0,
        undefined,
        {
          timeout: 120_000,
        },
      );
      const rows = await page.locator('.article-list .article-row').count();
      if (rows === 0) throw new Error('no library rows were painted');
      const ms = await page.evaluate(() => {
        const read = performance.getEntriesByName('gloss:library-read')[0];
        return (window as unknown as { __benchPainted: number }).__benchPainted - read.startTime;
      });
      // The app's own start-up work (search index, backups) is left to settle before the bare read.
      await page.waitForTimeout(1500);
      const table = await readArticlesTable(page);
      if (table.count !== ARTICLES) throw new Error(`read ${table.count} articles`);
      const bare = table.ms;
      // The first load warms the caches for both sides alike; it is not counted.
      if (rep === 0) continue;
      openMs.push(ms);
      readMs.push(bare);
    }
    return ratioResult(
      {
        name: 'library-5000-open',
        unit: 'ms',
        note: `${ARTICLES} articles and ${HIGHLIGHTS} highlights; from the list's first read to the first frame painted with rows (page clock); baseline: a raw getAll of the articles table in the same page; median of ${reps} reloads`,
        target: 'ratio ≤ 1.5',
        maxRatio: 1.5,
      },
      openMs,
      readMs,
    );
  } finally {
    await gloss.close();
  }
}
