/**
 * The search palette (Ctrl/Cmd+K, or / in the library): one box over titles, text, highlights,
 * notes and tags; results in two groups, articles (best snippet, number of hits) and passages
 * (with their color and tags); arrow keys move, Enter opens at the hit, Escape closes.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n';
import { firstScreenRows, resultRows, SearchResultsList, type ResultRow } from './SearchResultsList';
import { valueAfterTyping } from './early-query';
import { loadFindAll } from './lazy-match';
import { useSearch } from './useSearch';

export interface OpenSearchResult {
  articleId: string;
  highlightId: string | null;
  query: string;
  /** Offset of the hit in the article's text, when it is there. */
  offset: number | null;
}

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
  const { results, answeredQuery, answered, timing, countMs, status, type } = useSearch(
    query,
    includeRemoved,
  );
  // The selection belongs to one answer: a new answer starts at its first row (no extra render).
  const [selection, setSelection] = useState({ answered: 0, index: 0 });
  const active = selection.answered === answered ? selection.index : 0;
  const setActive = useCallback(
    (next: number | ((index: number) => number)) =>
      setSelection((s) => {
        const index = s.answered === answered ? s.index : 0;
        return { answered, index: typeof next === 'function' ? next(index) : next };
      }),
    [answered],
  );
  const list = useRef<HTMLDivElement>(null);
  const palette = useRef<HTMLDivElement>(null);
  // How many rows fit between the list's top and the lowest the palette reaches (its max-height),
  // measured when it opens and when the window is resized: an answer first renders only those.
  const [screenRows, setScreenRows] = useState(firstScreenRows);
  useLayoutEffect(() => {
    const measure = () => {
      if (!list.current || !palette.current) return;
      const box = palette.current.getBoundingClientRect();
      const maxHeight = parseFloat(getComputedStyle(palette.current).maxHeight);
      const bottom = Number.isFinite(maxHeight) ? box.top + maxHeight : undefined;
      setScreenRows(firstScreenRows(list.current.getBoundingClientRect().top, bottom));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);
  // A result opens the find bar: have its matcher ready by then.
  useEffect(() => void loadFindAll(), []);
  // Typed text is sent from the keystroke's beforeinput (early-query.ts); the input event sends
  // whatever else changes the box (and nothing more when the query is the one foreseen).
  const box = useRef<HTMLInputElement>(null);
  const typeRef = useRef(type);
  typeRef.current = type;
  useEffect(() => {
    const input = box.current;
    if (!input) return;
    const foresee = (event: InputEvent) => {
      const next = valueAfterTyping(input, event);
      if (next !== null) typeRef.current(next);
    };
    input.addEventListener('beforeinput', foresee);
    return () => input.removeEventListener('beforeinput', foresee);
  }, []);

  const rows: ResultRow[] = useMemo(() => resultRows(results), [results]);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  // Read through a ref so that the memoized rows keep one callback while the query changes.
  const openRef = useRef<(row: ResultRow) => void>(() => undefined);
  openRef.current = (row: ResultRow) => {
    if (row.kind === 'article') {
      onOpen({ articleId: row.result.id, highlightId: null, query, offset: row.result.textOffset });
    } else {
      onOpen({ articleId: row.result.articleId, highlightId: row.result.id, query, offset: null });
    }
  };
  const open = useCallback((row: ResultRow) => openRef.current(row), []);

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

  const building = status && status.state !== 'ready';

  return (
    <div className="modal-backdrop search-backdrop" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label={t('search.title')}
        className="search-palette"
        ref={palette}
        data-index-source={status?.source ?? undefined}
        data-index-state={status?.state ?? undefined}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <div className="search-box">
          <input
            ref={box}
            type="search"
            role="combobox"
            aria-expanded={rows.length > 0}
            aria-controls="search-results"
            aria-activedescendant={rows[active] ? `search-row-${active}` : undefined}
            aria-label={t('search.label')}
            placeholder={t('search.placeholder')}
            autoFocus
            // A query is not prose: no spelling marks under it.
            spellCheck={false}
            autoComplete="off"
            value={query}
            onChange={(event) => {
              type(event.target.value);
              setQuery(event.target.value);
            }}
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
          data-engine-ms={timing?.engineMs}
          data-wait-ms={timing?.waitMs}
          data-sent-at={timing?.sentAt}
          data-received-at={timing?.receivedAt}
          data-answered={answered}
          data-count-ms={countMs}
          ref={list}
        >
          {query.trim() === '' && <p className="muted small search-help">{t('search.help')}</p>}
          {results && (
            <SearchResultsList
              results={results}
              screenRows={screenRows}
              active={active}
              onHover={setActive}
              onOpen={open}
            />
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
            data-load-read-ms={status.loadReadMs ?? undefined}
            data-load-ms={status.loadMs ?? undefined}
            data-store-ms={status.storeMs ?? undefined}
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
