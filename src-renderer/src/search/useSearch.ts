/**
 * Searching as the person types: a query goes to the worker at once when none is in flight;
 * while one is, only the newest waiting query follows it (no flood, no added delay), and an
 * answer to an older query never replaces a newer one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchResults } from '../../../src-shared/search/engine';
import type { IndexStatus } from './protocol';
import { searchClient } from './search-client';

/** Results sent per group: the first page (the totals count every match). */
const FIRST_PAGE = 20;

export function useSearch(query: string, includeRemoved: boolean) {
  const [answer, setAnswer] = useState<{
    query: string;
    results: SearchResults;
    engineMs: number;
    /** Counts answers shown, so a repeated answer is still seen to have arrived. */
    serial: number;
  } | null>(null);
  const [status, setStatus] = useState<IndexStatus | null>(searchClient.status);
  const inFlight = useRef(false);
  const waiting = useRef<{ query: string; includeRemoved: boolean } | null>(null);
  const latest = useRef(0);
  const answers = useRef(0);

  useEffect(() => searchClient.onStatus(setStatus), []);

  const run = useCallback((request: { query: string; includeRemoved: boolean }) => {
    inFlight.current = true;
    const serial = ++latest.current;
    void searchClient
      .search(request.query, { includeRemoved: request.includeRemoved, limit: FIRST_PAGE })
      .then((results) => {
        // Only the newest query's answer is shown.
        if (serial === latest.current)
          setAnswer({
            query: request.query,
            results,
            engineMs: searchClient.lastEngineMs,
            serial: ++answers.current,
          });
      })
      .finally(() => {
        inFlight.current = false;
        const next = waiting.current;
        waiting.current = null;
        if (next) run(next);
      });
  }, []);

  useEffect(() => {
    if (query.trim() === '') {
      latest.current++;
      waiting.current = null;
      setAnswer(null);
      return;
    }
    const request = { query, includeRemoved };
    if (inFlight.current) waiting.current = request;
    else run(request);
  }, [query, includeRemoved, run]);

  return {
    results: answer?.results ?? null,
    answeredQuery: answer?.query ?? null,
    answered: answer?.serial ?? 0,
    engineMs: answer?.engineMs ?? null,
    status,
  };
}
