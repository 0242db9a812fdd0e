// `npm run start:browser`: the real built Gloss through the Electron shim in a visible Chromium
// window (the same path the e2e suite takes). Without a display it says so and exits.
import { spawnSync } from 'node:child_process';

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(
    'Gloss: no display found (DISPLAY is not set), so there is no window to show. Run this on a desktop, or under xvfb-run.',
  );
  process.exit(0);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', 'tests/e2e/start-browser.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, GLOSS_HEADED: '1' },
  },
);
process.exit(result.status ?? 0);
