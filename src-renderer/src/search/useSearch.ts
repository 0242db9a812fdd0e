/**
 * Searching as the person types, in the palette: the rules of which answer is shown are in
 * latest-query.ts; this hook feeds it the query and the index's status and keeps the answer.
 * A typed query goes to the worker from the keystroke's own event (`type`, called by the palette
 * at `beforeinput` for typed text and at `input` otherwise), before React renders the
 * keystroke; the effect only covers what reaches the query otherwise (the first query, the
 * switch). An answer is rendered at once, in the task that received it (flushSync), rather than
 * in a task of React's scheduler queued behind whatever else the window has to do. When the
 * matches are many, the exact totals follow the answer (search-client.ts) and replace its
 * lower bounds, the rows untouched.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { SearchResults } from '../../../src-shared/search/engine';
import { LatestQuery, type SearchRequest } from './latest-query';
import type { IndexStatus } from './protocol';
import { searchClient, type SearchTiming } from './search-client';

/** Results sent per group: the first page (the totals count every match). */
const FIRST_PAGE = 20;

function requestFor(query: string, includeRemoved: boolean): SearchRequest | null {
  return query.trim() === '' ? null : { query, includeRemoved };
}

export function useSearch(query: string, includeRemoved: boolean) {
  const [answer, setAnswer] = useState<{
    query: string;
    results: SearchResults;
    timing: SearchTiming | null;
    /** Counts answers shown, so a repeated answer is still seen to have arrived. */
    serial: number;
    /** The worker's time counting the exact totals, once they replaced lower bounds. */
    countMs?: number;
  } | null>(null);
  const [status, setStatus] = useState<IndexStatus | null>(searchClient.status);
  const runner = useRef<LatestQuery<SearchResults> | null>(null);
  if (!runner.current) {
    let answers = 0;
    runner.current = new LatestQuery(
      (request) => {
        const asked = searchClient.search(request.query, {
          includeRemoved: request.includeRemoved,
          limit: FIRST_PAGE,
          onTotals: ({ totalArticles, totalPassages, ms }) =>
            void asked.then((results) =>
              setAnswer((shown) =>
                shown && shown.results === results
                  ? {
                      ...shown,
                      results: { ...results, totalArticles, totalPassages, counting: undefined },
                      countMs: ms,
                    }
                  : shown,
              ),
            ),
        });
        return asked;
      },
      (request, results) =>
        flushSync(() =>
          setAnswer({ query: request.query, results, timing: searchClient.lastTiming, serial: ++answers }),
        ),
    );
  }
  /** The query and switch last handed to the runner, so the effect does not ask twice. */
  const asked = useRef<{ query: string; includeRemoved: boolean } | null>(null);
  const ask = useCallback((nextQuery: string, nextIncludeRemoved: boolean) => {
    const last = asked.current;
    if (last && last.query === nextQuery && last.includeRemoved === nextIncludeRemoved) return;
    asked.current = { query: nextQuery, includeRemoved: nextIncludeRemoved };
    runner.current?.ask(requestFor(nextQuery, nextIncludeRemoved));
  }, []);

  useEffect(() => searchClient.onStatus(setStatus), []);

  useEffect(() => {
    ask(query, includeRemoved);
    if (query.trim() === '') setAnswer(null);
  }, [ask, query, includeRemoved]);

  const revision = status?.revision ?? 0;
  useEffect(() => runner.current?.indexChanged(revision), [revision]);

  return {
    results: answer?.results ?? null,
    answeredQuery: answer?.query ?? null,
    answered: answer?.serial ?? 0,
    timing: answer?.timing ?? null,
    countMs: answer?.countMs,
    status,
    /** Sends a typed query at once, from the input's event (the render follows). */
    type: (nextQuery: string) => ask(nextQuery, includeRemoved),
  };
}
