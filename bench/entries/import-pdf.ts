/**
 * import-pdf-50: fifty 3-page Chinese PDFs (government notices printed by Chromium) through
 * Gloss's whole import — dialog answer → worker (pdf.js, reflow) → IPC → Dexie → summary — against
 * bare pdf.js, getTextContent over every page of the same files in a Node worker thread, in the
 * same run.
 * Also reports the longest event-loop stall of the main process during Gloss's import.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { printGovernmentNotices } from '../../tools/documents/chromium-pdf';
import type { SourceText } from '../../tools/documents/source-texts';
import type { BareResult } from './bare-pdfjs-worker';
import { glossImport } from './import-files';
import { median, round, type BenchResult } from '../support';

const SENTENCES = [
  '各区、各部门要对本单位政务服务事项进行全面梳理，逐项明确办理条件、申请材料、办理流程和办结时限，编制标准化办事指南。',
  '凡是能够通过数据共享获取的材料，一律不再要求申请人提供；凡是能够通过告知承诺办理的事项，一律实行告知承诺制。',
  '要依托全市统一的数据共享交换平台，加快推进电子证照、电子印章在政务服务中的应用，实现常用证照免于提交。',
  '市政务服务管理部门要会同有关部门建立健全政务服务“好差评”制度，及时回应企业和群众诉求，对差评事项实行台账管理。',
];

/** Paragraphs per notice: enough for three printed pages. */
const PARAGRAPHS = 5;

/** Notice `n`: about 1,500 characters, three printed pages, different from every other. */
export function notice(n: number): SourceText {
  const paragraphs = Array.from({ length: PARAGRAPHS }, (_, p) => ({
    kind: 'paragraph' as const,
    text: `（${p + 1}）第${n + 1}号通知第${p + 1}段。${SENTENCES.map((_, i) => SENTENCES[(i + p + n) % SENTENCES.length]).join('')}`,
  }));
  return {
    id: `n${n}`,
    split: 'tune',
    title: `关于推进政务服务改革第${n + 1}批事项的通知`,
    reference: `某府办发〔2024〕${n + 1}号`,
    datePrinted: '2024年3月1日',
    date: '2024-03-01',
    author: '某市人民政府办公厅',
    paragraphs,
  };
}

/** Bare pdf.js over the files, in a fresh worker thread (see bare-pdfjs-worker.ts for why). */
function barePdfJs(paths: string[]): Promise<BareResult> {
  return new Promise((resolve, reject) => {
    // The worker's TypeScript is loaded the way tests/support/import-worker.cjs loads Gloss's.
    const entry = JSON.stringify(join(__dirname, 'bare-pdfjs-worker.ts'));
    const boot = `void import('tsx/esm/api').then(({ register }) => { register(); require('tsx/cjs/api').register(); require(${entry}); });`;
    const worker = new Worker(boot, { eval: true, workerData: { paths } });
    worker.once('message', (result: BareResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

export async function benchImportPdf(reps: number): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-bench-pdf-'));
  const pdfs = await printGovernmentNotices(Array.from({ length: 50 }, (_, n) => notice(n)));
  const paths = pdfs.map((bytes, n) => {
    const path = join(dir, `notice-${n + 1}.pdf`);
    writeFileSync(path, bytes);
    return path;
  });
  let pages = 0;
  const glossMs: number[] = [];
  const bareMs: number[] = [];
  const stalls: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const bare = await barePdfJs(paths);
    bareMs.push(bare.ms);
    pages = bare.pages;
    const run = await glossImport(paths);
    glossMs.push(run.shownMs);
    stalls.push(run.stallMs);
  }
  const gloss = median(glossMs);
  const baseline = median(bareMs);
  const ratio = gloss / baseline;
  const maxStall = Math.max(...stalls);
  return {
    name: 'import-pdf-50',
    gloss: round(gloss),
    baseline: round(baseline),
    unit: 'ms',
    ratio: round(ratio, 2),
    note: `50 PDFs of ${pages} pages (Chromium print), click → summary on the page's clock; baseline: bare pdf.js getDocument + getTextContent of every page in a Node worker thread, same files, same cMap options; median of ${reps}`,
    target: 'ratio ≤ 1.5',
    met: ratio <= 1.5,
    extra: {
      longestMainStallMs: round(maxStall),
      pagesPerPdf: pages,
      perFileMs: round(gloss / paths.length, 2),
    },
  };
}
