/**
 * Deleted records that sync brought back (another computer changed them after the deletion, and
 * the edit survives): what to show about them, and "Delete again", which deletes them the way
 * the person's own deletion does (an article with its text, original and highlights), with undo.
 */
import { db } from '../db/db';
import type { Highlight } from '../db/models';
import { deleteArticle, restoreDeletedArticle, type DeletedArticle } from '../library/article-store';
import { undoable, undoStack, type UndoLabel } from '../undo/undo-stack';
import type { ReturnedItem } from './sync-service';

/** Only what a person deletes and would miss: articles and highlights. */
export function offerable(items: ReturnedItem[]): ReturnedItem[] {
  return items.filter((item) => item.table === 'articles' || item.table === 'highlights');
}

/** A short name for a returned record: the article's title or the highlight's quote. */
export async function describeReturned(item: ReturnedItem): Promise<string | null> {
  if (item.table === 'articles') return (await db.articles.get(item.key))?.title ?? null;
  if (item.table === 'highlights') return (await db.highlights.get(item.key))?.quote.exact ?? null;
  return null;
}

/** Deletes the returned records again; one undo entry brings them all back. */
export const deleteAgain = undoable(async function deleteAgain(
  items: ReturnedItem[],
  label: UndoLabel,
): Promise<number> {
  const articles: DeletedArticle[] = [];
  const highlights: Highlight[] = [];
  for (const item of offerable(items)) {
    if (item.table === 'articles') {
      const deleted = await deleteArticle(item.key);
      if (deleted) articles.push(deleted);
    } else {
      const highlight = await db.highlights.get(item.key);
      if (!highlight) continue;
      await db.highlights.delete(item.key);
      highlights.push(highlight);
    }
  }
  const count = articles.length + highlights.length;
  if (count === 0) return 0;
  undoStack.push({
    label,
    undo: async () => {
      for (const one of articles) await restoreDeletedArticle(one);
      await db.highlights.bulkPut(highlights);
    },
    redo: async () => {
      for (const one of articles) await deleteArticle(one.article.id);
      await db.highlights.bulkDelete(highlights.map((h) => h.id));
    },
  });
  return count;
});
