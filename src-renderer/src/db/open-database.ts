/**
 * Opens the library's database before anything else reads it, and says why when it cannot:
 * made by a newer Gloss (never opened, so this one cannot write records that one would
 * misread), blocked by another window, out of disk space, or unreadable (damaged files).
 */
import type Dexie from 'dexie';

export type OpenProblemKind = 'newer' | 'blocked' | 'quota' | 'unreadable';

export interface OpenProblem {
  kind: OpenProblemKind;
  /** The underlying error, for a bug report. */
  detail: string;
}

function errorNames(error: unknown): string[] {
  const outer = error as { name?: string; inner?: { name?: string } } | null;
  return [outer?.name, outer?.inner?.name].filter((name): name is string => typeof name === 'string');
}

function errorDetail(error: unknown): string {
  const outer = error as { message?: string; inner?: { message?: string } } | null;
  return outer?.inner?.message || outer?.message || String(error);
}

/** Which problem an error from opening the database is. */
export function classifyOpenError(error: unknown): OpenProblem {
  const names = errorNames(error);
  const detail = errorDetail(error);
  if (names.includes('VersionError')) return { kind: 'newer', detail };
  if (names.includes('QuotaExceededError')) return { kind: 'quota', detail };
  return { kind: 'unreadable', detail };
}

/** The version of the database named `name` on disk (IndexedDB's own number), without opening it. */
async function installedVersion(name: string): Promise<number | null> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return null;
  const found = (await indexedDB.databases()).find((info) => info.name === name);
  return found?.version ?? null;
}

/**
 * Opens `database`; null when it is open and usable, else the problem. A database whose version
 * is newer than every version this build declares is not opened at all: Dexie would open it as it
 * is and even add this build's tables to it.
 */
export async function openDatabase(database: Dexie): Promise<OpenProblem | null> {
  // Dexie's versions are a tenth of IndexedDB's; a schema patch adds one, a newer Gloss ten.
  const installed = Math.floor(((await installedVersion(database.name).catch(() => null)) ?? 0) / 10);
  if (installed > database.verno) {
    // Nothing may open it later by reading from it either.
    database.close({ disableAutoOpen: true });
    return {
      kind: 'newer',
      detail: `the library is at version ${installed}; this Gloss knows versions up to ${database.verno}`,
    };
  }
  let onBlocked = () => undefined as void;
  const blocked = new Promise<OpenProblem>((resolve) => {
    onBlocked = () => resolve({ kind: 'blocked', detail: 'another window of Gloss holds the library open' });
  });
  database.on('blocked', onBlocked);
  try {
    return await Promise.race([database.open().then(() => null), blocked]);
  } catch (error) {
    return classifyOpenError(error);
  } finally {
    database.on('blocked').unsubscribe(onBlocked);
  }
}
