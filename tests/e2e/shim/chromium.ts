/**
 * Where the e2e suite and the benchmarks find Chromium, and the flags it runs with on machines
 * whose network is closed.
 */
import { existsSync } from 'node:fs';
import { chromiumSwitchArgs } from '../../../src-main/app/chromium-switches';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--allow-file-access-from-files',
  // The switches Gloss's main process sets for its own Chromium.
  ...chromiumSwitchArgs(),
];

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser (undefined). */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}
