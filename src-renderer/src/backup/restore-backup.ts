/**
 * Restoring a backup into the current library: decode and check the file, then add what is not
 * there yet in one transaction (all or nothing). The merge rules are in restore-plan.ts.
 */
import type { Table } from 'dexie';
import type { GlossDB } from '../db/db';
import { readBackup } from './backup-file';
import { planRestore, type BackupRecords, type ExistingKeys, type RestoreReport } from './restore-plan';

/**
 * Which of `keys` the table already holds. Reading every primary key (getAllKeys) is much faster
 * than looking each one up, and keys are small even in a large library.
 */
async function presentKeys<T, I>(table: Table<T, string, I>, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const wanted = new Set(keys);
  return new Set((await table.toCollection().primaryKeys()).filter((key) => wanted.has(key)));
}

async function existingKeys(db: GlossDB, backup: BackupRecords): Promise<ExistingKeys> {
  const twins = await db.articles
    .where('contentHash')
    .anyOf(backup.articles.map((a) => a.contentHash))
    .toArray();
  return {
    articleIds: await presentKeys(
      db.articles,
      backup.articles.map((a) => a.id),
    ),
    articleIdByHash: new Map(twins.map((a) => [a.contentHash, a.id])),
    contentIds: await presentKeys(db.contents, [
      ...backup.contents.map((c) => c.articleId),
      ...twins.map((a) => a.id),
    ]),
    sourceIds: await presentKeys(db.sources, [
      ...backup.sources.map((s) => s.articleId),
      ...twins.map((a) => a.id),
    ]),
    highlightIds: await presentKeys(
      db.highlights,
      backup.highlights.map((h) => h.id),
    ),
    tagNames: await presentKeys(
      db.tags,
      backup.tags.map((t) => t.name),
    ),
    settingKeys: await presentKeys(
      db.settings,
      backup.settings.map((s) => s.key),
    ),
  };
}

/**
 * Merges a backup file into `db`: deletes nothing, overwrites nothing. Throws BackupError with a
 * sentence for the person when the file is not a Gloss backup, is damaged, or is too new.
 */
export async function restoreBackup(db: GlossDB, bytes: Uint8Array): Promise<RestoreReport> {
  const { records } = await readBackup(bytes, db);
  const tables = [db.articles, db.contents, db.sources, db.highlights, db.tags, db.settings];
  return db.transaction('rw', tables, async () => {
    const { add, report } = planRestore(records, await existingKeys(db, records));
    await db.articles.bulkAdd(add.articles);
    await db.contents.bulkAdd(add.contents);
    await db.sources.bulkAdd(add.sources);
    await db.highlights.bulkAdd(add.highlights);
    await db.tags.bulkAdd(add.tags);
    await db.settings.bulkAdd(add.settings);
    return report;
  });
}
