/**
 * The person's corrections of an article: editing its title, authors, date, site and source
 * address (marked as the person's in `userEdits`, so they outlast re-extraction), "Use as
 * title" on a paragraph, and "Remove this paragraph", which moves a block into the removed
 * text. Every change is one transaction and one undo entry that puts the records back exactly.
 */
import type { ArticleInfo, InfoField } from '../../../src-shared/articles/article-info';
import { blockOffsets, BLOCK_SEPARATOR } from '../../../src-shared/articles/canonical-text';
import { db } from '../db/db';
import type { Article, ArticleContent, Highlight } from '../db/models';
import { undoable, undoStack } from '../undo/undo-stack';
import type { UndoLabel } from '../undo/undo-label';

/** Sets fields as the person's own; returns false when nothing changed. */
export const editArticleInfo = undoable(async function editArticleInfo(
  articleId: string,
  changes: Partial<ArticleInfo>,
  label: UndoLabel,
): Promise<boolean> {
  const before = await db.articles.get(articleId);
  if (!before) return false;
  const fields = (Object.keys(changes) as InfoField[]).filter(
    (field) => (before[field] ?? null) !== (changes[field] ?? null) || !(field in (before.userEdits ?? {})),
  );
  if (fields.length === 0) return false;
  const picked = Object.fromEntries(fields.map((f) => [f, changes[f] ?? null])) as Partial<ArticleInfo>;
  const after: Article = { ...before, ...picked, userEdits: { ...before.userEdits, ...picked } };
  await db.articles.put(after);
  undoStack.push({
    label,
    undo: async () => void (await db.articles.update(articleId, pickInfo(before))),
    redo: async () => void (await db.articles.update(articleId, pickInfo(after))),
  });
  return true;
});

function pickInfo(article: Article): Partial<Article> {
  return {
    title: article.title,
    byline: article.byline,
    publishedAt: article.publishedAt,
    siteName: article.siteName,
    sourceUrl: article.sourceUrl ?? null,
    userEdits: article.userEdits ?? {},
  };
}

/** The highlights that lie inside block `index`, listed before the block is removed. */
export async function highlightsInBlock(articleId: string, index: number): Promise<Highlight[]> {
  const content = await db.contents.get(articleId);
  if (!content || index < 0 || index >= content.blocks.length) return [];
  const start = blockOffsets(content.blocks)[index];
  const end = start + content.blocks[index].text.length;
  const highlights = await db.highlights.where('articleId').equals(articleId).toArray();
  return highlights.filter((h) => h.position.start < end && h.position.end > start);
}

interface TextState {
  content: ArticleContent;
  charCount: number;
  highlights: Highlight[];
}

async function readState(articleId: string): Promise<TextState | null> {
  const content = await db.contents.get(articleId);
  const article = await db.articles.get(articleId);
  if (!content || !article) return null;
  const highlights = await db.highlights.where('articleId').equals(articleId).toArray();
  return { content, charCount: article.charCount, highlights };
}

async function writeState(articleId: string, state: TextState): Promise<void> {
  await db.transaction('rw', db.articles, db.contents, db.highlights, async () => {
    await db.contents.put(state.content);
    await db.articles.update(articleId, { charCount: state.charCount });
    await db.highlights.bulkPut(state.highlights);
  });
}

/**
 * Moves block `index` into the removed text (reason "by-person"), at its place. Highlights
 * after it move back with the text; highlights inside it keep their quote, which no longer
 * matches, so the reader lists them as orphans. Undo restores every record as it was.
 */
export const removeParagraph = undoable(async function removeParagraph(
  articleId: string,
  index: number,
  label: UndoLabel,
): Promise<boolean> {
  let before: TextState | null = null;
  let after: TextState | null = null;
  await db.transaction('rw', db.articles, db.contents, db.highlights, async () => {
    before = await readState(articleId);
    if (!before || index < 0 || index >= before.content.blocks.length || before.content.blocks.length < 2) {
      before = null;
      return;
    }
    const { content } = before;
    const block = content.blocks[index];
    const start = blockOffsets(content.blocks)[index];
    const shift = block.text.length + BLOCK_SEPARATOR.length;
    const blocks = content.blocks.filter((_, i) => i !== index);
    const used = new Set(content.removed.map((r) => r.id));
    let n = content.removed.length;
    while (used.has(`p${n}`)) n++;
    const removed = content.removed.map((r) =>
      r.beforeBlock > index ? { ...r, beforeBlock: r.beforeBlock - 1 } : r,
    );
    // The paragraph goes after the removed passages that stood before it, in reading order.
    const at = removed.filter((r) => r.beforeBlock <= index).length;
    removed.splice(at, 0, { id: `p${n}`, text: block.text, reason: 'by-person', beforeBlock: index });
    const highlights = before.highlights
      .filter((h) => h.position.start >= start + block.text.length)
      .map((h) => ({
        ...h,
        position: {
          ...h.position,
          start: Math.max(start, h.position.start - shift),
          end: Math.max(start, h.position.end - shift),
        },
      }));
    after = {
      content: { ...content, blocks, removed },
      charCount: Math.max(0, before.charCount - shift),
      highlights,
    };
    await writeState(articleId, after);
  });
  const [was, now] = [before as TextState | null, after as TextState | null];
  if (!was || !now) return false;
  undoStack.push({
    label,
    undo: () => writeState(articleId, was),
    redo: () => writeState(articleId, now),
  });
  return true;
});
