/**
 * One highlight as Markdown, shared by every exporter: the passage as a blockquote, its `^blockid`,
 * a line with color, label, date, tags and a link back into Gloss, then the person's note.
 */
import type { Article, Highlight, HighlightColor } from '../db/models';
import { escapeInline, quoteLines, sanitizeNote } from './markdown-text';
import { pageAt, type PageStart } from '../../../src-shared/articles/pages';
import { glossLink, highlightBlockId, inlineTags } from './obsidian';

/** The person's names for the colors, e.g. `{ yellow: 'key fact' }`. */
export type ColorLabels = Partial<Record<HighlightColor, string>>;

const COLOR_NAMES: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
};

/** `Yellow · key fact`, or `Yellow` when the color has no label. */
export function colorLabel(color: HighlightColor, labels: ColorLabels = {}): string {
  const name = COLOR_NAMES[color] ?? escapeInline(String(color));
  const label = labels[color]?.trim();
  return label ? `${name} · ${escapeInline(label)}` : name;
}

/** Highlights in reading order. */
export function inDocumentOrder(highlights: readonly Highlight[]): Highlight[] {
  return [...highlights].sort(
    (a, b) =>
      a.position.start - b.position.start || a.position.end - b.position.end || (a.id < b.id ? -1 : 1),
  );
}

export interface HighlightMarkdownOptions {
  colorLabels?: ColorLabels;
  /** Obsidian block ids: on in notes files, off for the clipboard (a pasted copy would repeat them). */
  blockIds: boolean;
  /** Show the highlight's date in its line (the timeline shows it above the passage instead). */
  showDate?: boolean;
  /** The article's pages (PDF): the line cites the page the passage starts on, `p. 3`. */
  pages?: readonly PageStart[];
}

/** Markdown lines for one highlight, without blank lines around it. */
export function highlightLines(highlight: Highlight, options: HighlightMarkdownOptions): string[] {
  const lines = quoteLines(highlight.quote.exact);
  if (options.blockIds) lines.push('', `^${highlightBlockId(highlight.id)}`);
  const meta = [colorLabel(highlight.color, options.colorLabels)];
  const page = pageAt(options.pages, highlight.position.start);
  if (page !== null) meta.push(`p. ${page}`);
  if (highlight.date && options.showDate !== false) meta.push(escapeInline(highlight.date.value));
  const tags = inlineTags(highlight.tags);
  if (tags) meta.push(tags);
  meta.push(`[Open in Gloss](${glossLink(highlight.articleId, highlight.id)})`);
  lines.push('', meta.join(' · '));
  const note = sanitizeNote(highlight.note ?? '');
  if (note) lines.push('', note);
  return lines;
}

/** `Admin · Site · 2022-01-17 · [Open in Gloss](gloss://article/…)`: who, where, when, and a way back. */
export function articleBylineLine(article: Article): string {
  const parts: string[] = [];
  if (article.byline?.trim()) parts.push(escapeInline(article.byline.trim()));
  if (article.siteName?.trim()) parts.push(escapeInline(article.siteName.trim()));
  if (article.publishedAt) parts.push(escapeInline(article.publishedAt));
  parts.push(`[Open in Gloss](${glossLink(article.id)})`);
  return parts.join(' · ');
}

/** Joins blocks of lines with one blank line between them. */
export function joinBlocks(blocks: readonly (readonly string[])[]): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.length === 0) continue;
    if (lines.length > 0) lines.push('');
    for (const line of block) lines.push(line);
  }
  return lines;
}

/** An ISO 8601 string from the `now` every exporter takes. */
export function isoTime(now: Date | string): string {
  return typeof now === 'string' ? now : now.toISOString();
}
