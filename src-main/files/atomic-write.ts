/**
 * Writes files the safe way (a temporary file in the same folder, then a rename), and explains
 * failures in words: a read-only folder, a full disk, a missing folder.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

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
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** The text of a file when it exists and is readable UTF-8, else null. */
export async function readTextIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}
