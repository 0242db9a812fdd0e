/**
 * Gloss's main process in a Node process of its own (launchGloss's `mainProcess: 'own'`): the
 * fault suite kills this process with SIGKILL, as an Electron app dies — its atomic writes, the
 * import workers mid-file, IPC half-answered. It starts the shim here with Chromium's remote
 * debugging on, tells the test process (own-process.ts) where to connect and which page is the
 * app's window, and then answers its messages: dialog answers, menu clicks, quit.
 *
 * Usage (by own-process.ts): node --import tsx main-process.ts USER_DATA_DIR OPTIONS_JSON
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { quitShim, startShim, type ShimOptions } from './host';
import type { ToMainProcess, FromMainProcess } from './own-process-messages';

// Electron logs a promise rejected with no handler in its main process and goes on.
process.on('unhandledRejection', (reason) =>
  console.warn('Unhandled rejection in the main process:', reason),
);

function tell(message: FromMainProcess): void {
  process.send?.(message);
}

async function main(): Promise<void> {
  const [userDataDir, optionsJson] = process.argv.slice(2);
  const options = JSON.parse(optionsJson) as ShimOptions;
  const running = await startShim(options, userDataDir, ['--remote-debugging-port=0']);
  const [port, path] = readFileSync(
    join(userDataDir, 'chromium-profile', 'DevToolsActivePort'),
    'utf8',
  ).split('\n');
  const targetIdOf = async (page: Page) => {
    const session = await running.context.newCDPSession(page);
    const { targetInfo } = await session.send('Target.getTargetInfo');
    await session.detach();
    return targetInfo.targetId;
  };
  const targetId = await targetIdOf(running.page);
  // A test that failed before closing the app, or a test process that ended, leaves no Gloss
  // running behind it: the channel to the test process closes, and the app quits.
  const quitAlone = () =>
    void quitShim(running)
      .catch(() => undefined)
      .finally(() => process.exit(0));
  if (!process.connected) return quitAlone();
  process.once('disconnect', quitAlone);
  process.on('message', (message: ToMainProcess) => {
    if (message.kind === 'dialog') running.fake.dialogQueue.push(message.answer);
    else if (message.kind === 'menu') {
      try {
        running.fake.clickMenu(message.labels);
      } catch (error) {
        console.error(error);
      }
    } else if (message.kind === 'quit') {
      void quitShim(running)
        .catch((error: unknown) => console.error(error))
        .finally(() => process.exit(0));
    }
  });
  tell({ kind: 'ready', endpoint: `ws://127.0.0.1:${port}${path.trim()}`, targetId });
  // A page crashed and reloaded is a new tab in the shim (fake-electron.ts): the test follows it.
  for (;;) {
    const page = await running.fake.nextPage();
    tell({ kind: 'window', targetId: await targetIdOf(page) });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
