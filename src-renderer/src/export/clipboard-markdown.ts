/**
 * "Copy as Markdown" for selected highlights: quotes, notes and a source line, ready to paste
 * into another note. No frontmatter, no managed markers and no block ids (pasting twice would
 * repeat them).
 */
import type { Article, Highlight } from '../db/models';
import { highlightLines, inDocumentOrder, joinBlocks, type ColorLabels } from './highlight-markdown';
import { escapeInline } from './markdown-text';
import { glossLink } from './obsidian';

export function highlightsToClipboardMarkdown(
  article: Article,
  highlights: readonly Highlight[],
  colorLabels?: ColorLabels,
): string {
  const source = [escapeInline(article.title) || 'Untitled'];
  if (article.byline?.trim()) source.push(escapeInline(article.byline.trim()));
  if (article.publishedAt) source.push(escapeInline(article.publishedAt));
  const lines = joinBlocks([
    ...inDocumentOrder(highlights).map((h) =>
      highlightLines(h, { colorLabels, blockIds: false, pages: article.pages }),
    ),
    [`— [${source.join(', ')}](${glossLink(article.id)})`],
  ]);
  return `${lines.join('\n')}\n`;
}
