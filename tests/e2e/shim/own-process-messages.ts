/** The messages between the test process and a main process of its own (main-process.ts). */
import type { DialogAnswer } from './fake-electron';

export type ToMainProcess =
  { kind: 'dialog'; answer: DialogAnswer } | { kind: 'menu'; labels: string[] } | { kind: 'quit' };

export type FromMainProcess =
  | { kind: 'ready'; endpoint: string; targetId: string }
  /** The app loaded its page into its window again (after a crash): the page's new target. */
  | { kind: 'window'; targetId: string };
