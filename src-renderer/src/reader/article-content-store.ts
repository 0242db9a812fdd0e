/**
 * Changes to an article's text: restoring a removed passage into the article, and replacing
 * the text after "Reopen with encoding…". Highlights keep their quotes; positions after an
 * insertion are shifted so they still anchor on the fast path.
 */
import type { ImportedArticle } from '../../../src-main/ipc/contract';
import { blockOffsets, BLOCK_SEPARATOR } from '../../../src-shared/articles/canonical-text';
import { withUserEdits } from '../../../src-shared/articles/article-info';
import { db } from '../db/db';

type ArticleImage = NonNullable<ImportedArticle['images']>[number];

export async function restoreRemovedBlock(articleId: string, removedId: string): Promise<void> {
  await db.transaction('rw', db.articles, db.contents, db.highlights, async () => {
    const content = await db.contents.get(articleId);
    if (!content) return;
    const removed = content.removed.find((r) => r.id === removedId);
    if (!removed) return;
    const at = Math.min(removed.beforeBlock, content.blocks.length);
    const offsets = blockOffsets(content.blocks);
    const insertionOffset = at < content.blocks.length ? offsets[at] : canonicalLength(content.blocks);
    const blocks = [...content.blocks];
    blocks.splice(at, 0, { kind: 'paragraph', text: removed.text, restoredFrom: removed.id });
    const rest = content.removed
      .filter((r) => r.id !== removedId)
      .map((r) =>
        r.beforeBlock > at ||
        (r.beforeBlock === at && content.removed.indexOf(r) > content.removed.indexOf(removed))
          ? { ...r, beforeBlock: r.beforeBlock + 1 }
          : r,
      );
    await db.contents.put({ ...content, blocks, removed: rest });
    const shift = removed.text.length + BLOCK_SEPARATOR.length;
    const highlights = await db.highlights.where('articleId').equals(articleId).toArray();
    const moved = highlights
      .filter((h) => h.position.start >= insertionOffset)
      .map((h) => ({
        ...h,
        position: { ...h.position, start: h.position.start + shift, end: h.position.end + shift },
      }));
    if (moved.length > 0) await db.highlights.bulkPut(moved);
    const article = await db.articles.get(articleId);
    if (article) await db.articles.update(articleId, { charCount: article.charCount + shift });
  });
}

function canonicalLength(blocks: { text: string }[]): number {
  return (
    blocks.reduce((sum, b) => sum + b.text.length, 0) +
    Math.max(0, blocks.length - 1) * BLOCK_SEPARATOR.length
  );
}

/**
 * Images embedded at import come from the page's folder, which a re-extraction of the kept
 * bytes cannot read again: when the page has as many images as before, each keeps the picture
 * it had (the markup is the same; only the text's decoding changed).
 */
export function keepEmbeddedImages(
  before: ArticleImage[] | undefined,
  after: ArticleImage[] | undefined,
): ArticleImage[] | undefined {
  if (!after || !before || before.length !== after.length) return after;
  return after.map((image, i) =>
    image.src === null && before[i].src ? { ...image, src: before[i].src } : image,
  );
}

/** Replaces an article's text with a fresh extraction of its original bytes. */
export async function replaceExtraction(articleId: string, imported: ImportedArticle): Promise<void> {
  await db.transaction('rw', db.articles, db.contents, async () => {
    const before = await db.contents.get(articleId);
    const images = keepEmbeddedImages(before?.images, imported.images);
    await db.contents.put({
      articleId,
      blocks: imported.blocks,
      removed: imported.removed,
      ...(images ? { images } : {}),
    });
    const article = await db.articles.get(articleId);
    // What the person set in Article info stays theirs; the rest is the new extraction's.
    const info = withUserEdits(
      {
        title: imported.title,
        byline: imported.byline,
        publishedAt: imported.publishedAt,
        siteName: imported.siteName,
        sourceUrl: imported.sourceUrl ?? null,
      },
      article?.userEdits,
    );
    await db.articles.update(articleId, {
      ...info,
      unsure: imported.unsure ?? [],
      encoding: imported.encoding,
      encodingSource: imported.encodingSource,
      replacedSequences: imported.replacedSequences,
      charCount: canonicalLength(imported.blocks),
    });
  });
}
