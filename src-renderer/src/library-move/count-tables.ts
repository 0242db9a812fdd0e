/** Row counts of the tables a backup carries, for verifying a moved library. */
import { MOVED_TABLES, type TableCounts } from '../../../src-shared/library-move';
import type { GlossDB } from '../db/db';

export async function countMovedTables(db: GlossDB): Promise<TableCounts> {
  return db.transaction(
    'r',
    MOVED_TABLES.map((name) => db.table(name)),
    async () => {
      const counts = await Promise.all(MOVED_TABLES.map((name) => db.table(name).count()));
      return Object.fromEntries(MOVED_TABLES.map((name, i) => [name, counts[i]])) as TableCounts;
    },
  );
}
