// `npm run dist[:linux|:win|:mac]`: builds the app with electron-vite, then the installers with
// electron-builder (electron-builder.yml) into release/.
//
// Packaging needs Electron, which is downloaded, not shipped by npm. Where the download is
// impossible electron-builder fails deep inside with a long stack; this script checks first and
// says so in one line. It never require()s the electron package: that alone starts a download.
//
//   node scripts/dist.mjs [linux|win|mac] [--dry-run] [extra electron-builder arguments…]
//
// Environment: GLOSS_ELECTRON_DIR replaces node_modules/electron (tests point it at an empty
// folder); GLOSS_NO_FETCH=1 skips the one download attempt.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FETCH_TIMEOUT_MS = 60_000;
const OS_FLAGS = { linux: '--linux', win: '--win', mac: '--mac' };
const CURRENT_OS = { linux: 'linux', win32: 'win', darwin: 'mac' }[process.platform];

function fail(message, code = 1) {
  process.stderr.write(`Gloss: ${message}\n`);
  process.exit(code);
}

/** node_modules/electron/path.txt names the executable inside dist/ once the download is unpacked. */
function electronBinaryInstalled(electronDir) {
  try {
    const executable = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
    return executable !== '' && existsSync(join(electronDir, 'dist', executable));
  } catch {
    return false;
  }
}

function tryFetchElectron(electronDir) {
  const installer = join(electronDir, 'install.js');
  if (!existsSync(installer)) return;
  // Its output is a stack trace when offline; the one line below says it better.
  spawnSync(process.execPath, [installer], { cwd: electronDir, stdio: 'ignore', timeout: FETCH_TIMEOUT_MS });
}

function binOf(pkg) {
  const manifest = JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[pkg];
  return join(root, 'node_modules', pkg, bin);
}

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const rest = args.filter((arg) => arg !== '--dry-run');
const os = rest[0] && !rest[0].startsWith('-') ? rest.shift() : CURRENT_OS;
if (!OS_FLAGS[os]) {
  fail(`cannot build installers for "${os ?? process.platform}": choose linux, win or mac.`, 2);
}

const electronDir = process.env.GLOSS_ELECTRON_DIR || join(root, 'node_modules', 'electron');
if (!electronBinaryInstalled(electronDir)) {
  if (process.env.GLOSS_NO_FETCH !== '1') tryFetchElectron(electronDir);
  if (!electronBinaryInstalled(electronDir)) {
    fail(
      'cannot build installers: the Electron binary is not installed and could not be downloaded (no internet?). ' +
        'Run "npx install-electron" where the internet is reachable, then "npm run dist".',
    );
  }
}

const steps = [
  [binOf('electron-vite'), 'build'],
  [binOf('electron-builder'), OS_FLAGS[os], '--publish', 'never', ...rest],
];
for (const step of steps) {
  if (dryRun) {
    console.log(['node', ...step].join(' '));
    continue;
  }
  const result = spawnSync(process.execPath, step, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
