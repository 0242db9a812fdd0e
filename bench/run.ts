/**
 * `npm run bench`: Gloss measured in real Chromium through the Electron shim (and pure
 * computations in Node), each entry side by side with a baseline in the same run. Prints a
 * table and writes bench-results.json: [{ name, gloss, baseline, unit, ratio, ... }].
 *
 * BENCH_QUICK=1 runs fewer repetitions (for a smoke run); BENCH_ONLY=name1,name2 picks entries.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchImport } from './entries/import-files';
import { benchLongArticle } from './entries/long-article';
import { benchReanchor } from './entries/reanchor';
import { benchPassagesFilter } from './entries/passages-filter';
import { benchReimport } from './entries/reimport-duplicates';
import { benchLibraryOpen } from './entries/library-open';
import { benchSearchLibrary } from './entries/search-library';
import { benchSearchEngines } from './entries/search-engines';
import { hasSearchCorpora } from './search-corpus';
import { benchBadInputCorpus } from './entries/bad-input-corpus';
import { benchImportIntoLibrary } from './entries/import-into-library';
import { benchImportPdf } from './entries/import-pdf';
import { benchSync } from './entries/sync';
import { CWCED_DIR, benchTraditionalPages } from './entries/traditional-pages';
import { makeRunTempFolder, removeRunTempFolder } from '../tests/support/run-temp-folder';
import { LAWREF_DIR, lawrefFiles, makeSeedFiles, REPO_ROOT, type BenchResult } from './support';

const quick = process.env.BENCH_QUICK === '1';
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const wanted = (name: string) => !only || only.some((o) => name.startsWith(o));

async function main(): Promise<void> {
  const results: BenchResult[] = [];
  const record = (result: BenchResult) => {
    results.push(result);
    console.log(
      `  ${result.name}: ${result.gloss} ${result.unit} vs ${result.baseline} ${result.unit} (ratio ${result.ratio})`,
    );
  };
  const hasLawref = existsSync(LAWREF_DIR);
  if (!hasLawref) console.log(`Skipping the lawrefbook entries: ${LAWREF_DIR} is absent.`);

  if (wanted('import-1000-seed'))
    record(await benchImport('import-1000-seed', makeSeedFiles(1000), quick ? 1 : 3));
  if (hasLawref && wanted('import-lawref-150'))
    record(await benchImport('import-lawref-150', lawrefFiles(), quick ? 1 : 3));
  if (hasLawref && (wanted('open-1mb') || wanted('highlight-')))
    for (const r of await benchLongArticle(quick ? 3 : 7)) record(r);
  if (hasLawref && wanted('reanchor-2000')) record(benchReanchor(quick ? 3 : 7));
  if (existsSync(CWCED_DIR) && wanted('read-traditional-35')) record(benchTraditionalPages(quick ? 3 : 9));
  if (wanted('import-pdf-50')) record(await benchImportPdf(quick ? 1 : 3));
  if (wanted('passages-filter-50k')) record(await benchPassagesFilter(quick ? 5 : 15));
  if (wanted('reimport-200-duplicates')) record(await benchReimport(quick ? 2 : 5));
  if (wanted('library-5000-open')) record(await benchLibraryOpen(quick ? 2 : 5));
  if (!hasSearchCorpora())
    console.log('Skipping the search entries: the corpora in ../shared/corpora are absent.');
  else {
    if (wanted('search-10k') || wanted('search-index-build'))
      for (const r of await benchSearchLibrary(quick ? 1 : 2)) record(r);
    if (wanted('search-engines')) {
      const { rows, result } = await benchSearchEngines();
      console.table(rows);
      record(result);
    }
  }
  if (wanted('bad-input-corpus')) record(await benchBadInputCorpus(quick ? 1 : 3));
  if (wanted('import-1000-into-5000')) record(await benchImportIntoLibrary(quick ? 1 : 2));
  if (wanted('sync-')) for (const r of await benchSync(quick ? 200 : 2000)) record(r);

  const rows = results.map((r) => ({
    name: r.name,
    gloss: `${r.gloss} ${r.unit}`,
    baseline: `${r.baseline} ${r.unit}`,
    ratio: r.ratio,
    target: r.target ?? '',
    met: r.met === undefined ? '' : r.met ? 'yes' : 'NO',
    ...(r.extra ?? {}),
  }));
  console.log('');
  console.table(rows);
  for (const r of results) console.log(`${r.name}: ${r.note}`);
  // A partial run (BENCH_ONLY) keeps the other entries of the last file.
  const path = join(REPO_ROOT, 'bench-results.json');
  const kept: BenchResult[] =
    only && existsSync(path)
      ? (JSON.parse(readFileSync(path, 'utf8')) as BenchResult[]).filter(
          (old) => !results.some((r) => r.name === old.name),
        )
      : [];
  writeFileSync(path, `${JSON.stringify([...kept, ...results], null, 2)}\n`);
  console.log('\nWrote bench-results.json');
}

// The entries' files and browser profiles go in one temporary folder, removed at the end (also
// when the run is interrupted).
makeRunTempFolder();
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    removeRunTempFolder();
    process.exit(130);
  });
main().then(
  () => {
    removeRunTempFolder();
    process.exit(0);
  },
  (error) => {
    console.error(error);
    removeRunTempFolder();
    process.exit(1);
  },
);
