/**
 * The whole library as a folder of notes: one Markdown file per article and an `index.md` that
 * links them with Obsidian `[[links]]`.
 */
import type { Article, Highlight } from '../db/models';
import { articleToMarkdown } from './article-markdown';
import { safeFileName } from './file-name';
import { renderFrontmatter } from './frontmatter';
import { isoTime, joinBlocks, type ColorLabels } from './highlight-markdown';
import { END_MARKER, beginMarker } from './managed-region';
import { escapeInline } from './markdown-text';

export interface LibraryFilesInput {
  articles: readonly Article[];
  /** Highlights by article id; an article missing from the map has none. */
  highlightsByArticle: ReadonlyMap<string, readonly Highlight[]>;
  colorLabels?: ColorLabels;
  now: Date | string;
}

export interface ExportFile {
  name: string;
  text: string;
}

export const INDEX_FILE_NAME = 'index.md';

function byImport(a: Article, b: Article): number {
  if (a.importedAt !== b.importedAt) return a.importedAt < b.importedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Files to write into one folder. Names are given in import order, so an article keeps its
 * file name (and its numbering among same-titled articles) when newer articles are added;
 * `index.md` lists the newest first.
 */
export function libraryToFiles({
  articles,
  highlightsByArticle,
  colorLabels,
  now,
}: LibraryFilesInput): ExportFile[] {
  const used = new Set<string>([INDEX_FILE_NAME]);
  const named = [...articles]
    .sort(byImport)
    .map((article) => ({ article, name: safeFileName(article.title, used) }));

  const files: ExportFile[] = named.map(({ article, name }) => ({
    name,
    text: articleToMarkdown({
      article,
      highlights: highlightsByArticle.get(article.id) ?? [],
      colorLabels,
      now,
    }),
  }));

  const entries = [...named].reverse().map(({ article, name }) => {
    const count = highlightsByArticle.get(article.id)?.length ?? 0;
    const parts = [`[[${name.replace(/\.md$/, '')}]]`];
    if (article.byline?.trim()) parts.push(escapeInline(article.byline.trim()));
    if (article.publishedAt) parts.push(escapeInline(article.publishedAt));
    parts.push(count === 1 ? '1 highlight' : `${count} highlights`);
    return `- ${parts.join(' · ')}`;
  });
  const index = joinBlocks([
    renderFrontmatter([
      ['title', 'Gloss library'],
      ['exported', isoTime(now)],
      ['gloss-export', 'library'],
    ]),
    [beginMarker('library')],
    ['# Gloss library'],
    entries.length > 0 ? entries : ['No articles.'],
    [END_MARKER],
  ]);
  files.push({ name: INDEX_FILE_NAME, text: `${index.join('\n')}\n` });
  return files;
}
