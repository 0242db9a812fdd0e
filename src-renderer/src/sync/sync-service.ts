/**
 * The window's one sync engine and the steps around it: unlocking with the passphrase, starting
 * from the kept key at launch, turning sync off, and the log. The UI (SyncArea) only calls these.
 */
import { db } from '../db/db';
import { gloss, hasBridge } from '../bridge/gloss';
import { importKeys } from './sync-crypto';
import { SyncEngine, type SyncStatus } from './engine';
import type { ApplyReport } from './apply';
import { readKeyCheck, unlock } from './key-check';
import { openMirror, openRemote } from './pouch';
import { appendLog, readOptions, writeOptions } from './sync-state';
import { localClock, outboxId } from './outbox';
import { SYNCED_TABLES } from '../../../src-shared/sync/record-kinds';
import { searchClient } from '../search/search-client';
import { pauseIndexingDuringFirstSync } from './first-sync-indexing';

let engine: SyncEngine | null = null;
const listeners = new Set<(status: SyncStatus) => void>();
const returnedListeners = new Set<(items: ReturnedItem[]) => void>();
let current: SyncStatus = { state: 'off' };

function publish(status: SyncStatus): void {
  current = status;
  for (const listener of listeners) listener(status);
}

export function onSyncStatus(listener: (status: SyncStatus) => void): () => void {
  listeners.add(listener);
  listener(current);
  return () => listeners.delete(listener);
}

export type ReturnedItem = ApplyReport['returned'][number];

/** Deleted records that came back because another computer changed them (for the offer to delete again). */
export function onSyncReturned(listener: (items: ReturnedItem[]) => void): () => void {
  returnedListeners.add(listener);
  return () => returnedListeners.delete(listener);
}

export function syncLog(message: string): void {
  void appendLog(db, message);
}

/** Every record already in the library goes into the outbox once (the first sync of a library). */
async function queueWholeLibrary(): Promise<void> {
  const stamp = localClock.tick();
  for (const table of SYNCED_TABLES) {
    const keys = (await db.table(table).toCollection().primaryKeys()) as string[];
    const entries = keys
      .filter((key) => table !== 'settings' || key === 'colorLabels' || key.startsWith('tagRename:'))
      .map((key) => ({ id: outboxId(table, key), table, key, stamp }));
    await db.syncOutbox.bulkPut(entries);
  }
}

async function startEngine(keysSecret: Uint8Array): Promise<void> {
  const config = await gloss.syncGetConfig();
  if (!config) return;
  await engine?.stop();
  const options = await readOptions(db);
  const keys = await importKeys(keysSecret);
  engine = new SyncEngine({
    db,
    mirror: openMirror(),
    remote: openRemote(config.url, config.database, (reachable) => engine?.networkResult(reachable)),
    keys,
    includeOriginals: options.includeOriginals,
    log: syncLog,
    onReturned: (items) => {
      for (const listener of returnedListeners) listener(items);
    },
  });
  engine.onStatus(publish);
  engine.onStatus(pauseIndexingDuringFirstSync((paused) => searchClient.importing(paused)));
  engine.start();
}

/** At launch: sync again if it was set up on this computer. */
export async function resumeSync(): Promise<void> {
  if (!hasBridge) return;
  const options = await readOptions(db);
  if (!options.enabled) return;
  const secret = await gloss.syncGetKey();
  if (secret) await startEngine(secret);
}

/**
 * Checks the passphrase against the server (or sets it, on the first computer), keeps the key
 * and starts syncing. Throws WrongPassphrase (nothing written) when it does not match.
 */
export async function enableSync(
  passphrase: string,
  includeOriginals: boolean,
): Promise<{ created: boolean }> {
  const config = await gloss.syncGetConfig();
  if (!config) throw new Error('Save the server settings first.');
  const remote = openRemote(config.url, config.database);
  const { secret, created } = await unlock(remote, passphrase);
  await gloss.syncSetKey(secret);
  const wasEnabled = (await readOptions(db)).enabled;
  await writeOptions(db, { enabled: true, includeOriginals });
  if (!wasEnabled) await queueWholeLibrary();
  await startEngine(secret);
  return { created };
}

export async function disableSync(forget: boolean): Promise<void> {
  await engine?.stop();
  engine = null;
  const options = await readOptions(db);
  await writeOptions(db, { ...options, enabled: false });
  if (forget) await gloss.syncForget();
  publish({ state: 'off' });
}

export function syncNow(): void {
  engine?.syncNow();
}

/** The salt and rounds of the server's key check, for the setup text. */
export async function setupLink(): Promise<string> {
  const config = await gloss.syncGetConfig();
  if (!config) throw new Error('Sync is not set up.');
  const check = await readKeyCheck(openRemote(config.url, config.database));
  if (!check) throw new Error('Turn sync on first: the server has no key check yet.');
  return gloss.syncMakeSetupLink(check.salt, check.iterations);
}
