/** pdf.js's worker code, loaded on the import worker's own thread (pdf.js ships no types for it). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
