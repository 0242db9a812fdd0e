/**
 * The library: status tabs (Continue reading, Inbox, Finished, Archive, All), filters by text
 * and tag, the sort in either direction, and the virtual list of compact rows of one fixed
 * height. The list answers to the keyboard (arrows, Enter, Delete, Ctrl/Cmd+A, Shift+arrows) and
 * to Shift/Ctrl-click; with several articles selected a bar offers tag, status, export, delete.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { db } from '../db/db';
import type { Article, ReadingStatus } from '../db/models';
import { useI18n } from '../i18n';
import { ArticleRow, ARTICLE_ROW_HEIGHT } from './ArticleRow';
import { BulkActions } from './BulkActions';
import {
  countByArticle,
  LIBRARY_SORT_KEYS,
  orderLibrary,
  STATUS_FILTERS,
  type LibrarySortKey,
  type StatusFilter,
} from './library-order';
import { EMPTY_SELECTION, keepListed, select, selectAll, type ListSelection } from './list-selection';
import { useThrottledLiveQuery } from './throttled-live-query';
import { liveRows } from './live-rows';
import { readFirstPage, readListedIds, type FirstPage } from './first-page';
import { useWholeListAction } from './whole-list-action';
import { firstScreenShown } from '../app/startup-gate';
import { statusOf } from '../workflow/reading-workflow';

export interface LibraryPaneProps {
  selectedId: string | null;
  sort: LibrarySortKey;
  reversed: boolean;
  onSortChange(sort: LibrarySortKey, reversed: boolean): void;
  onOpen(id: string): void;
  onImport(folder: boolean): void;
  onDelete(ids: string[]): void;
  onSetStatus(ids: string[], status: ReadingStatus): void;
  onTag(ids: string[], tag: string): void;
  onExport(ids: string[]): void;
  /** The listed order, for the next/previous article keys. */
  onOrderChange(ids: string[]): void;
  /** Changes after an import, so the list shows everything that came in. */
  importCount: number;
}

/**
 * How often a burst of saves (an import) may re-read and re-render the list: each refresh reads
 * every article, so in a large library a faster pace costs the import more than it shows.
 */
const LIST_REFRESH_MS = 1000;

/** Marks when the list first reads the library (the library-5000-open benchmark starts there). */
let firstReadMarked = false;
function markFirstRead(): void {
  if (firstReadMarked) return;
  firstReadMarked = true;
  performance.mark('gloss:library-read');
}

function readArticles(): Promise<Article[]> {
  markFirstRead();
  return db.articles.toArray();
}

function isPlainKey(event: KeyboardEvent | MouseEvent): boolean {
  return !event.ctrlKey && !event.metaKey && !event.altKey;
}

