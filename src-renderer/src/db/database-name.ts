/**
 * Which IndexedDB database holds the library. Normally "gloss". When the library could not be
 * opened and the newest automatic backup was restored, the backup went into a new database (the
 * damaged one is never overwritten or deleted) whose name is kept in the window's local storage
 * for the next starts. The search worker learns the name from its own worker name.
 */
export const DEFAULT_DATABASE_NAME = 'gloss';
export const RECOVERED_PREFIX = 'gloss-recovered-';
const STORAGE_KEY = 'gloss.database';
const WORKER_PREFIX = 'gloss-search:';

type NameStorage = Pick<Storage, 'getItem' | 'setItem'>;

function windowStorage(): NameStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The library's database name: a recovered one when a restore chose it, else "gloss". */
export function activeDatabaseName(storage: NameStorage | undefined = windowStorage()): string {
  try {
    const name = storage?.getItem(STORAGE_KEY);
    if (name?.startsWith(RECOVERED_PREFIX)) return name;
  } catch {
    // Unreadable storage: the usual library.
  }
  return DEFAULT_DATABASE_NAME;
}

/** Makes `name` the library from the next start on. */
export function chooseDatabaseName(name: string, storage: NameStorage | undefined = windowStorage()): void {
  storage?.setItem(STORAGE_KEY, name);
}

/** A fresh name for a library restored from a backup. */
export function recoveredDatabaseName(now = new Date()): string {
  return `${RECOVERED_PREFIX}${now.toISOString().replace(/[:.]/g, '-')}`;
}

export function searchWorkerName(databaseName: string): string {
  return `${WORKER_PREFIX}${databaseName}`;
}

/** The database a search worker named by searchWorkerName() works on. */
export function databaseOfSearchWorker(workerName: string): string {
  return workerName.startsWith(WORKER_PREFIX)
    ? workerName.slice(WORKER_PREFIX.length)
    : DEFAULT_DATABASE_NAME;
}
