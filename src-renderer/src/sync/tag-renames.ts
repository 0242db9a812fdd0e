/**
 * Tag renames and merges across computers. A rename leaves a library setting
 * `tagRename:<old name>` = { to }, which syncs like any other; whenever changes arrive, every
 * known rename is applied again to what still carries the old name (a passage tagged with it
 * on the other computer while the rename happened here), so both end with the new name.
 */
import { db } from '../db/db';
import { renameTag } from '../tags/tag-store';

export const RENAME_PREFIX = 'tagRename:';

export async function recordTagRename(from: string, to: string): Promise<void> {
  await db.settings.put({ key: `${RENAME_PREFIX}${from}`, value: { to, at: new Date().toISOString() } });
}

/** Renames what still uses an old name; returns how many renames changed something. */
export async function applyKnownRenames(): Promise<number> {
  const rows = await db.settings.where('key').startsWith(RENAME_PREFIX).toArray();
  let changed = 0;
  for (const row of rows) {
    const from = row.key.slice(RENAME_PREFIX.length);
    const to = (row.value as { to?: unknown } | null)?.to;
    if (typeof to !== 'string' || to === from) continue;
    const inUse =
      (await db.highlights.where('tags').equals(from).count()) +
      (await db.articles.where('tags').equals(from).count()) +
      (await db.tags.where('name').equals(from).count());
    if (inUse === 0) continue;
    const result = await renameTag(from, to, { undoable: false });
    if (result) changed++;
  }
  return changed;
}
