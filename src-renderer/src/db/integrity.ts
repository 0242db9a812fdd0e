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
  const [articles, contentIds, sourceIds, highlightRefs] = await Promise.all([
    database.articles.toArray(),
    database.contents.toCollection().primaryKeys(),
    database.sources.toCollection().primaryKeys(),
    database.highlights.toArray(),
  ]);
  const report: IntegrityReport = {
    articles: articles.length,
    restoredText: 0,
    unreadable: [],
    removedLeftovers: 0,
    quarantinedHighlights: 0,
  };
  const ids = new Set(articles.map((a) => a.id));
  const hasContent = new Set(contentIds);
  const hasSource = new Set(sourceIds);

  for (const article of articles) {
    if (hasContent.has(article.id)) continue;
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
  const orphans = highlightRefs.filter((h) => !ids.has(h.articleId));
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
