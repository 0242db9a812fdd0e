// `npm start`: build, then run the Electron app. Without the Electron binary (and no way to fetch
// it), say so in one line and run the same app in Chromium (`npm run start:browser`) instead.
import { spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const run = (command, args, options = {}) =>
  spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32', ...options });

if (run('npx', ['electron-vite', 'build']).status !== 0) process.exit(1);
let binary = electronBinary();
if (!binary) {
  spawnSync(process.execPath, ['node_modules/electron/install.js'], { stdio: 'ignore', timeout: 180_000 });
  binary = electronBinary();
}
if (binary) {
  const result = run(binary, ['.', ...process.argv.slice(2)]);
  process.exit(result.status ?? 0);
}
console.log(
  'Gloss: the Electron binary is not installed and could not be downloaded; running Gloss in Chromium instead (run `npx install-electron` where the internet is reachable to get the desktop app).',
);
const result = run(process.execPath, ['scripts/start-browser.mjs', ...process.argv.slice(2)]);
process.exit(result.status ?? 0);
