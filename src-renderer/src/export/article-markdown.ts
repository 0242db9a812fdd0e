/**
 * An article's notes as one Obsidian-friendly Markdown file: frontmatter with a stable id, then a
 * managed region with the title, the article note and every highlight in reading order.
 */
import type { Article, Highlight } from '../db/models';
import { renderFrontmatter } from './frontmatter';
import {
  articleBylineLine,
  highlightLines,
  inDocumentOrder,
  isoTime,
  joinBlocks,
  type ColorLabels,
} from './highlight-markdown';
import { END_MARKER, beginMarker } from './managed-region';
import { escapeInline, sanitizeNote } from './markdown-text';
import { obsidianTag } from './obsidian';

export interface ArticleMarkdownInput {
  article: Article;
  /** The article's highlights, in any order. */
  highlights: readonly Highlight[];
  colorLabels?: ColorLabels;
  now: Date | string;
}

/** Obsidian tag names of the article's own tags (highlight tags are inline with each highlight). */
function frontmatterTags(article: Article): string[] {
  const tags = article.tags.map(obsidianTag).filter((tag): tag is string => tag !== null);
  return [...new Set(tags)];
}

export function articleFrontmatter(article: Article, now: Date | string): string[] {
  return renderFrontmatter([
    ['title', article.title],
    ['author', article.byline?.trim() || null],
    ['published', article.publishedAt],
    ['site', article.siteName?.trim() || null],
    ['source', article.source.fileName],
    ['source-path', article.source.path],
    ['source-url', article.sourceUrl?.trim() || null],
    ['imported', article.importedAt],
    ['exported', isoTime(now)],
    ['tags', frontmatterTags(article)],
    ['gloss-id', article.id],
  ]);
}

/** The managed region's lines for one article: title, byline, note, highlights. */
export function articleRegionBody(
  article: Article,
  highlights: readonly Highlight[],
  colorLabels: ColorLabels | undefined,
): string[] {
  const note = sanitizeNote(article.note ?? '');
  const ordered = inDocumentOrder(highlights.filter((h) => h.articleId === article.id));
  return joinBlocks([
    [`# ${escapeInline(article.title) || 'Untitled'}`],
    [articleBylineLine(article)],
    note ? ['## Note', '', note] : [],
    ordered.length > 0 ? ['## Highlights'] : [],
    ...ordered.map((h) => highlightLines(h, { colorLabels, blockIds: true, pages: article.pages })),
  ]);
}

export function articleToMarkdown({ article, highlights, colorLabels, now }: ArticleMarkdownInput): string {
  const lines = joinBlocks([
    articleFrontmatter(article, now),
    [beginMarker(`article:${encodeURIComponent(article.id)}`)],
    articleRegionBody(article, highlights, colorLabels),
    [END_MARKER],
  ]);
  return `${lines.join('\n')}\n`;
}
