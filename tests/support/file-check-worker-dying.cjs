/**
 * A file-check thread that dies in the middle of a batch: the real worker
 * (src-main/app/file-check-worker.ts, run from its TypeScript source), except that a group naming
 * a file whose name contains "kill-the-thread" ends the thread instead of reaching the worker's
 * listener, so nothing of that group is answered.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS entry that loads TypeScript */
const { parentPort } = require('node:worker_threads');

const on = parentPort.on.bind(parentPort);
parentPort.on = (event, listener) =>
  on(event, (message) => {
    if (event === 'message' && message.paths.some((path) => path.includes('kill-the-thread')))
      process.exit(1);
    else listener(message);
  });
require('tsx/cjs/api').register();
require('../../src-main/app/file-check-worker.ts');
