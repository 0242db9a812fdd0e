/**
 * Turns Gloss's stored records (an article, its text, a highlight) into search documents. The
 * app's worker and the command line (reading a backup file) both go through here, so they index
 * exactly the same text.
 */
import { canonicalText } from '../articles/canonical-text';
import type { ArticleDocument, PassageDocument } from './documents';

export interface ArticleRecordLike {
  id: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  note: string;
  tags: string[];
  publishedAt: string | null;
  importedAt: string;
}

export interface ContentRecordLike {
  blocks: readonly { text: string }[];
  removed: readonly { text: string }[];
}

export interface HighlightRecordLike {
  id: string;
  articleId: string;
  color: string;
  quote: { exact: string };
  note: string;
  tags: string[];
  createdAt: string;
}

export function articleDocument(
  article: ArticleRecordLike,
  content: ContentRecordLike | undefined,
): ArticleDocument {
  return {
    id: article.id,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    text: content ? canonicalText(content.blocks) : '',
    note: article.note ?? '',
    tags: article.tags ?? [],
    removed: content ? content.removed.map((r) => r.text).join('\n\n') : '',
    publishedAt: article.publishedAt,
    importedAt: article.importedAt,
  };
}

export function passageDocument(highlight: HighlightRecordLike): PassageDocument {
  return {
    id: highlight.id,
    articleId: highlight.articleId,
    quote: highlight.quote.exact,
    note: highlight.note ?? '',
    tags: highlight.tags ?? [],
    color: highlight.color,
    createdAt: highlight.createdAt,
  };
}
