/**
 * The library: every article with its title, source file, dates and length; sort, filter by
 * text and by tag; import buttons; an empty state that says what to do.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { db } from '../db/db';
import type { Article } from '../db/models';
import { useI18n } from '../i18n';
import type { Settings } from '../settings/settings-store';
import { useThrottledLiveQuery } from './throttled-live-query';
import { UnsureMark } from './UnsureMark';

export interface LibraryPaneProps {
  selectedId: string | null;
  sort: Settings['librarySort'];
  onSortChange(sort: Settings['librarySort']): void;
  onOpen(id: string): void;
  onImport(folder: boolean): void;
  onDelete(article: Article): void;
}

/**
 * How often a burst of saves (an import) may re-read and re-render the list: each refresh reads
 * every article, so in a large library a faster pace costs the import more than it shows.
 */
const LIST_REFRESH_MS = 1000;

function compareArticles(sort: Settings['librarySort']) {
  return (a: Article, b: Article): number => {
    if (sort === 'title') return a.title.localeCompare(b.title, undefined, { numeric: true });
    if (sort === 'published')
      return (
        (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.importedAt.localeCompare(a.importedAt)
      );
    return b.importedAt.localeCompare(a.importedAt) || a.title.localeCompare(b.title);
  };
}

export function LibraryPane({
  selectedId,
  sort,
  onSortChange,
  onOpen,
  onImport,
  onDelete,
}: LibraryPaneProps) {
  const { t, formatDate } = useI18n();
  // An import commits a chunk every few hundred milliseconds; the list follows at its own pace.
  const articles = useThrottledLiveQuery(() => db.articles.toArray(), [], LIST_REFRESH_MS);
  const [filter, setFilter] = useState('');
  const [tag, setTag] = useState('');
  const tags = useMemo(() => [...new Set((articles ?? []).flatMap((a) => a.tags))].sort(), [articles]);
  const visible = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return (articles ?? [])
      .filter(
        (a) =>
          !needle ||
          a.title.toLowerCase().includes(needle) ||
          a.source.fileName.toLowerCase().includes(needle),
      )
      .filter((a) => !tag || a.tags.some((name) => name === tag || name.startsWith(`${tag}/`)))
      .sort(compareArticles(sort));
  }, [articles, filter, tag, sort]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 76,
    overscan: 8,
  });

  if (articles === undefined) return <section className="library-pane" aria-label={t('library.title')} />;

  return (
    <section className="library-pane" aria-label={t('library.title')}>
      <header className="pane-header">
        <h2>{t('library.title')}</h2>
        <div className="button-row">
          <button type="button" onClick={() => onImport(false)} aria-label={t('library.importFiles')}>
            {t('library.import')}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={() => onImport(true)}
            aria-label={t('library.importFolder')}
          >
            {t('library.importFolder')}
          </button>
        </div>
      </header>
      {articles.length === 0 ? (
        <div className="empty-state drop-target" role="region" aria-label={t('library.empty.title')}>
          <h3>{t('library.empty.title')}</h3>
          <p>{t('library.empty.body')}</p>
          <button type="button" onClick={() => onImport(false)}>
            {t('library.importFiles')}
          </button>
        </div>
      ) : (
        <>
          <div className="library-tools">
            <input
              type="search"
              value={filter}
              placeholder={t('library.search')}
              aria-label={t('library.search')}
              onChange={(event) => setFilter(event.target.value)}
            />
            <label className="inline-label">
              <span>{t('library.sort')}</span>
              <select
                value={sort}
                aria-label={t('library.sort')}
                onChange={(event) => onSortChange(event.target.value as Settings['librarySort'])}
              >
                <option value="imported">{t('library.sort.imported')}</option>
                <option value="title">{t('library.sort.title')}</option>
                <option value="published">{t('library.sort.published')}</option>
              </select>
            </label>
            {tags.length > 0 && (
              <select
                value={tag}
                aria-label={t('library.filterTag')}
                onChange={(event) => setTag(event.target.value)}
              >
                <option value="">{t('library.allTags')}</option>
                {tags.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            )}
            <span className="muted small">{t('library.count', { count: visible.length })}</span>
          </div>
          {visible.length === 0 && <p className="muted pad">{t('library.noMatch')}</p>}
          <div className="article-list" ref={scroller} role="list" aria-label={t('library.list')}>
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const article = visible[item.index];
                return (
                  <div
                    key={article.id}
                    role="listitem"
                    className={`article-row${article.id === selectedId ? ' selected' : ''}`}
                    style={{
                      position: 'absolute',
                      top: 0,
                      left: 0,
                      right: 0,
                      transform: `translateY(${item.start}px)`,
                    }}
                    data-index={item.index}
                    ref={virtualizer.measureElement}
                  >
                    <button
                      type="button"
                      className="article-open"
                      aria-label={article.title}
                      aria-current={article.id === selectedId ? 'true' : undefined}
                      onClick={() => onOpen(article.id)}
                    >
                      <span className="article-title">
                        {article.title}
                        <UnsureMark article={article} />
                      </span>
                      <span className="article-meta">
                        <span>{article.source.fileName}</span>
                        {article.publishedAt && (
                          <span>{t('library.published', { date: formatDate(article.publishedAt) })}</span>
                        )}
                        <span>{t('library.imported', { date: formatDate(article.importedAt) })}</span>
                        <span>{t('library.length', { count: article.charCount.toLocaleString() })}</span>
                      </span>
                    </button>
                    <button
                      type="button"
                      className="icon-button row-delete"
                      aria-label={`${t('library.delete')}: ${article.title}`}
                      title={t('library.delete')}
                      onClick={() => onDelete(article)}
                    >
                      ×
                    </button>
                  </div>
                );
              })}
            </div>
          </div>
        </>
      )}
    </section>
  );
}
