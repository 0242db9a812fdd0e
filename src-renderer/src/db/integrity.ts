/**
 * The quick check at start: counts and cross-references of the library. What a crash could have
 * left inconsistent is repaired or set aside, never silently dropped:
 * - an article whose text is missing gets it back from its kept original bytes (extracted again
 *   by the main process); one with neither text nor bytes is kept and named;
 * - text or bytes of an article that no longer exists (leftovers of an interrupted delete) are
 *   removed and counted;
 * - highlights of an article that no longer exists are moved, whole, into the settings record
 *   `quarantinedHighlights`, where a later version or a backup can bring them back.
 */
import type { ImportResult } from '../../../src-main/ipc/contract';
import type { GlossDB } from './db';
import type { Highlight } from './models';

export interface IntegrityReport {
  articles: number;
  restoredText: number;
  /** Titles of articles with neither text nor original bytes. */
  unreadable: string[];
  removedLeftovers: number;
  quarantinedHighlights: number;
}

export type Reextract = (bytes: Uint8Array, fileName: string, encoding: string) => Promise<ImportResult>;

export const QUARANTINE_KEY = 'quarantinedHighlights';

export async function checkIntegrity(
  database: GlossDB,
  reextract: Reextract | null,
): Promise<IntegrityReport> {
  // Keys only: the check runs at every start, and a library holds thousands of articles and
  // tens of thousands of highlights. Records are read just for what turns out to be wrong.
  const [articleIds, contentIds, sourceIds, highlightArticleIds] = await Promise.all([
    database.articles.toCollection().primaryKeys(),
    database.contents.toCollection().primaryKeys(),
    database.sources.toCollection().primaryKeys(),
    database.highlights.orderBy('articleId').uniqueKeys(),
  ]);
  const report: IntegrityReport = {
    articles: articleIds.length,
    restoredText: 0,
    unreadable: [],
    removedLeftovers: 0,
    quarantinedHighlights: 0,
  };
  const ids = new Set(articleIds);
  const hasContent = new Set(contentIds);
  const hasSource = new Set(sourceIds);

  const withoutText = await database.articles.bulkGet(articleIds.filter((id) => !hasContent.has(id)));
  for (const article of withoutText) {
    if (!article) continue;
    const source = hasSource.has(article.id) ? await database.sources.get(article.id) : undefined;
    const result =
      source && reextract ? await reextract(source.bytes, source.fileName, article.encoding) : null;
    if (result?.ok) {
      const { blocks, removed, images } = result.article;
      await database.contents.put({ articleId: article.id, blocks, removed, images });
      report.restoredText++;
    } else report.unreadable.push(article.title);
  }

  const leftovers = [...contentIds.filter((id) => !ids.has(id)), ...sourceIds.filter((id) => !ids.has(id))];
  const missingArticles = (highlightArticleIds as string[]).filter((id) => !ids.has(id));
  const orphans =
    missingArticles.length > 0
      ? await database.highlights.where('articleId').anyOf(missingArticles).toArray()
      : [];
  if (leftovers.length > 0 || orphans.length > 0) {
    await database.transaction(
      'rw',
      [database.contents, database.sources, database.highlights, database.settings],
      async () => {
        await database.contents.bulkDelete(contentIds.filter((id) => !ids.has(id)));
        await database.sources.bulkDelete(sourceIds.filter((id) => !ids.has(id)));
        if (orphans.length > 0) {
          const kept =
            ((await database.settings.get(QUARANTINE_KEY))?.value as Highlight[] | undefined) ?? [];
          await database.settings.put({ key: QUARANTINE_KEY, value: [...kept, ...orphans] });
          await database.highlights.bulkDelete(orphans.map((h) => h.id));
        }
      },
    );
  }
  report.removedLeftovers = leftovers.length;
  report.quarantinedHighlights = orphans.length;
  return report;
}

/** Whether the report has anything to tell the person. */
export function needsTelling(report: IntegrityReport): boolean {
  return (
    report.restoredText > 0 ||
    report.unreadable.length > 0 ||
    report.removedLeftovers > 0 ||
    report.quarantinedHighlights > 0
  );
}
