/**
 * Exports that gather highlights from several articles: the passages of a tag or a filter,
 * grouped by article, and the timeline of dated passages, grouped by year.
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
import { escapeInline } from './markdown-text';
import { glossLink } from './obsidian';

function collectionFile(title: string, kind: string, now: Date | string, body: string[][]): string {
  const lines = joinBlocks([
    renderFrontmatter([
      ['title', title],
      ['exported', isoTime(now)],
      ['gloss-export', kind],
    ]),
    [beginMarker(kind)],
    [`# ${escapeInline(title) || 'Untitled'}`],
    ...body,
    [END_MARKER],
  ]);
  return `${lines.join('\n')}\n`;
}

export interface PassagesMarkdownInput {
  /** What was gathered, e.g. `#policy` or `Yellow highlights`. */
  title: string;
  /** The articles, in the order their groups should appear. */
  articles: readonly Article[];
  /** The passages, in any order; each is grouped under its article. */
  highlights: readonly Highlight[];
  colorLabels?: ColorLabels;
  now: Date | string;
}

/**
 * Passages grouped by article (in the order of `articles`), each group in reading order.
 * Passages whose article is not given are listed last under their article id.
 */
export function passagesToMarkdown({
  title,
  articles,
  highlights,
  colorLabels,
  now,
}: PassagesMarkdownInput): string {
  const byArticle = new Map<string, Highlight[]>();
  for (const h of highlights) byArticle.set(h.articleId, [...(byArticle.get(h.articleId) ?? []), h]);
  const groups: string[][] = [];
  const pagesOf = new Map(articles.map((a) => [a.id, a.pages]));
  const group = (heading: string, byline: string, list: readonly Highlight[]) => {
    groups.push([`## ${heading}`], [byline]);
    for (const h of inDocumentOrder(list))
      groups.push(highlightLines(h, { colorLabels, blockIds: true, pages: pagesOf.get(h.articleId) }));
  };
  const seen = new Set<string>();
  for (const article of articles) {
    const list = byArticle.get(article.id);
    if (!list || seen.has(article.id)) continue;
    seen.add(article.id);
    group(escapeInline(article.title) || 'Untitled', articleBylineLine(article), list);
  }
  for (const [articleId, list] of byArticle) {
    if (!seen.has(articleId))
      group('Article not in the library', `[Open in Gloss](${glossLink(articleId)})`, list);
  }
  if (groups.length === 0) groups.push(['No passages.']);
  return collectionFile(title, 'passages', now, groups);
}

export interface TimelineEntry {
  highlight: Highlight;
  article: Article;
}

export interface TimelineMarkdownInput {
  title?: string;
  /** Dated passages; a passage without a date is listed last, under "Undated". */
  entries: readonly TimelineEntry[];
  colorLabels?: ColorLabels;
  now: Date | string;
}

function yearOf(value: string): string {
  return /^-?\d+/.exec(value)?.[0] ?? value;
}

/**
 * Dated passages ordered by their date (`1997` < `1997-06` < `1997-06-05`), grouped by year;
 * passages with the same date follow their articles' import order and their place in them.
 */
export function timelineToMarkdown({
  title = 'Timeline',
  entries,
  colorLabels,
  now,
}: TimelineMarkdownInput): string {
  const sorted = [...entries].sort((a, b) => {
    const da = a.highlight.date?.value;
    const dbv = b.highlight.date?.value;
    if (da !== dbv) {
      if (da === undefined) return 1;
      if (dbv === undefined) return -1;
      const ya = Number(yearOf(da));
      const yb = Number(yearOf(dbv));
      if (ya !== yb && Number.isFinite(ya) && Number.isFinite(yb)) return ya - yb;
      return da < dbv ? -1 : 1;
    }
    if (a.article.id !== b.article.id) {
      if (a.article.importedAt !== b.article.importedAt)
        return a.article.importedAt < b.article.importedAt ? -1 : 1;
      return a.article.id < b.article.id ? -1 : 1;
    }
    return (
      a.highlight.position.start - b.highlight.position.start || (a.highlight.id < b.highlight.id ? -1 : 1)
    );
  });
  const blocks: string[][] = [];
  let year: string | null = null;
  for (const { highlight, article } of sorted) {
    const heading = highlight.date ? yearOf(highlight.date.value) : 'Undated';
    if (heading !== year) {
      blocks.push([`## ${escapeInline(heading)}`]);
      year = heading;
    }
    const when = highlight.date ? `**${escapeInline(highlight.date.value)}** · ` : '';
    blocks.push([`${when}${escapeInline(article.title) || 'Untitled'}`]);
    blocks.push(
      highlightLines(highlight, { colorLabels, blockIds: true, showDate: false, pages: article.pages }),
    );
  }
  if (blocks.length === 0) blocks.push(['No dated passages.']);
  return collectionFile(title, 'timeline', now, blocks);
}
