/**
 * The reading workflow's writes: an article's status (Inbox → Reading → Finished, and Archive),
 * set for one or many articles at once and undoable; opening an article (last opened, and an
 * Inbox article starts Reading); reading progress saved with the reading position; a tag added to
 * many articles at once, undoable.
 */
import { db } from '../db/db';
import type { Article, ReadingStatus } from '../db/models';
import { RecordChanges } from '../tags/record-changes';
import { addMissingTags, normalizeTagName } from '../tags/tag-store';
import { undoable, undoStack } from '../undo/undo-stack';
import type { UndoLabel } from '../undo/undo-label';

/** The status of an article written before the workflow existed counts as Inbox. */
export function statusOf(article: Pick<Article, 'status'>): ReadingStatus {
  return article.status ?? 'inbox';
}

const changeArticles = undoable(async function changeArticles(
  ids: readonly string[],
  label: UndoLabel,
  change: (article: Article, changes: RecordChanges) => Article | null | Promise<Article | null>,
): Promise<number> {
  const changes = new RecordChanges();
  await db.transaction('rw', db.articles, db.highlights, db.tags, async () => {
    const articles = await db.articles.bulkGet([...ids]);
    for (const article of articles) {
      if (!article) continue;
      const next = await change(article, changes);
      if (next) changes.set('articles', article.id, article, next);
    }
    await changes.write('after');
  });
  const count = changes.count('articles');
  if (count > 0)
    undoStack.push({ label, undo: () => changes.write('before'), redo: () => changes.write('after') });
  return count;
});

/** Sets the status of every article in `ids`; returns how many changed. Undoable as one step. */
export function setReadingStatus(
  ids: readonly string[],
  status: ReadingStatus,
  label: UndoLabel,
): Promise<number> {
  return changeArticles(ids, label, (article) =>
    statusOf(article) === status ? null : { ...article, status },
  );
}

/** Adds one tag to every article in `ids` (creating the tag when new); undoable as one step. */
export function addTagToArticles(ids: readonly string[], tag: string, label: UndoLabel): Promise<number> {
  const name = normalizeTagName(tag);
  if (!name) return Promise.resolve(0);
  return changeArticles(ids, label, async (article, changes) => {
    if (article.tags.some((t) => t.toLowerCase() === name.toLowerCase())) return null;
    await addMissingTags(changes, [name], new Date().toISOString());
    return { ...article, tags: [...article.tags, name] };
  });
}

/** Records that an article was opened now; an article in the Inbox moves to Reading. */
export async function markOpened(id: string, now = new Date().toISOString()): Promise<void> {
  await db.transaction('rw', db.articles, async () => {
    const article = await db.articles.get(id);
    if (!article) return;
    const status = statusOf(article) === 'inbox' ? 'reading' : statusOf(article);
    await db.articles.update(id, { lastOpenedAt: now, status });
  });
}

/** Saves how far the person has read (0–1) with the reading position's offset. */
export async function saveReadingProgress(id: string, offset: number, progress: number): Promise<void> {
  const clamped = Math.max(0, Math.min(1, Math.round(progress * 1000) / 1000));
  await db.articles.update(id, {
    readingPosition: { offset, updatedAt: new Date().toISOString() },
    progress: clamped,
  });
}
