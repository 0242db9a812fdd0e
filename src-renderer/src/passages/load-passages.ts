/**
 * Passages read from the database for one filter, without loading every highlight: the most
 * selective index (article, tags, color, creation date) narrows the read, then the pure query
 * finishes the filter and the order. For exports and one-off reads; the Passages view keeps
 * every highlight in memory instead, because it re-filters on each change.
 */
import { db } from '../db/db';
import type { Highlight } from '../db/models';
import { filterPassages, type PassageArticle, type PassageFilter } from './passages-query';

function candidates(filter: PassageFilter): Promise<Highlight[]> {
  if (filter.articleId) return db.highlights.where('articleId').equals(filter.articleId).toArray();
  const tags = (filter.tags ?? []).map((tag) => tag.trim()).filter(Boolean);
  if (tags.length > 0) {
    // Prefix reads catch the children; `filterPassages` drops `policyX` when the filter is `policy`.
    const reads = filter.tagMode === 'any' ? tags : tags.slice(0, 1);
    return db.highlights.where('tags').startsWithAnyOfIgnoreCase(reads).distinct().toArray();
  }
  if (filter.colors && filter.colors.length > 0)
    return db.highlights
      .where('color')
      .anyOf([...filter.colors])
      .toArray();
  if (filter.createdFrom || filter.createdTo) {
    const to = filter.createdTo
      ? filter.createdTo.length === 10
        ? `${filter.createdTo}\uffff`
        : filter.createdTo
      : '\uffff';
    return db.highlights
      .where('createdAt')
      .between(filter.createdFrom || '', to, true, true)
      .toArray();
  }
  return db.highlights.toArray();
}

/** The highlights that pass `filter`, in its order, read through the indexes that narrow it. */
export async function loadPassages(filter: PassageFilter = {}): Promise<Highlight[]> {
  const highlights = await candidates(filter);
  const ids = [...new Set(highlights.map((h) => h.articleId))];
  const articles = new Map<string, PassageArticle>();
  (await db.articles.bulkGet(ids)).forEach((article) => {
    if (article) articles.set(article.id, { title: article.title, tags: article.tags });
  });
  return filterPassages(highlights, articles, filter);
}
