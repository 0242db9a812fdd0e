/**
 * Reads the library the window kept on its old origin (`file://`): a hidden window of that origin
 * loads an empty page whose preload (src-renderer/src/library-move/export-preload.ts) exports
 * the library as a backup and sends it back on one channel. The page runs no script of its own,
 * so it works without the file protocol's extra privileges. Only that page may answer, once.
 */
import { BrowserWindow, ipcMain } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SecureWebPreferences } from './security';
import { SECURE_WEB_PREFERENCES } from './window';
import { validateExportResult, type ExportResult } from './library-move';

export const EXPORT_CHANNEL = 'library-move:exported';
/** A library is at most a few gigabytes; IPC carries it as one message. */
const MAX_EXPORT_BYTES = 4 * 1024 ** 3;
const TIMEOUT_MS = 15 * 60 * 1000;

/** The old origin's page: any file:// page shares the origin; this one runs no script. */
export function exportPageUrl(): string {
  return pathToFileURL(join(__dirname, '../renderer/library-export.html')).href;
}

export function exportFromOldOrigin(): Promise<ExportResult> {
  const pageUrl = exportPageUrl();
  const window = new BrowserWindow({
    show: false,
    width: 400,
    height: 300,
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      preload: join(__dirname, '../preload/library-export.js'),
    } satisfies SecureWebPreferences,
  });
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  return new Promise<ExportResult>((resolve) => {
    let settled = false;
    const settle = (result: ExportResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      ipcMain.removeHandler(EXPORT_CHANNEL);
      if (!window.isDestroyed()) window.close();
      resolve(result);
    };
    const timer = setTimeout(
      () => settle({ kind: 'failed', detail: 'reading the library took longer than 15 minutes' }),
      TIMEOUT_MS,
    );
    ipcMain.handle(EXPORT_CHANNEL, (event, value: unknown) => {
      if (event.senderFrame?.url !== pageUrl)
        throw new Error(`Refused ${EXPORT_CHANNEL} from an unknown page.`);
      try {
        settle(validateExportResult(value, MAX_EXPORT_BYTES));
      } catch (error) {
        settle({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
      }
    });
    window.on('closed', () => settle({ kind: 'failed', detail: 'the page reading the library closed' }));
    window.webContents.on('render-process-gone', (_event, details) =>
      settle({ kind: 'failed', detail: `the page reading the library stopped (${details.reason})` }),
    );
    window
      .loadURL(pageUrl)
      .catch((error: unknown) =>
        settle({ kind: 'failed', detail: `the old page could not be loaded (${String(error)})` }),
      );
  });
}
