/**
 * Writes files the safe way (a temporary file in the same folder, flushed to disk, then a
 * rename), and explains failures in words: a read-only folder, a full disk, a missing folder.
 * Temporary files of writes a crash interrupted are listed in a journal and removed at the next
 * start, as are those left in folders Gloss owns (the backups).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { appendFile, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The name of a temporary file Gloss writes next to `target`. */
const TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;

let journalPath: string | null = null;

/** Where temporary files in progress are listed (in the data folder); none in tests. */
export function useTempJournal(path: string | null): void {
  journalPath = path;
}

export function describeWriteError(error: unknown, target: string): string {
  const code = (error as { code?: string } | null)?.code;
  const where = `“${target}”`;
  switch (code) {
    case 'EROFS':
      return `Could not write ${where}: the disk or folder is read-only.`;
    case 'EACCES':
    case 'EPERM':
      return `Could not write ${where}: Gloss is not allowed to write in that folder (permission denied).`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `Could not write ${where}: the disk is full.`;
    case 'ENOENT':
      return `Could not write ${where}: the folder no longer exists.`;
    case 'ENAMETOOLONG':
      return `Could not write ${where}: the file name is too long for this disk.`;
    default:
      return `Could not write ${where} (${error instanceof Error ? error.message : String(error)}).`;
  }
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  if (journalPath) await appendFile(journalPath, `${temp}\n`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      // On disk before it takes the old file's place: a power cut leaves the old or the new.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    await syncFolder(dirname(path));
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** The rename itself is durable once the folder is flushed (where the system allows it). */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/**
 * Removes the temporary files of interrupted writes: those the journal lists, and any left in
 * `folders` (Gloss's own). Returns how many were removed.
 */
export async function removeInterruptedWrites(folders: readonly string[]): Promise<number> {
  const candidates: string[] = [];
  if (journalPath) {
    // Read and emptied at once, before any new write can list itself.
    let listed = '';
    try {
      listed = readFileSync(journalPath, 'utf8');
    } catch {
      // No journal yet.
    }
    writeFileSync(journalPath, '');
    candidates.push(...listed.split('\n').filter(Boolean));
  }
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    candidates.push(...names.map((name) => join(folder, name)));
  }
  let removed = 0;
  for (const candidate of new Set(candidates)) {
    if (!TEMP_NAME.test(basename(candidate))) continue;
    await unlink(candidate).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}

/** The text of a file when it exists and is readable UTF-8, else null. */
export async function readTextIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}
