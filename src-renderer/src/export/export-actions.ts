/**
 * The export and backup actions behind the menu and buttons: gather records, run the pure
 * exporters, let the main process pick the place and write. Re-exporting into an existing note
 * keeps what the person wrote outside Gloss's markers. Each returns a sentence for the status line.
 */
import type { SaveResult } from '../../../src-main/ipc/contract';
import { gloss } from '../bridge/gloss';
import { db } from '../db/db';
import type { Highlight } from '../db/models';
import { translator, type UiLanguage } from '../i18n';
import { articleToMarkdown } from './article-markdown';
import { highlightsToClipboardMarkdown } from './clipboard-markdown';
import type { ColorLabels } from './highlight-markdown';
import { libraryToFiles } from './library-files';
import { mergeManagedRegion } from './managed-region';
import { safeFileName } from './file-name';
import { exportBackup } from '../backup/backup-file';
import { restoreBackup } from '../backup/restore-backup';
import { passagesToMarkdown } from './collection-markdown';

let language: UiLanguage = 'en';
/** The UI language messages are written in (the App keeps it current). */
export function setExportLanguage(next: UiLanguage): void {
  language = next;
}
export const t = (...args: Parameters<ReturnType<typeof translator>>) => translator(language)(...args);

/** The status line's sentence for a write: where it went, nothing when cancelled, or why it failed. */
export function describeSave(result: SaveResult, saved: 'export.saved' | 'backup.saved'): string | null {
  if (result.ok) return t(saved, { path: result.path });
  return result.cancelled ? null : t('export.failed', { reason: result.reason });
}

/** Lets the person pick a Markdown file and writes `text` there, keeping their words outside Gloss's markers. */
export async function saveMarkdown(title: string, text: string): Promise<string | null> {
  const picked = await gloss.pickExportFile(safeFileName(title, new Set()), 'markdown');
  if (!picked) return null;
  return describeSave(
    await gloss.writeExportFile(picked.token, mergeManagedRegion(picked.existingText, text)),
    'export.saved',
  );
}

export async function exportArticleNotes(
  articleId: string,
  colorLabels: ColorLabels,
): Promise<string | null> {
  const article = await db.articles.get(articleId);
  if (!article) return null;
  const highlights = await db.highlights.where('articleId').equals(articleId).toArray();
  const text = articleToMarkdown({ article, highlights, colorLabels, now: new Date() });
  return saveMarkdown(article.title, text);
}

export async function copyArticleMarkdown(
  articleId: string,
  colorLabels: ColorLabels,
  only?: readonly string[],
): Promise<string | null> {
  const article = await db.articles.get(articleId);
  if (!article) return null;
  let highlights = await db.highlights.where('articleId').equals(articleId).toArray();
  if (only) highlights = highlights.filter((h) => only.includes(h.id));
  const text = only
    ? highlightsToClipboardMarkdown(article, highlights, colorLabels)
    : articleToMarkdown({ article, highlights, colorLabels, now: new Date() });
  await gloss.writeClipboard(text);
  return t('export.copied');
}

/** Every article's notes (or only those in `ids`) as files in a folder, with an index. */
export async function exportLibraryToFolder(
  colorLabels: ColorLabels,
  ids?: readonly string[],
): Promise<string | null> {
  const articles = ids
    ? (await db.articles.bulkGet([...ids])).filter((a) => a !== undefined)
    : await db.articles.toArray();
  if (articles.length === 0) return t('export.nothing');
  const highlightsByArticle = new Map<string, Highlight[]>();
  const highlights = ids
    ? await db.highlights
        .where('articleId')
        .anyOf([...ids])
        .toArray()
    : await db.highlights.toArray();
  for (const highlight of highlights) {
    const list = highlightsByArticle.get(highlight.articleId) ?? [];
    list.push(highlight);
    highlightsByArticle.set(highlight.articleId, list);
  }
  const files = libraryToFiles({ articles, highlightsByArticle, colorLabels, now: new Date() });
  const picked = await gloss.pickExportFolder(files.map((f) => f.name));
  if (!picked) return null;
  const merged = files.map((file) => ({
    name: file.name,
    text: mergeManagedRegion(picked.existing[file.name] ?? null, file.text),
  }));
  const result = await gloss.writeExportFolder(picked.token, merged);
  if (!result.ok) return describeSave(result, 'export.saved');
  return t('export.libraryDone', { count: articles.length, path: result.path });
}

/** The highlights of a Passages filter (or a tag) as one Markdown file, grouped by article. */
export async function exportPassages(
  title: string,
  highlightIds: readonly string[],
  colorLabels: ColorLabels,
): Promise<string | null> {
  const highlights = (await db.highlights.bulkGet([...highlightIds])).filter((h): h is Highlight =>
    Boolean(h),
  );
  if (highlights.length === 0) return t('export.nothing');
  const articles = (await db.articles.bulkGet([...new Set(highlights.map((h) => h.articleId))])).filter(
    (a) => a !== undefined,
  );
  const text = passagesToMarkdown({ title, highlights, articles, colorLabels, now: new Date() });
  return saveMarkdown(title, text);
}

export async function saveBackupFile(): Promise<string | null> {
  const bytes = await exportBackup(db);
  const day = new Date().toISOString().slice(0, 10);
  return describeSave(await gloss.saveBackup(bytes, `gloss-backup-${day}.json`), 'backup.saved');
}

export async function restoreFromBackupFile(): Promise<string | null> {
  const file = await gloss.openBackup();
  if (!file) return null;
  try {
    const report = await restoreBackup(db, file.bytes);
    const skipped = report.skipped.articles.length + report.skipped.highlights + report.skipped.tags;
    return t('backup.restored', {
      articles: report.articlesAdded,
      highlights: report.highlightsAdded,
      tags: report.tagsAdded,
      skipped,
    });
  } catch (error) {
    return t('backup.failed', {
      file: file.fileName,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}

/** Once a day: a backup into the data folder, keeping the last seven. */
export async function runDailyBackup(): Promise<void> {
  const day = new Date().toISOString().slice(0, 10);
  const last = (await db.settings.get('lastAutoBackup'))?.value;
  if (last === day || (await db.articles.count()) === 0) return;
  const result = await gloss.writeAutoBackup(await exportBackup(db), day);
  if (result.ok) await db.settings.put({ key: 'lastAutoBackup', value: day });
}
