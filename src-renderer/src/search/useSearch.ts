/**
 * Searching as the person types, in the palette: the rules of which answer is shown are in
 * latest-query.ts; this hook feeds it the query and the index's status and keeps the answer.
 * An answer is rendered at once, in the task that received it (flushSync), rather than in a
 * task of React's scheduler queued behind whatever else the window has to do.
 */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { SearchResults } from '../../../src-shared/search/engine';
import { LatestQuery } from './latest-query';
import type { IndexStatus } from './protocol';
import { searchClient, type SearchTiming } from './search-client';

/** Results sent per group: the first page (the totals count every match). */
const FIRST_PAGE = 20;

export function useSearch(query: string, includeRemoved: boolean) {
  const [answer, setAnswer] = useState<{
    query: string;
    results: SearchResults;
    timing: SearchTiming | null;
    /** Counts answers shown, so a repeated answer is still seen to have arrived. */
    serial: number;
  } | null>(null);
  const [status, setStatus] = useState<IndexStatus | null>(searchClient.status);
  const runner = useRef<LatestQuery<SearchResults> | null>(null);
  if (!runner.current) {
    let answers = 0;
    runner.current = new LatestQuery(
      (request) =>
        searchClient.search(request.query, { includeRemoved: request.includeRemoved, limit: FIRST_PAGE }),
      (request, results) =>
        flushSync(() =>
          setAnswer({ query: request.query, results, timing: searchClient.lastTiming, serial: ++answers }),
        ),
    );
  }

  useEffect(() => searchClient.onStatus(setStatus), []);

  useEffect(() => {
    const blank = query.trim() === '';
    runner.current?.ask(blank ? null : { query, includeRemoved });
    if (blank) setAnswer(null);
  }, [query, includeRemoved]);

  const revision = status?.revision ?? 0;
  useEffect(() => runner.current?.indexChanged(revision), [revision]);

  return {
    results: answer?.results ?? null,
    answeredQuery: answer?.query ?? null,
    answered: answer?.serial ?? 0,
    timing: answer?.timing ?? null,
    status,
  };
}
