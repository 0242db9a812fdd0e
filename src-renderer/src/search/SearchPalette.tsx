/**
 * The search palette (Ctrl/Cmd+K, or / in the library): one box over titles, text, highlights,
 * notes and tags; results in two groups, articles (best snippet, number of hits) and passages
 * (with their color and tags); arrow keys move, Enter opens at the hit, Escape closes.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleResult, PassageResult } from '../../../src-shared/search/engine';
import type { Snippet } from '../../../src-shared/search/snippet';
import { useI18n, type MessageKey } from '../i18n';
import { useSearch } from './useSearch';

export interface OpenSearchResult {
  articleId: string;
  highlightId: string | null;
  query: string;
  /** Offset of the hit in the article's text, when it is there. */
  offset: number | null;
}

function SnippetText({ snippet }: { snippet: Snippet }) {
  const parts: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [start, end] of snippet.marks) {
    if (start < at) continue;
    if (start > at) parts.push({ text: snippet.text.slice(at, start), mark: false });
    parts.push({ text: snippet.text.slice(start, end), mark: true });
    at = end;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), mark: false });
  return (
    <span className="search-snippet">
      {parts.map((part, i) =>
        part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </span>
  );
}

type Row = { kind: 'article'; result: ArticleResult } | { kind: 'passage'; result: PassageResult };

export function SearchPalette({
  initialQuery = '',
  onOpen,
  onClose,
}: {
  initialQuery?: string;
  onOpen(target: OpenSearchResult): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState(initialQuery);
  const [includeRemoved, setIncludeRemoved] = useState(false);
  const [active, setActive] = useState(0);
  const { results, answeredQuery, engineMs, status } = useSearch(query, includeRemoved);
  const list = useRef<HTMLDivElement>(null);
  // Counts answers shown, so a repeated answer is still seen to have arrived (benchmarks wait on it).
  const [answered, setAnswered] = useState(0);
  useEffect(() => setAnswered((n) => n + 1), [results]);

  const rows: Row[] = useMemo(
    () => [
      ...(results?.articles ?? []).map((result) => ({ kind: 'article' as const, result })),
      ...(results?.passages ?? []).map((result) => ({ kind: 'passage' as const, result })),
    ],
    [results],
  );
  useEffect(() => setActive(0), [results]);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const open = (row: Row) => {
    if (row.kind === 'article') {
      onOpen({ articleId: row.result.id, highlightId: null, query, offset: row.result.textOffset });
    } else {
      onOpen({ articleId: row.result.articleId, highlightId: row.result.id, query, offset: null });
    }
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(rows.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter' && rows[active]) {
      event.preventDefault();
      open(rows[active]);
    }
  };

  const fieldLabel = (field: string) => t(`search.field.${field}` as MessageKey);
  const hits = (count: number) => (count === 1 ? t('search.hit') : t('search.hits', { count }));
  const articleRows = results?.articles ?? [];
  const passageRows = results?.passages ?? [];
  const building = status && status.state !== 'ready';

  return (
    <div className="modal-backdrop search-backdrop" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label={t('search.title')}
        className="search-palette"
        data-index-source={status?.source ?? undefined}
        data-index-state={status?.state ?? undefined}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <div className="search-box">
          <input
            type="search"
            role="combobox"
            aria-expanded={rows.length > 0}
            aria-controls="search-results"
            aria-activedescendant={rows[active] ? `search-row-${active}` : undefined}
            aria-label={t('search.label')}
            placeholder={t('search.placeholder')}
            autoFocus
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <label className="search-switch small">
            <input
              type="checkbox"
              checked={includeRemoved}
              onChange={(e) => setIncludeRemoved(e.target.checked)}
            />
            {t('search.includeRemoved')}
          </label>
        </div>
        {building && (
          <div className="search-status small" role="status">
            {status.state === 'building' ? (
              <>
                {t('search.building', { done: status.done, total: status.total })}
                <progress max={status.total || 1} value={status.done} />
              </>
            ) : status.state === 'failed' ? (
              t('search.failed', { error: status.error ?? '' })
            ) : (
              t('search.loading')
            )}
          </div>
        )}
        {results && results.query.unknown.length > 0 && (
          <p className="search-status small">
            {t('search.unknown', { filters: results.query.unknown.join(' ') })}
          </p>
        )}
        <div
          id="search-results"
          className="search-results"
          role="listbox"
          aria-label={t('search.label')}
          data-query={answeredQuery ?? undefined}
          data-engine-ms={engineMs ?? undefined}
          data-answered={answered}
          ref={list}
        >
          {query.trim() === '' && <p className="muted small search-help">{t('search.help')}</p>}
          {results && rows.length === 0 && <p className="muted search-none">{t('search.none')}</p>}
          {articleRows.length > 0 && (
            <div role="group" aria-label={t('search.articles')}>
              <h3 className="search-group">{t('search.articlesCount', { count: results!.totalArticles })}</h3>
              {articleRows.map((result, i) => (
                <div
                  key={result.id}
                  id={`search-row-${i}`}
                  role="option"
                  aria-selected={active === i}
                  className="search-row"
                  onMouseMove={() => setActive(i)}
                  onClick={() => open({ kind: 'article', result })}
                >
                  <div className="search-row-head">
                    <span className="search-row-title">{result.title}</span>
                    <span className="muted small">
                      {hits(result.hits)} · {fieldLabel(result.field)}
                    </span>
                  </div>
                  <SnippetText snippet={result.snippet} />
                </div>
              ))}
            </div>
          )}
          {passageRows.length > 0 && (
            <div role="group" aria-label={t('search.passages')}>
              <h3 className="search-group">{t('search.passagesCount', { count: results!.totalPassages })}</h3>
              {passageRows.map((result, j) => {
                const i = articleRows.length + j;
                return (
                  <div
                    key={result.id}
                    id={`search-row-${i}`}
                    role="option"
                    aria-selected={active === i}
                    className="search-row"
                    onMouseMove={() => setActive(i)}
                    onClick={() => open({ kind: 'passage', result })}
                  >
                    <div className="search-row-head">
                      <span className={`swatch swatch-${result.color}`} aria-label={result.color} />
                      <span className="search-row-title muted">{result.articleTitle}</span>
                      {result.tags.map((tag) => (
                        <span key={tag} className="tag-chip small">
                          #{tag}
                        </span>
                      ))}
                      <span className="muted small">{fieldLabel(result.field)}</span>
                    </div>
                    <SnippetText snippet={result.snippet} />
                  </div>
                );
              })}
            </div>
          )}
        </div>
        {status && status.state === 'ready' && (
          <p
            className="search-footer muted small"
            data-articles={status.articles}
            data-passages={status.passages}
            data-memory-bytes={status.memoryBytes}
            data-stored-bytes={status.storedBytes}
            data-build-ms={status.buildMs ?? undefined}
            data-read-ms={status.readMs ?? undefined}
            data-error={status.error}
          >
            {t('search.indexSize', {
              articles: status.articles.toLocaleString(),
              passages: status.passages.toLocaleString(),
              memory: megabytes(status.memoryBytes),
              stored: megabytes(status.storedBytes),
            })}
          </p>
        )}
      </div>
    </div>
  );
}

function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0);
}
