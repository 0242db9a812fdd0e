/**
 * The window's side of search: starts the worker, tells it about every committed change (from
 * the change journal), sends queries and keeps only the answer to the newest one, and checks each
 * result against the database before it is shown when a change was committed while the query
 * was in flight (a result never points at nothing). An answer the worker has ready before the
 * frame that follows the keystroke is taken from shared memory in that frame (answer-slot.ts);
 * otherwise it comes with its message.
 */
import { db } from '../db/db';
import { searchWorkerName } from '../db/database-name';
import type { SearchResults } from '../../../src-shared/search/engine';
import { AnswerSlot } from './answer-slot';
import { onJournalWritten } from './change-journal';
import type { FromWorker, IndexStatus, ResultsMessage, ToWorker } from './protocol';

type StatusListener = (status: IndexStatus) => void;

/** Where one answer's time went (for benchmarks): window clock times, and the worker's parts. */
export interface SearchTiming {
  /** When the query was posted to the worker and when its answer came back (performance.now()). */
  sentAt: number;
  receivedAt: number;
  /** In the worker: waiting behind other index work, and the engine itself. */
  waitMs: number;
  engineMs: number;
}

class SearchClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, { sentAt: number; resolve(results: SearchResults): void }>();
  private listeners = new Set<StatusListener>();
  status: IndexStatus | null = null;
  /** Where the last answer's time went (for benchmarks). */
  lastTiming: SearchTiming | null = null;
  /** Transactions committed with journal entries, as this window has been told of them. */
  private commits = 0;
  /** Imports running in this window. */
  private imports = 0;
  /** Shared with the worker, where shared memory is available (null elsewhere). */
  private answerSlot: AnswerSlot | null = null;

  /** Starts the worker (once); the index loads or builds in the background from then on. */
  start(): void {
    if (this.worker || typeof Worker === 'undefined') return;
    this.worker = new Worker(new URL('./search.worker.ts', import.meta.url), {
      type: 'module',
      name: searchWorkerName(db.name),
    });
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'status') {
        this.status = message.status;
        this.listeners.forEach((listener) => listener(message.status));
      } else {
        this.receive(message);
      }
    };
    if (typeof requestAnimationFrame === 'function') this.answerSlot = AnswerSlot.create();
    if (this.answerSlot) this.send({ type: 'answer-slot', buffer: this.answerSlot.buffer });
    onJournalWritten(() => {
      this.commits++;
      this.send({ type: 'changed' });
    });
    if (this.imports > 0) this.send({ type: 'importing', running: true });
  }

  /** An answer, from its message or from the slot (whichever comes first; the other is ignored). */
  private receive(message: ResultsMessage): void {
    const asked = this.pending.get(message.id);
    if (!asked) return;
    this.pending.delete(message.id);
    this.lastTiming = {
      sentAt: asked.sentAt,
      receivedAt: performance.now(),
      waitMs: message.waitMs,
      engineMs: message.ms,
    };
    asked.resolve(message.results);
  }

  /**
   * In the next frame's animation callbacks: the answer, when the worker has left it in the slot
   * by then, is rendered in that frame instead of the one after it.
   */
  private takeInNextFrame(id: number): void {
    const slot = this.answerSlot;
    if (!slot) return;
    requestAnimationFrame(() => {
      if (!this.pending.has(id)) return;
      const answer = slot.read<ResultsMessage>(id);
      if (answer) this.receive(answer);
    });
  }

  private send(message: ToWorker): void {
    this.worker?.postMessage(message);
  }

  onStatus(listener: StatusListener): () => void {
    this.listeners.add(listener);
    if (this.status) listener(this.status);
    return () => this.listeners.delete(listener);
  }

  /**
   * Searches; results whose article or highlight the database no longer holds are dropped.
   *
   * The worker applies every journal entry committed before it reads the query (the 'changed'
   * messages arrive first, and it reads the journal itself), so an answer can only be stale when
   * a commit was reported while the query was in flight: only then is it checked against the
   * database (the index keeps the journal's guarantee; this covers the moment in between).
   */
  async search(
    query: string,
    options: { includeRemoved?: boolean; limit?: number } = {},
  ): Promise<SearchResults> {
    this.start();
    const id = this.nextId++;
    const commitsBefore = this.commits;
    const results = await new Promise<SearchResults>((resolve) => {
      this.pending.set(id, { sentAt: performance.now(), resolve });
      this.send({
        type: 'search',
        id,
        query,
        includeRemoved: options.includeRemoved ?? false,
        limit: options.limit ?? 20,
      });
      this.takeInNextFrame(id);
    });
    return this.commits === commitsBefore ? results : verifyResults(results);
  }

  /** An import starts (true) or ends (false): the worker leaves indexing until none runs. */
  importing(running: boolean): void {
    this.imports = Math.max(0, this.imports + (running ? 1 : -1));
    this.send({ type: 'importing', running: this.imports > 0 });
  }

  rebuild(): void {
    this.start();
    this.send({ type: 'rebuild' });
  }
}

export async function verifyResults(results: SearchResults): Promise<SearchResults> {
  const articleIds = [
    ...new Set([...results.articles.map((a) => a.id), ...results.passages.map((p) => p.articleId)]),
  ];
  const [articles, highlights] = await Promise.all([
    db.articles.bulkGet(articleIds),
    db.highlights.bulkGet(results.passages.map((p) => p.id)),
  ]);
  const present = new Set(articles.filter((a) => a !== undefined).map((a) => a.id));
  const liveHighlights = new Set(highlights.filter((h) => h !== undefined).map((h) => h.id));
  const keptArticles = results.articles.filter((a) => present.has(a.id));
  const keptPassages = results.passages.filter((p) => liveHighlights.has(p.id) && present.has(p.articleId));
  return {
    ...results,
    articles: keptArticles,
    passages: keptPassages,
    totalArticles: results.totalArticles - (results.articles.length - keptArticles.length),
    totalPassages: results.totalPassages - (results.passages.length - keptPassages.length),
  };
}

export const searchClient = new SearchClient();
