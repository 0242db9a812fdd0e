/**
 * The baseline of import-pdf-50, in a worker thread of its own: bare pdf.js, getDocument and
 * getTextContent over every page of each file, timed after pdf.js has loaded. It runs apart from
 * the benchmark's own thread because pdf.js's legacy build replaces built-ins of the thread that
 * loads it (Array.prototype.push, JSON.stringify and JSON.parse on Node 20), and that thread also
 * stands in for Gloss's main process and drives the browser; in the app, pdf.js only ever runs in
 * the import worker.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { loadPdfJs } from '../../src-main/import/pdf/load-pdf';
import { PDFJS_RESOURCES } from '../../src-main/import/pdf/pdfjs-resources';

export interface BareResult {
  ms: number;
  /** Pages of the first file. */
  pages: number;
}

async function run(paths: string[]): Promise<BareResult> {
  const pdfjs = await loadPdfJs();
  let pages = 0;
  const began = performance.now();
  for (const path of paths) {
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(readFileSync(path)),
      isEvalSupported: false,
      disableFontFace: true,
      verbosity: 0,
      ...PDFJS_RESOURCES,
    }).promise;
    for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent();
    pages ||= doc.numPages;
    await doc.destroy();
  }
  return { ms: performance.now() - began, pages };
}

void run((workerData as { paths: string[] }).paths).then((result) => parentPort?.postMessage(result));