export function LibraryPane(props: LibraryPaneProps) {
  const { selectedId, sort, reversed, onOpen, onOrderChange } = props;
  const { t } = useI18n();
  // The first screen of rows comes from an index (first-page.ts); the whole table is read once
  // that page is painted (at once when no index fits the sort), then followed live.
  const [page, setPage] = useState<(FirstPage & { sort: LibrarySortKey; reversed: boolean }) | null>();
  useEffect(() => {
    markFirstRead();
    readFirstPage(sort, reversed).then(
      (first) => setPage(first && { ...first, sort, reversed }),
      () => setPage(null),
    );
    // Once, as the list opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const [fullWanted, setFullWanted] = useState(false);
  useEffect(() => {
    if (page === undefined) return;
    if (page === null) return setFullWanted(true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setFullWanted(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [page]);
  // An import commits a chunk every few hundred milliseconds; the list follows at its own pace,
  // reading again only the articles that changed.
  const [readLiveArticles] = useState(() =>
    liveRows<Article>({
      dbName: db.name,
      table: 'articles',
      readAll: readArticles,
      readKeys: (ids) => db.articles.bulkGet(ids),
      keyOf: (article) => article.id,
    }),
  );
  const full = useThrottledLiveQuery(readLiveArticles, [], LIST_REFRESH_MS, ['articles'], {
    enabled: fullWanted,
    // With no article shown, the first one saved shows at once: never "empty" while one exists.
    urgentAfter: (shown) => shown.length === 0,
  });
  // Highlight counts are read once the rows are in, so the first paint does not wait on them.
  const highlightKeys = useThrottledLiveQuery(
    () => db.highlights.orderBy('articleId').keys() as Promise<string[]>,
    [],
    LIST_REFRESH_MS,
    ['highlights'],
    { enabled: full !== undefined },
  );
  const highlightCounts = useMemo(() => countByArticle(highlightKeys ?? []), [highlightKeys]);
  // Start-up work that can wait begins once the first rows (or the empty state) are on screen.
  const firstShown = (page !== undefined && page !== null) || full !== undefined;
  useEffect(() => {
    if (firstShown) firstScreenShown();
  }, [firstShown]);
  const [chosenStatus, setStatus] = useState<StatusFilter | null>(null);
  const [text, setText] = useState('');
  const [tag, setTag] = useState('');
  const [selection, setSelection] = useState<ListSelection>(EMPTY_SELECTION);

  // The library opens on Continue reading when something is being read, else on everything.
  const openingStatus: StatusFilter | null =
    page?.status ?? (full ? (full.some((a) => statusOf(a) === 'reading') ? 'continue' : 'all') : null);
  const status = chosenStatus ?? openingStatus;
  useEffect(() => {
    if (chosenStatus === null && openingStatus !== null && full) setStatus(openingStatus);
  }, [chosenStatus, openingStatus, full]);
  useEffect(() => {
    if (props.importCount > 0) setStatus('all');
  }, [props.importCount]);

  const tags = useMemo(() => [...new Set((full ?? []).flatMap((a) => a.tags))].sort(), [full]);
  // Whether the list asks for what the first page holds.
  const firstPageAsked = Boolean(
    page && status === page.status && !text && !tag && sort === page.sort && reversed === page.reversed,
  );
  const visible = useMemo(() => {
    if (full)
      return orderLibrary(full, { status: status ?? 'all', text, tag, sort, reversed }, highlightCounts);
    // Until the whole table is in, the first page, as long as it is what the list asks for.
    return firstPageAsked && page ? page.rows : [];
  }, [full, page, firstPageAsked, status, text, tag, sort, reversed, highlightCounts]);
  const loaded = full !== undefined || Boolean(page);
  const empty = full ? full.length === 0 : page?.status === 'all' && page.total === 0;
  const listedCount = full || !page ? visible.length : page.total;
  const order = useMemo(() => visible.map((a) => a.id), [visible]);
  // Until the whole table is in, the list holds the first page of a longer list.
  const partial = !full && Boolean(page) && listedCount > order.length;
  useEffect(() => onOrderChange(order), [order, onOrderChange]);
  useEffect(() => setSelection((current) => keepListed(current, order)), [order]);

  const scroller = useRef<HTMLDivElement>(null);
  // Every row has the same height, set in CSS: nothing to measure, so rows can never overlap.
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ARTICLE_ROW_HEIGHT,
    overscan: 8,
  });

  const focusRow = useCallback(
    (index: number) => {
      const clamped = Math.max(0, Math.min(order.length - 1, index));
      const rowButton = () =>
        scroller.current?.querySelector<HTMLElement>(`[data-index="${clamped}"] .article-open`);
      virtualizer.scrollToIndex(clamped, { align: 'auto' });
      // A rendered row takes the focus at once, so the next key already starts from it; one
      // far off screen exists only after the scroll renders it.
      const now = rowButton();
      if (now) now.focus({ preventScroll: true });
      else requestAnimationFrame(() => rowButton()?.focus({ preventScroll: true }));
    },
    [order.length, virtualizer],
  );

  // End and Ctrl/Cmd+A pressed while only the first page is in act on the whole list.
  const pageStatus = page?.status;
  const wholeList = useWholeListAction({
    partial,
    query: JSON.stringify([status, text, tag, sort, reversed]),
    readListedIds: firstPageAsked && pageStatus ? () => readListedIds(pageStatus) : null,
    goToEnd: useCallback(() => focusRow(order.length - 1), [focusRow, order.length]),
    selectAll: useCallback(
      (ids?: readonly string[]) =>
        setSelection(ids ? { ids: new Set(ids), anchor: order[0] ?? null } : selectAll(order)),
      [order],
    ),
  });

  // The open article's row comes into view when it changes (next/previous article keys).
  useEffect(() => {
    const index = selectedId ? order.indexOf(selectedId) : -1;
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
    // Only when the open article changes, not on every refresh of the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  const gesture = (event: MouseEvent | KeyboardEvent) =>
    event.shiftKey ? 'range' : event.ctrlKey || event.metaKey ? 'toggle' : 'only';

  const openRow = useCallback(
    (id: string, event: MouseEvent) => {
      const how = gesture(event);
      setSelection((current) => select(current, order, id, how));
      if (how === 'only') {
        setSelection({ ids: new Set(), anchor: id });
        onOpen(id);
      }
    },
    [order, onOpen],
  );
  const toggleRow = useCallback(
    (id: string, event: MouseEvent) =>
      setSelection((current) => select(current, order, id, event.shiftKey ? 'range' : 'toggle')),
    [order],
  );
  const { onDelete } = props;
  const deleteRow = useCallback(
    (id: string) => onDelete(selection.ids.has(id) ? [...selection.ids] : [id]),
    [onDelete, selection],
  );

  const onListKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const index = row ? Number(row.dataset.index) : -1;
    const id = row?.dataset.articleId ?? null;
    wholeList.keyDown(event.key);
    if (event.key === 'End' && partial) {
      event.preventDefault();
      setFullWanted(true);
      wholeList.want('end');
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = Math.max(0, Math.min(order.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)));
      if (event.shiftKey && id) {
        setSelection((current) =>
          select(current.anchor ? current : { ids: current.ids, anchor: id }, order, order[next], 'range'),
        );
      }
      focusRow(next);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      focusRow(event.key === 'Home' ? 0 : order.length - 1);
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      event.stopPropagation();
      // Every article of the filter, whatever part of the list has been read yet.
      if (partial) {
        setFullWanted(true);
        wholeList.want('select-all');
      } else setSelection(selectAll(order));
    } else if (isPlainKey(event) && (event.key === 'Delete' || event.key === 'Backspace') && id) {
      event.preventDefault();
      const ids = selection.ids.has(id) && selection.ids.size > 1 ? [...selection.ids] : [id];
      props.onDelete(ids);
      focusRow(index);
    } else if (isPlainKey(event) && event.key === ' ' && id && row?.contains(event.target as Node)) {
      if ((event.target as HTMLElement).tagName === 'INPUT') return;
      event.preventDefault();
      setSelection((current) => select(current, order, id, 'toggle'));
    } else if (event.key === 'Escape' && selection.ids.size > 0) {
      event.preventDefault();
      setSelection(EMPTY_SELECTION);
    }
  };

  if (!loaded) return <section className="library-pane" aria-label={t('library.title')} />;

  // In the list's order; while only its first page is in, the selection as it is.
  const selectedIds = partial ? [...selection.ids] : order.filter((id) => selection.ids.has(id));
  return (
    <section className="library-pane" aria-label={t('library.title')}>
      <header className="pane-header">
        <h2>{t('library.title')}</h2>
        <div className="button-row">
          <button type="button" onClick={() => props.onImport(false)} aria-label={t('library.importFiles')}>
            {t('library.import')}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={() => props.onImport(true)}
            aria-label={t('library.importFolder')}
          >
            {t('library.importFolder')}
          </button>
        </div>
      </header>
      {empty ? (
        <div className="empty-state drop-target" role="region" aria-label={t('library.empty.title')}>
          <h3>{t('library.empty.title')}</h3>
          <p>{t('library.empty.body')}</p>
          <button type="button" onClick={() => props.onImport(false)}>
            {t('library.importFiles')}
          </button>
        </div>
      ) : (
        <>
          <div className="status-tabs" role="tablist" aria-label={t('library.statusFilter')}>
            {STATUS_FILTERS.map((filter) => (
              <button
                key={filter}
                type="button"
                role="tab"
                aria-selected={status === filter}
                className={`status-tab${status === filter ? ' active' : ''}`}
                onClick={() => setStatus(filter)}
              >
                {t(`library.status.${filter}`)}
              </button>
            ))}
          </div>
          <div className="library-tools">
            <input
              type="search"
              value={text}
              placeholder={t('library.search')}
              aria-label={t('library.search')}
              onChange={(event) => setText(event.target.value)}
            />
            <select
              value={sort}
              aria-label={t('library.sort')}
              onChange={(event) => props.onSortChange(event.target.value as LibrarySortKey, reversed)}
            >
              {LIBRARY_SORT_KEYS.map((key) => (
                <option key={key} value={key}>
                  {t(`library.sort.${key}`)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="quiet small sort-direction"
              aria-pressed={reversed}
              aria-label={t('library.reverseSort')}
              title={t('library.reverseSort')}
              onClick={() => props.onSortChange(sort, !reversed)}
            >
              {reversed ? '↑' : '↓'}
            </button>
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
            <span className="muted small library-count">{t('library.count', { count: listedCount })}</span>
          </div>
          {selectedIds.length > 0 && (
            <BulkActions
              count={selectedIds.length}
              onTag={(name) => props.onTag(selectedIds, name)}
              onStatus={(next) => props.onSetStatus(selectedIds, next)}
              onExport={() => props.onExport(selectedIds)}
              onDelete={() => props.onDelete(selectedIds)}
              onClear={() => setSelection(EMPTY_SELECTION)}
            />
          )}
          {full && visible.length === 0 && <p className="muted pad">{t('library.noMatch')}</p>}
          <div
            className="article-list"
            ref={scroller}
            role="list"
            aria-label={t('library.list')}
            onKeyDown={onListKey}
          >
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const article = visible[item.index];
                return (
                  <ArticleRow
                    key={article.id}
                    article={article}
                    index={item.index}
                    top={item.start}
                    open={article.id === selectedId}
                    selected={selection.ids.has(article.id)}
                    highlights={highlightCounts.get(article.id) ?? 0}
                    onOpen={openRow}
                    onToggle={toggleRow}
                    onDelete={deleteRow}
                  />
                );
              })}
            </div>
          </div>
        </>
      )}
    </section>
  );
}

export type { Article };
