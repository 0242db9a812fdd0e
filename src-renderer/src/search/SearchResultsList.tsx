/**
 * The palette's result rows: articles (best snippet, number of hits, the field) then passages
 * (color, article, tags). Memoized: typing re-renders the search box, not these rows, which
 * change only when an answer arrives or the selection moves. A new answer first renders the
 * rows that can be on screen (the window's height over a row's), so the frame that shows it
 * lays out and paints no more than that; the rest, below the fold, follow as soon as the
 * window is idle (before a next keystroke is handled only if it has not come yet).
 */
import { memo, useEffect, useState, type ReactNode } from 'react';
import type { ArticleResult, PassageResult, SearchResults } from '../../../src-shared/search/engine';
import type { Snippet } from '../../../src-shared/search/snippet';
import { useI18n, type MessageKey } from '../i18n';

export type ResultRow =
  { kind: 'article'; result: ArticleResult } | { kind: 'passage'; result: PassageResult };

/** Articles first, then passages: the order arrow keys walk. */
export function resultRows(results: SearchResults | null): ResultRow[] {
  return [
    ...(results?.articles ?? []).map((result) => ({ kind: 'article' as const, result })),
    ...(results?.passages ?? []).map((result) => ({ kind: 'passage' as const, result })),
  ];
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

/** One option of the listbox: its id for aria-activedescendant, selection, hover and click. */
function OptionRow(props: {
  index: number;
  active: number;
  onHover(index: number): void;
  onClick(): void;
  children: ReactNode;
}) {
  const { index, active, onHover, onClick, children } = props;
  return (
    <div
      id={`search-row-${index}`}
      role="option"
      aria-selected={active === index}
      className="search-row"
      onMouseMove={() => onHover(index)}
      onClick={onClick}
    >
      {children}
    </div>
  );
}

/** No result row is shorter than this (a title line and a snippet line), in CSS pixels. */
const ROW_MIN_HEIGHT = 50;

/**
 * Rows that can be on screen at once in a list whose top is at `listTop` and whose box can
 * reach down to `bottom` (window coordinates): the window's height when either is unknown.
 */
export function firstScreenRows(listTop?: number, bottom?: number): number {
  const height =
    listTop !== undefined && bottom !== undefined && bottom > listTop ? bottom - listTop : window.innerHeight;
  return Math.ceil(height / ROW_MIN_HEIGHT);
}

/**
 * Runs once the window is idle: after the frame being made and after input. Where there is no
 * requestIdleCallback, after the next frame (its animation callbacks run before it is painted,
 * a task queued from them after).
 */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 200 });
    return () => cancelIdleCallback(id);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(task, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * The answer whose rows are all rendered; the first screenful of any other. An answer is known
 * by its rows, so exact totals that arrive after it do not render its rows again.
 */
function useFilledAnswer(results: SearchResults, screenRows: number): { articles: number; passages: number } {
  const [filled, setFilled] = useState<Pick<SearchResults, 'articles' | 'passages'> | null>(null);
  const complete = filled?.articles === results.articles && filled.passages === results.passages;
  useEffect(() => {
    if (complete) return;
    const { articles, passages } = results;
    return whenIdle(() => setFilled({ articles, passages }));
  }, [results, complete]);
  if (complete) return { articles: results.articles.length, passages: results.passages.length };
  const articles = Math.min(screenRows, results.articles.length);
  return { articles, passages: Math.min(screenRows - articles, results.passages.length) };
}

/** A group's count: "20+" while the exact total is still being counted. */
function countLabel(total: number, counting: boolean | undefined): string | number {
  return counting ? `${total}+` : total;
}

export const SearchResultsList = memo(function SearchResultsList({
  results,
  screenRows,
  active,
  onHover,
  onOpen,
}: {
  results: SearchResults;
  /** Rows that can be on screen at once (see firstScreenRows). */
  screenRows: number;
  active: number;
  onHover(index: number): void;
  onOpen(row: ResultRow): void;
}) {
  const { t } = useI18n();
  const fieldLabel = (field: string) => t(`search.field.${field}` as MessageKey);
  const hits = (count: number) => (count === 1 ? t('search.hit') : t('search.hits', { count }));
  const shown = useFilledAnswer(results, screenRows);
  const articleRows = results.articles.slice(0, shown.articles);
  const passageRows = results.passages.slice(0, shown.passages);
  if (results.articles.length + results.passages.length === 0)
    return <p className="muted search-none">{t('search.none')}</p>;
  return (
    <>
      {articleRows.length > 0 && (
        <div role="group" aria-label={t('search.articles')}>
          <h3 className="search-group">
            {t('search.articlesCount', { count: countLabel(results.totalArticles, results.counting) })}
          </h3>
          {articleRows.map((result, i) => (
            <OptionRow
              // By place: a new answer updates the rows on screen in place rather than replacing them.
              key={i}
              index={i}
              active={active}
              onHover={onHover}
              onClick={() => onOpen({ kind: 'article', result })}
            >
              <div className="search-row-head">
                <span className="search-row-title">{result.title}</span>
                <span className="muted small">
                  {hits(result.hits)} · {fieldLabel(result.field)}
                </span>
              </div>
              <SnippetText snippet={result.snippet} />
            </OptionRow>
          ))}
        </div>
      )}
      {passageRows.length > 0 && (
        <div role="group" aria-label={t('search.passages')}>
          <h3 className="search-group">
            {t('search.passagesCount', { count: countLabel(results.totalPassages, results.counting) })}
          </h3>
          {passageRows.map((result, j) => {
            return (
              <OptionRow
                key={j}
                index={results.articles.length + j}
                active={active}
                onHover={onHover}
                onClick={() => onOpen({ kind: 'passage', result })}
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
              </OptionRow>
            );
          })}
        </div>
      )}
    </>
  );
});
