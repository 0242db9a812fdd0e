/**
 * launchGloss's `mainProcess: 'own'` on the test's side: Gloss's main process runs in a child
 * Node process (main-process.ts) with the shim, and this process connects to the same Chromium
 * over the DevTools protocol to drive and read the app's window. Killing the child and the
 * browser together is killing Gloss (tests/faults/kill.ts); a relaunch starts a new child on the
 * same data folder. Slower to start than the default, so only the fault suite uses it.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { GlossApp, LaunchOptions } from '../app';
import { dropFilesOn, type ShimOptions } from './host';
import type { FromMainProcess, ToMainProcess } from './own-process-messages';

const MAIN_PROCESS = join(__dirname, 'main-process.ts');

interface OwnProcess {
  child: ChildProcess;
  browser: Browser;
  page: Page;
  exited: Promise<void>;
  /** Resolves with the window's page the next time the app loads it again (after a crash). */
  reloaded(): Promise<Page>;
}

/**
 * Sends to the main process unless it is gone. Right after a SIGKILL the channel can still look
 * connected until Node sees the exit, so a write may fail with EPIPE: the message had no one to
 * reach, and the caller goes on to wait for the exit.
 */
function send(child: ChildProcess, message: ToMainProcess): void {
  if (!child.connected) return;
  try {
    child.send(message, () => undefined);
  } catch {
    // The channel closed between the check and the write.
  }
}

async function start(options: ShimOptions, userDataDir: string): Promise<OwnProcess> {
  const { env, args, locale, viewport } = options;
  const child = fork(MAIN_PROCESS, [userDataDir, JSON.stringify({ env, args, locale, viewport })], {
    execArgv: ['--import', 'tsx'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<Extract<FromMainProcess, { kind: 'ready' }>>((resolve, reject) => {
    child.on('message', (message: FromMainProcess) => {
      if (message.kind === 'ready') resolve(message);
    });
    child.once('exit', (code, signal) =>
      reject(new Error(`Gloss's main process ended before its window loaded (${signal ?? `exit ${code}`})`)),
    );
  });
  const browser = await chromium.connectOverCDP(ready.endpoint);
  const page = await findPage(browser, ready.targetId);
  await page.waitForLoadState('domcontentloaded');
  let waiters: ((page: Page) => void)[] = [];
  const running: OwnProcess = {
    child,
    browser,
    page,
    exited,
    reloaded: () => new Promise((resolve) => waiters.push(resolve)),
  };
  child.on('message', (message: FromMainProcess) => {
    if (message.kind !== 'window') return;
    void findPage(browser, message.targetId).then(async (next) => {
      await next.waitForLoadState('domcontentloaded');
      running.page = next;
      const waiting = waiters;
      waiters = [];
      waiting.forEach((resolve) => resolve(next));
    });
  });
  return running;
}

async function targetIdOf(page: Page): Promise<string> {
  const session = await page.context().newCDPSession(page);
  const { targetInfo } = await session.send('Target.getTargetInfo');
  await session.detach();
  return targetInfo.targetId;
}

/**
 * The page whose DevTools target is the app's window. Other pages may come and go meanwhile (the
 * hidden window that reads the old origin's library closes once it has), and a page the browser
 * has not announced yet is looked for again.
 */
async function findPage(browser: Browser, targetId: string): Promise<Page> {
  const context = browser.contexts()[0];
  for (let attempt = 0; attempt < 50; attempt++) {
    for (const page of context.pages()) {
      if (!page.isClosed() && (await targetIdOf(page).catch(() => null)) === targetId) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The app's window (target ${targetId}) is not among the browser's pages`);
}

/** Quits through the main process when it is alive, then lets go of the browser. */
async function stop({ child, browser, exited }: OwnProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    send(child, { kind: 'quit' });
    const quitInTime = await Promise.race([
      exited.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 15_000)),
    ]);
    if (!quitInTime) child.kill('SIGKILL');
  }
  await browser.close().catch(() => undefined);
}

export async function launchInOwnProcess(options: LaunchOptions, userDataDir: string): Promise<GlossApp> {
  let running = await start(options, userDataDir);
  const notHere = (what: string) => () => {
    throw new Error(`${what} is not available when the main process runs in a process of its own.`);
  };
  return {
    get page() {
      return running.page;
    },
    userDataDir,
    get mainProcessId() {
      return running.child.pid ?? 0;
    },
    reloadedPage() {
      return running.reloaded();
    },
    get record() {
      return notHere('What the fake OS saw')();
    },
    get windowOptions() {
      return notHere('The window options')();
    },
    queueDialog(answer) {
      send(running.child, { kind: 'dialog', answer });
    },
    clickMenu(...labels) {
      send(running.child, { kind: 'menu', labels });
    },
    secondInstance: notHere('A second instance'),
    async dropFiles(paths) {
      await dropFilesOn(running.page, paths);
    },
    async restart() {
      await stop(running);
      running = await start({ ...options, args: [] }, userDataDir);
      return running.page;
    },
    async close() {
      await stop(running);
    },
  };
}
