/**
 * The preload: exposes `window.gloss`, a fixed set of named functions over IPC. It never
 * exposes ipcRenderer itself, and the object is checked against the contract with `satisfies`.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { GlossApi, GlossCalls, GlossEvents } from '../ipc/contract';

function call<K extends keyof GlossCalls>(
  channel: K,
  ...args: Parameters<GlossCalls[K]>
): ReturnType<GlossCalls[K]> {
  return ipcRenderer.invoke(channel, ...args) as ReturnType<GlossCalls[K]>;
}

function subscribe<K extends keyof GlossEvents>(
  channel: K,
  listener: (payload: GlossEvents[K]) => void,
): () => void {
  const wrapped = (_event: IpcRendererEvent, payload: GlossEvents[K]) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => void ipcRenderer.removeListener(channel, wrapped);
}

const api = {
  importWithDialog: (folder) => call('import:dialog', { folder }),
  importPaths: (paths) => call('import:paths', { paths }),
  setKnownHashes: (hashes) => call('import:known-hashes', { hashes }),
  changeKnownHashes: (added, removed) => call('import:known-hashes-change', { added, removed }),
  cancelImport: (batchId) => call('import:cancel', { batchId }),
  importFinished: (batchId) => call('import:finished', { batchId }),
  importChunksSaved: (batchId, chunks) => call('import:chunks-saved', { batchId, chunks }),
  resumeImport: (paths) => call('import:resume', { paths }),
  dismissUnfinishedImports: () => call('import:dismiss-unfinished'),
  reextract: (bytes, fileName, encoding) => call('import:reextract', { bytes, fileName, encoding }),
  pickExportFile: (defaultName, kind) => call('export:pick-file', { defaultName, kind }),
  pickExportFolder: (names) => call('export:pick-folder', { names }),
  writeExportFile: (token, text) => call('export:write-file', { token, text }),
  writeExportFolder: (token, files) => call('export:write-folder', { token, files }),
  writeClipboard: (text) => call('clipboard:write', { text }),
  openExternal: (url) => call('shell:open-external', { url }),
  openOriginal: (bytes, fileName, path) => call('shell:open-original', { bytes, fileName, path }),
  appInfo: () => call('app:info'),
  pendingOpenRequests: () => call('app:pending-open-requests'),
  takeNotices: () => call('app:take-notices'),
  setLanguage: (language) => call('app:set-language', { language }),
  writeAutoBackup: (bytes, day) => call('backup:write-auto', { bytes, day }),
  saveBackup: (bytes, defaultName) => call('backup:save', { bytes, defaultName }),
  openBackup: () => call('backup:open'),
  openLatestBackup: () => call('backup:open-latest'),
  showDataFolder: () => call('app:show-data-folder'),
  libraryMoveStatus: () => call('library-move:status'),
  libraryMoveRead: () => call('library-move:read'),
  libraryMoveFinish: (counts) => call('library-move:finish', { counts }),
  pathForFile: (file) => {
    let path: string | null = null;
    try {
      path = webUtils.getPathForFile(file) || null;
    } catch {
      return null;
    }
    // Only a real dropped File has a path: the main process lets the import read it.
    if (path) void call('import:grant-dropped', { path });
    return path;
  },
  onImportProgress: (listener) => subscribe('import:progress', listener),
  onImportResults: (listener) => subscribe('import:results', listener),
  onOpenRequest: (listener) => subscribe('app:open-request', listener),
  onMenuCommand: (listener) => subscribe('menu:command', listener),
  onBeforeClose: (listener) => subscribe('app:before-close', () => listener()),
  closeReady: () => call('app:close-ready'),
  syncGetConfig: () => call('sync:get-config'),
  syncSaveConfig: (settings) => call('sync:save-config', settings),
  syncTest: (settings) => call('sync:test', settings),
  syncCreateDatabase: () => call('sync:create-database'),
  syncSetKey: (secret) => call('sync:set-key', { secret }),
  syncGetKey: () => call('sync:get-key'),
  syncFetch: (request) => call('sync:fetch', request),
  syncMakeSetupLink: (salt, iterations) => call('sync:make-setup-link', { salt, iterations }),
  syncUseSetupLink: (link, secret) => call('sync:use-setup-link', { link, secret }),
  syncForget: () => call('sync:forget'),
} satisfies GlossApi;

contextBridge.exposeInMainWorld('gloss', api);
