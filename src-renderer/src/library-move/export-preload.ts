/**
 * The preload of the hidden old-origin page (src-main/app/old-origin-export.ts): exports the
 * library and sends it to the main process on its one channel. Built as a preload bundle of its
 * own (electron.vite.config.ts); it never runs in the app's window.
 */
import { exportOldLibrary } from './export-old-library';

// A sandboxed preload's own require, which gives 'electron' only.
declare const require: (id: 'electron') => {
  ipcRenderer: { invoke(channel: string, ...args: unknown[]): Promise<unknown> };
};

const { ipcRenderer } = require('electron');

void exportOldLibrary().then((result) => ipcRenderer.invoke('library-move:exported', result));
