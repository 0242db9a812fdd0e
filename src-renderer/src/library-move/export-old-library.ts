/**
 * Runs in the old origin (`file://`), in the preload of a hidden page: the library that origin
 * holds, as a Gloss backup file with its row counts. It only reads: opening the database with
 * this build's schema upgrades an older one, as starting Gloss on file:// would have.
 */
import Dexie from 'dexie';
import { isEmptyLibrary, type TableCounts } from '../../../src-shared/library-move';
import { exportBackup } from '../backup/backup-file';
import { GlossDB } from '../db/db';
import { activeDatabaseName } from '../db/database-name';
import { countMovedTables } from './count-tables';

export type OldLibraryExport =
  | { kind: 'exported'; counts: TableCounts; bytes: Uint8Array }
  | { kind: 'empty' }
  | { kind: 'failed'; detail: string };

export async function exportOldLibrary(): Promise<OldLibraryExport> {
  try {
    // The library this origin used: "gloss", or the one a restore after a failed open chose.
    const name = activeDatabaseName();
    if (!(await Dexie.exists(name))) return { kind: 'empty' };
    const db = new GlossDB(name);
    try {
      await db.open();
      const counts = await countMovedTables(db);
      if (isEmptyLibrary(counts)) return { kind: 'empty' };
      return { kind: 'exported', counts, bytes: await exportBackup(db) };
    } finally {
      db.close();
    }
  } catch (error) {
    return { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}
