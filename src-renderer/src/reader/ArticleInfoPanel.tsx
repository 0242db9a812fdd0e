/**
 * The reader's "Article info" panel, collapsible, under the title: the removed-text toggle and
 * count, and when open, the article's title, authors, published day, site and source address
 * as fields the person can correct (saved as the person's own, undoable), with the source file,
 * its encoding and "Reopen with encoding…". Fields the extractor was unsure of say so.
 */
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import {
  type ArticleInfo,
  type InfoField,
  INFO_FIELDS,
  readInfoInput,
  stillUnsure,
} from '../../../src-shared/articles/article-info';
import { gloss } from '../bridge/gloss';
import { db } from '../db/db';
import type { Article } from '../db/models';
import { useI18n, type MessageKey } from '../i18n';
import { failureMessage } from '../import/failure-message';
import { editArticleInfo } from './article-info-store';
import { replaceExtraction } from './article-content-store';
import { REOPEN_ENCODING_CHOICES } from './encodings';
import { OpenOriginalButton } from './OpenOriginalButton';
import { isDocumentFormat } from '../../../src-shared/articles/document-formats';
import '../styles/article-info.css';
import { undoLabel } from '../undo/undo-label';

export interface ArticleInfoPanelProps {
  article: Article;
  removedCount: number;
  showRemoved: boolean;
  onToggleRemoved(): void;
  onMessage(message: string): void;
}

type Drafts = Record<InfoField, string>;

function draftsOf(article: Article): Drafts {
  return {
    title: article.title,
    byline: article.byline ?? '',
    publishedAt: article.publishedAt ?? '',
    siteName: article.siteName ?? '',
    sourceUrl: article.sourceUrl ?? '',
  };
}

const INPUT_TYPE: Record<InfoField, string> = {
  title: 'text',
  byline: 'text',
  publishedAt: 'date',
  siteName: 'text',
  sourceUrl: 'url',
};

export function ArticleInfoPanel({
  article,
  removedCount,
  showRemoved,
  onToggleRemoved,
  onMessage,
}: ArticleInfoPanelProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(article));
  const [problem, setProblem] = useState<string | null>(null);
  const [encoding, setEncoding] = useState('');
  const current = useMemo(() => draftsOf(article), [article]);
  const unsure = stillUnsure(article.unsure, article.userEdits);

  // The fields follow the article when it changes (another article, undo, Reopen).
  useEffect(() => {
    setDrafts(current);
    setProblem(null);
  }, [current]);

  const save = useCallback(
    async (event: FormEvent) => {
      event.preventDefault();
      const changes: Partial<ArticleInfo> = {};
      for (const field of INFO_FIELDS) {
        if (drafts[field] === current[field]) continue;
        const input = readInfoInput(field, drafts[field]);
        if (!input.ok) {
          setProblem(t(`info.problem.${input.problem}`));
          return;
        }
        (changes as Record<InfoField, string | null>)[field] = input.value;
      }
      setProblem(null);
      if (await editArticleInfo(article.id, changes, undoLabel('info.undoLabel'))) onMessage(t('info.saved'));
    },
    [article.id, current, drafts, onMessage, t],
  );

  const reopen = useCallback(async () => {
    if (!encoding) return;
    const source = await db.sources.get(article.id);
    if (!source) return;
    const result = await gloss.reextract(source.bytes, source.fileName, encoding);
    if (!result.ok) {
      onMessage(failureMessage(result.error, t));
      return;
    }
    await replaceExtraction(article.id, result.article);
    onMessage(t('reader.reopened', { encoding }));
  }, [article.id, encoding, onMessage, t]);

  return (
    <section className="article-info" aria-label={t('info.panel')}>
      <div className="article-tools">
        {removedCount > 0 && (
          <button type="button" className="quiet small" aria-pressed={showRemoved} onClick={onToggleRemoved}>
            {showRemoved ? t('reader.hideRemoved') : t('reader.showRemoved')}
          </button>
        )}
        {removedCount > 0 && (
          <span className="muted small">{t('reader.removedCount', { count: removedCount })}</span>
        )}
        <span className="spacer" />
        <OpenOriginalButton article={article} onMessage={onMessage} />
        {unsure.length > 0 && (
          <span className="unsure-mark" title={t('info.unsure')} aria-label={t('info.unsure')}>
            ?
          </span>
        )}
        <button
          type="button"
          className="quiet small"
          aria-expanded={open}
          aria-controls="article-info-fields"
          onClick={() => setOpen((o) => !o)}
        >
          {open ? `▾ ${t('info.panel')}` : `▸ ${t('info.panel')}`}
        </button>
      </div>
      {open && (
        <div id="article-info-fields" className="article-info-fields">
          <form onSubmit={(e) => void save(e)}>
            {INFO_FIELDS.map((field) => {
              const edited = !!article.userEdits && field in article.userEdits;
              const doubtful = (unsure as string[]).includes(field);
              return (
                <label key={field} className="article-info-field">
                  <span className="article-info-label">
                    {t(`info.${field}` as MessageKey)}
                    {edited && <span className="muted small"> · {t('info.edited')}</span>}
                    {doubtful && (
                      <span className="unsure-mark" title={t('info.unsure')}>
                        ?
                      </span>
                    )}
                  </span>
                  <input
                    type={INPUT_TYPE[field]}
                    name={field}
                    value={drafts[field]}
                    onChange={(e) => setDrafts({ ...drafts, [field]: e.target.value })}
                  />
                </label>
              );
            })}
            {problem && (
              <p className="warning" role="alert">
                {problem}
              </p>
            )}
            <button type="submit" className="small">
              {t('info.save')}
            </button>
          </form>
          <div className="article-info-source">
            <span className="muted small" title={article.source.path ?? undefined}>
              {t('reader.source', { file: article.source.fileName })}
            </span>
            {!isDocumentFormat(article.format) && (
              <>
                <span className="muted small">{t('reader.encoding', { encoding: article.encoding })}</span>
                <select
                  value={encoding}
                  aria-label={t('reader.reopenEncoding')}
                  onChange={(event) => setEncoding(event.target.value)}
                >
                  <option value="">{t('reader.reopenEncoding')}</option>
                  {REOPEN_ENCODING_CHOICES.map((choice) => (
                    <option key={choice.label} value={choice.label}>
                      {choice.name}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="quiet small"
                  disabled={!encoding}
                  onClick={() => void reopen()}
                >
                  {t('reader.reopen')}
                </button>
              </>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
