/**
 * Runs Gloss through the Electron shim in a visible Chromium window until the window is closed.
 * Data lives in GLOSS_USER_DATA_DIR or ~/.gloss-browser, so it survives between runs.
 */
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchGloss } from './app';

async function main(): Promise<void> {
  const userDataDir = process.env.GLOSS_USER_DATA_DIR ?? join(homedir(), '.gloss-browser');
  mkdirSync(userDataDir, { recursive: true });
  const files = process.argv.slice(2).map((file) => resolve(file));
  const gloss = await launchGloss({ userDataDir, args: files, viewport: { width: 1360, height: 860 } });
  console.log(`Gloss is running in Chromium (data: ${userDataDir}). Close the window to quit.`);
  await new Promise<void>((done) => gloss.page.on('close', () => done()));
  await gloss.close().catch(() => undefined);
}

void main();
