/**
 * The import worker run from its TypeScript source, for tests that go through the real worker
 * thread (budgets, Cancel, the bad-input corpus) without building the app first. Both loaders:
 * require() for the worker's modules, import() for the document readers loaded on first use.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS entry that loads TypeScript */
void import('tsx/esm/api').then(({ register }) => {
  register();
  require('tsx/cjs/api').register();
  require('../../src-main/import/worker.ts');
});
