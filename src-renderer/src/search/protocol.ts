/** Messages between the window and the search worker. */
import type { SearchResults } from '../../../src-shared/search/engine';

export type ToWorker =
  | { type: 'search'; id: number; query: string; includeRemoved: boolean; limit: number }
  /** Count the exact totals of answer `id` (sent with lower bounds), now that it is painted. */
  | { type: 'count'; id: number }
  | { type: 'changed' }
  /** An import started or ended: the index waits while one runs. */
  | { type: 'importing'; running: boolean }
  | { type: 'rebuild' }
  /** Shared memory where answers are also left (answer-slot.ts), sent once at start. */
  | { type: 'answer-slot'; buffer: SharedArrayBuffer };

export type IndexState = 'loading' | 'building' | 'ready' | 'failed';

export interface IndexStatus {
  state: IndexState;
  /** Articles indexed so far (while building). */
  done: number;
  total: number;
  /** How the index was obtained at start: read from storage, or built. */
  source: 'stored' | 'built' | null;
  articles: number;
  passages: number;
  /** Bytes of the index in memory (postings and text) and as last stored. */
  memoryBytes: number;
  storedBytes: number;
  /** The last full build: reading the library, then indexing it; the last store. */
  readMs: number | null;
  buildMs: number | null;
  storeMs: number | null;
  /** Restoring the stored index at start (after reading it), and reading it. */
  loadMs: number | null;
  loadReadMs: number | null;
  /** Counts changes applied to the index after it was ready: a shown answer may be out of date. */
  revision: number;
  error?: string;
}

export interface ResultsMessage {
  type: 'results';
  id: number;
  results: SearchResults;
  /** The engine's time, and how long the query waited in the worker before it ran. */
  ms: number;
  waitMs: number;
}

/** The exact totals of an answer that was sent with lower bounds (`results.counting`). */
export interface TotalsMessage {
  type: 'totals';
  id: number;
  totalArticles: number;
  totalPassages: number;
  /** The worker's time counting them. */
  ms: number;
}

export type FromWorker = ResultsMessage | TotalsMessage | { type: 'status'; status: IndexStatus };
