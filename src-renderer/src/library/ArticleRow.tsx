/**
 * One compact library row, of a fixed height (so the virtual list never has to measure it): a
 * selection box, the title, then site or author, published date, length, highlight count and
 * reading progress on one line, each cut with an ellipsis; a delete button in the Tab order.
 */
import { memo, type MouseEvent } from 'react';
import type { Article } from '../db/models';
import { useI18n } from '../i18n';
import { statusOf } from '../workflow/reading-workflow';
import { UnsureMark } from './UnsureMark';

/** Row height in CSS pixels; the stylesheet gives .article-row exactly this height. */
export const ARTICLE_ROW_HEIGHT = 60;

export interface ArticleRowProps {
  article: Article;
  index: number;
  top: number;
  open: boolean;
  selected: boolean;
  highlights: number;
  onOpen(id: string, event: MouseEvent): void;
  onToggle(id: string, event: MouseEvent): void;
  onDelete(id: string): void;
}

export const ArticleRow = memo(function ArticleRow(props: ArticleRowProps) {
  const { article, open, selected, highlights } = props;
  const { t, formatDate } = useI18n();
  const source = article.siteName || article.byline || article.source.fileName;
  const progress = Math.round((article.progress ?? 0) * 100);
  const status = statusOf(article);
  return (
    <div
      role="listitem"
      className={`article-row${open ? ' open' : ''}${selected ? ' selected' : ''}`}
      data-index={props.index}
      data-article-id={article.id}
      data-status={status}
      style={{ transform: `translateY(${props.top}px)`, height: ARTICLE_ROW_HEIGHT }}
    >
      <input
        type="checkbox"
        className="row-check"
        checked={selected}
        aria-label={t('library.selectRow', { title: article.title })}
        onClick={(event) => props.onToggle(article.id, event)}
        onChange={() => undefined}
      />
      <button
        type="button"
        className="article-open"
        aria-label={article.title}
        aria-current={open ? 'true' : undefined}
        title={article.title}
        onClick={(event) => props.onOpen(article.id, event)}
      >
        <span className="article-title">
          <span className={`status-dot status-${status}`} aria-hidden="true" />
          {article.title}
          <UnsureMark article={article} />
        </span>
        <span className="article-meta">
          <span className="meta-source">{source}</span>
          {article.publishedAt && <span>{formatDate(article.publishedAt)}</span>}
          <span>
            {t('library.length', { count: article.charCount, n: article.charCount.toLocaleString() })}
          </span>
          {highlights > 0 && (
            <span title={t('library.highlights', { count: highlights })}>
              <span aria-hidden="true">✎ {highlights}</span>
              <span className="visually-hidden">{t('library.highlights', { count: highlights })}</span>
            </span>
          )}
          {progress > 0 && (
            <span className="row-progress" title={t('library.progress', { percent: progress })}>
              <span className="row-progress-bar" style={{ width: `${progress}%` }} />
              <span className="visually-hidden">{t('library.progress', { percent: progress })}</span>
            </span>
          )}
        </span>
      </button>
      <button
        type="button"
        className="icon-button row-delete"
        aria-label={`${t('library.delete')}: ${article.title}`}
        title={t('library.delete')}
        onClick={() => props.onDelete(article.id)}
      >
        ×
      </button>
    </div>
  );
});
