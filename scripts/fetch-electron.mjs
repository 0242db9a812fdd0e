// postinstall: fetch Electron's binary where the internet is reachable, so `npm start` runs the
// desktop app. Where it is not (CI, offline machines), say so in one line and let the install
// succeed: the tests and `npm run start:browser` do not need the binary.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const electronDir = join(process.cwd(), 'node_modules', 'electron');
const pathFile = join(electronDir, 'path.txt');

function installed() {
  if (!existsSync(pathFile)) return false;
  return existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

if (process.env.GLOSS_SKIP_ELECTRON_DOWNLOAD || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('Gloss: skipping the Electron binary download (asked to).');
} else if (!existsSync(join(electronDir, 'install.js'))) {
  // Installed without devDependencies: nothing to fetch.
} else if (installed()) {
  // Already there.
} else {
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'ignore',
    timeout: 180_000,
    env: { ...process.env, npm_config_loglevel: 'silent' },
  });
  if (result.status === 0 && installed()) console.log('Gloss: Electron binary installed.');
  else
    console.log(
      'Gloss: the Electron binary could not be downloaded (offline?). `npm start` will run Gloss in Chromium instead; run `npx install-electron` later to get the desktop app.',
    );
}
