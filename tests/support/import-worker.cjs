/**
 * The import worker run from its TypeScript source, for tests that go through the real worker
 * thread (budgets, Cancel, the bad-input corpus) without building the app first.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS entry that loads TypeScript */
require('tsx/cjs/api').register();
require('../../src-main/import/worker.ts');
