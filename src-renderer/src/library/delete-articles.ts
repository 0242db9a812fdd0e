/**
 * Deleting articles from the library as one undoable step: each article goes with its text,
 * bytes and highlights, and Undo puts them all back.
 */
import { deleteArticle, restoreDeletedArticle, type DeletedArticle } from './article-store';
import { undoable, undoStack } from '../undo/undo-stack';
import { undoLabel } from '../undo/undo-label';

/** Deletes the articles of `ids` that exist; returns how many were deleted. */
export const deleteArticles = undoable(async function deleteArticles(
  ids: readonly string[],
): Promise<number> {
  const deleted: DeletedArticle[] = [];
  for (const id of ids) {
    const one = await deleteArticle(id);
    if (one) deleted.push(one);
  }
  if (deleted.length === 0) return 0;
  undoStack.push({
    label:
      deleted.length === 1
        ? undoLabel('library.deleted', { title: deleted[0].article.title })
        : undoLabel('library.deletedMany', { count: deleted.length }),
    undo: async () => {
      for (const one of deleted) await restoreDeletedArticle(one);
    },
    redo: async () => {
      for (const one of deleted) await deleteArticle(one.article.id);
    },
  });
  return deleted.length;
});
