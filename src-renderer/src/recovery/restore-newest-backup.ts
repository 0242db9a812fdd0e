/**
 * "Restore the newest backup" when the library cannot be opened: the newest automatic backup is
 * restored into a new database, which becomes the library from then on. The damaged (or newer)
 * database is left exactly as it was.
 */
import Dexie from 'dexie';
import { gloss } from '../bridge/gloss';
import { GlossDB } from '../db/db';
import { chooseDatabaseName, recoveredDatabaseName } from '../db/database-name';
import { restoreBackup } from '../backup/restore-backup';

export type RestoreOutcome =
  | { ok: true; databaseName: string; articles: number }
  | { ok: false; reason: 'no-backup' }
  | { ok: false; reason: 'failed'; fileName: string; detail: string };

export async function restoreNewestBackup(
  backup: () => Promise<{ fileName: string; bytes: Uint8Array } | null> = () => gloss.openLatestBackup(),
  now = new Date(),
): Promise<RestoreOutcome> {
  const file = await backup();
  if (!file) return { ok: false, reason: 'no-backup' };
  const databaseName = recoveredDatabaseName(now);
  const target = new GlossDB(databaseName);
  try {
    const report = await restoreBackup(target, file.bytes);
    target.close();
    chooseDatabaseName(databaseName);
    return { ok: true, databaseName, articles: report.articlesAdded };
  } catch (error) {
    target.close();
    await Dexie.delete(databaseName).catch(() => undefined);
    return {
      ok: false,
      reason: 'failed',
      fileName: file.fileName,
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}
