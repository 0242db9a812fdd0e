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
  const session = await running.context.newCDPSession(running.page);
  const { targetInfo } = await session.send('Target.getTargetInfo');
  await session.detach();
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
  tell({ kind: 'ready', endpoint: `ws://127.0.0.1:${port}${path.trim()}`, targetId: targetInfo.targetId });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
