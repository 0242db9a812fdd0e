/**
 * The File → Export items that have no button of their own: every passage in the library, the
 * timeline of dated passages, and the open article's highlights as W3C Web Annotations
 * (JSON-LD). Each returns the status line's sentence, like the other export actions.
 */
import { gloss } from '../bridge/gloss';
import { db } from '../db/db';
import type { Article, Highlight } from '../db/models';
import { timelineToMarkdown } from './collection-markdown';
import { describeSave, exportPassages, saveMarkdown, t } from './export-actions';
import { safeFileName } from './file-name';
import type { ColorLabels } from './highlight-markdown';
import { highlightsToWebAnnotations } from './web-annotation';

/** Every highlight of the library (or only those carrying `tag` or a sub-tag) as one Markdown file. */
export async function exportAllPassages(
  title: string,
  colorLabels: ColorLabels,
  tag = '',
): Promise<string | null> {
  const highlights = tag
    ? await db.highlights
        .filter((h) => h.tags.some((name) => name === tag || name.startsWith(`${tag}/`)))
        .toArray()
    : await db.highlights.toArray();
  return exportPassages(
    tag ? `${title} – ${tag}` : title,
    highlights.map((h) => h.id),
    colorLabels,
  );
}

/** Dated passages in date order, grouped by year. */
export async function exportTimeline(title: string, colorLabels: ColorLabels): Promise<string | null> {
  const highlights = await db.highlights.where('date.value').above('').toArray();
  if (highlights.length === 0) return t('export.nothing');
  const articles = new Map(
    (await db.articles.bulkGet([...new Set(highlights.map((h) => h.articleId))]))
      .filter((a): a is Article => a !== undefined)
      .map((a) => [a.id, a]),
  );
  const entries = highlights
    .filter((highlight: Highlight) => articles.has(highlight.articleId))
    .map((highlight) => ({ highlight, article: articles.get(highlight.articleId)! }));
  return saveMarkdown(title, timelineToMarkdown({ title, entries, colorLabels, now: new Date() }));
}

/** The article's highlights as a W3C Web Annotation collection in JSON-LD. */
export async function exportWebAnnotations(articleId: string): Promise<string | null> {
  const [article, content] = await Promise.all([db.articles.get(articleId), db.contents.get(articleId)]);
  if (!article || !content) return t('export.nothing');
  const highlights = await db.highlights.where('articleId').equals(articleId).toArray();
  const collection = highlightsToWebAnnotations({ ...article, ...content }, highlights, new Date());
  const picked = await gloss.pickExportFile(safeFileName(article.title, new Set(), '.json'), 'json');
  if (!picked) return null;
  return describeSave(
    await gloss.writeExportFile(picked.token, `${JSON.stringify(collection, null, 2)}\n`),
    'export.saved',
  );
}
