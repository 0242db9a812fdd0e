// First step of `npm test`: the e2e suite needs Chromium and CJK fonts. Where they are missing
// on a Debian machine and we are root, install them with apt; elsewhere say what to install.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const hasChromium =
  Boolean(process.env.CHROMIUM_PATH) ||
  existsSync('/usr/bin/chromium') ||
  existsSync('/usr/bin/chromium-browser');
let hasCjkFonts = true;
try {
  hasCjkFonts = /Noto (Sans|Serif) CJK/i.test(
    execSync('fc-list', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  );
} catch {
  hasCjkFonts = process.platform !== 'linux';
}
const missing = [...(hasChromium ? [] : ['chromium']), ...(hasCjkFonts ? [] : ['fonts-noto-cjk'])];
if (missing.length === 0) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (process.platform === 'linux' && existsSync('/usr/bin/apt-get') && isRoot) {
  console.log(`Gloss tests: installing ${missing.join(', ')} with apt-get…`);
  const run = (args) =>
    spawnSync('apt-get', args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  if (run(['update', '-qq']).status !== 0 || run(['install', '-y', '-qq', ...missing]).status !== 0) {
    console.error(`Gloss tests: could not install ${missing.join(', ')}.`);
    process.exit(1);
  }
} else {
  console.error(
    `Gloss tests need ${missing.join(' and ')}: install them (Debian/Ubuntu: sudo apt-get install ${missing.join(' ')}), or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
  );
  if (!hasChromium) process.exit(1);
}
