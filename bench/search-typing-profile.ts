/**
 * The search-10k typing by hand, on a library prepared once and kept (for comparing builds and
 * for traces): `node --import tsx bench/search-typing-profile.ts`. The first run writes the
 * 10,000 articles and 100,000 highlights into GLOSS_PROFILE_DIR (a temporary folder by default)
 * and waits for the index to be built and stored; later runs on the same folder type at once.
 * REPS repetitions of the 50 queries (2); TRACE=FILE writes a Chromium trace of the timed typing
 * with a `key` mark at each timed keystroke; WARMUP=0 leaves out the warm-up; GLOSS_OUT_DIR picks
 * the build (as for the e2e suite).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchGloss } from '../tests/e2e/app';
import { makeSearchArticles, makeSearchPassages } from './search-corpus';
import { benchQueries, fillLibrary, openPalette } from './entries/search-library';
import { describeStages, p95, typeQueries, watchPaints, type KeystrokeTiming } from './entries/search-typing';
import { median, round } from './support';

const DIR = process.env.GLOSS_PROFILE_DIR ?? join(tmpdir(), 'gloss-search-profile');
const READY = join(DIR, 'prepared');

function summary(label: string, timings: readonly KeystrokeTiming[]): string {
  const totals = timings.map((t) => t.total);
  return `${label}: p50 ${round(median(totals))} / p95 ${round(p95(totals))} ms (${describeStages(timings)})`;
}

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const articles = makeSearchArticles(10_000);
  const gloss = await launchGloss({ viewport: { width: 1280, height: 860 }, userDataDir: DIR });
  try {
    let page = gloss.page;
    if (!existsSync(READY)) {
      await page.getByRole('button', { name: 'Import files' }).first().waitFor();
      await fillLibrary(page, articles, makeSearchPassages(articles, 100_000));
      page = await gloss.restart();
      await (await openPalette(page)).locator('.search-footer').waitFor({ timeout: 600_000 });
      await page.waitForFunction(
        () => document.querySelector('.search-footer')?.hasAttribute('data-store-ms') === true,
        undefined,
        { timeout: 600_000, polling: 500 },
      );
      writeFileSync(READY, '');
      page = await gloss.restart();
    }
    const palette = await openPalette(page);
    await palette.locator('.search-footer').waitFor({ timeout: 600_000 });
    const input = palette.getByRole('combobox', { name: 'Search the library' });
    await watchPaints(page);
    await page.evaluate(() => document.addEventListener('beforeinput', () => performance.mark('key'), true));
    const queries = benchQueries(articles);
    // Warm-up: the first queries fold what a restored index has not folded yet (WARMUP=0: none,
    // as search-10k types right after a relaunch).
    if (process.env.WARMUP !== '0') await typeQueries(page, input, queries.slice(0, 10), 1);
    const trace = process.env.TRACE;
    const cdp = trace ? await page.context().newCDPSession(page) : null;
    await cdp?.send('Tracing.start', {
      categories:
        'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink.user_timing,toplevel,disabled-by-default-devtools.timeline.frame',
      transferMode: 'ReturnAsStream',
    });
    const timings = await typeQueries(page, input, queries, Number(process.env.REPS ?? 2));
    if (cdp && trace) {
      const complete = new Promise<{ stream?: string }>((resolve) =>
        cdp.once('Tracing.tracingComplete', resolve),
      );
      await cdp.send('Tracing.end');
      const { stream } = await complete;
      let data = '';
      for (let eof = !stream; !eof;) {
        const chunk = await cdp.send('IO.read', { handle: stream! });
        data += chunk.data;
        eof = chunk.eof;
      }
      writeFileSync(trace, data);
    }
    console.log(summary('all', timings));
    const byKind = new Map<string, KeystrokeTiming[]>();
    for (const t of timings) byKind.set(t.kind, [...(byKind.get(t.kind) ?? []), t]);
    for (const [kind, list] of byKind) console.log(summary(kind, list));
  } finally {
    await gloss.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
