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
import type { FromWorker, IndexStatus, ResultsMessage, ToWorker, TotalsMessage } from './protocol';

type StatusListener = (status: IndexStatus) => void;

/** The exact totals of an answer that came with lower bounds (`results.counting`). */
export type Totals = Pick<TotalsMessage, 'totalArticles' | 'totalPassages' | 'ms'>;

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
  private pending = new Map<
    number,
    { sentAt: number; resolve(answer: { results: SearchResults; inFrame: boolean }): void }
  >();
  /** Where the exact totals of an answer that came with lower bounds go, by query id. */
  private totalsWanted = new Map<number, (totals: Totals) => void>();
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
      } else if (message.type === 'totals') {
        const wanted = this.totalsWanted.get(message.id);
        this.totalsWanted.delete(message.id);
        wanted?.(message);
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
  private receive(message: ResultsMessage, inFrame = false): void {
    const asked = this.pending.get(message.id);
    if (!asked) return;
    this.pending.delete(message.id);
    this.lastTiming = {
      sentAt: asked.sentAt,
      receivedAt: performance.now(),
      waitMs: message.waitMs,
      engineMs: message.ms,
    };
    asked.resolve({ results: message.results, inFrame });
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
      if (answer) this.receive(answer, true);
    });
  }

  /**
   * Asks the worker for the exact totals of answer `id` once it is painted, so that counting
   * does not take a core from the frame that paints the answer: right after this frame when the
   * answer was taken inside one, else after the next.
   */
  private countAfterPaint(id: number, inFrame: boolean): void {
    const ask = () => setTimeout(() => this.send({ type: 'count', id }), 0);
    if (inFrame || typeof requestAnimationFrame !== 'function') ask();
    else requestAnimationFrame(ask);
  }

  private send(message: ToWorker): void {
    if (message.type === 'search') this.answerSlot?.asked(message.id);
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
   *
   * When the matches are many, the answer comes first with lower bounds for its totals
   * (`counting`), and `onTotals` gets the exact ones once the worker has counted them, which it
   * does once the answer is painted (not for an answer that was checked against the database:
   * the query runs again after such a change).
   */
  async search(
    query: string,
    options: { includeRemoved?: boolean; limit?: number; onTotals?: (totals: Totals) => void } = {},
  ): Promise<SearchResults> {
    this.start();
    const id = this.nextId++;
    const commitsBefore = this.commits;
    // Only the newest query's totals are wanted: older ones will never come (or do not matter).
    this.totalsWanted.clear();
    const { results, inFrame } = await new Promise<{ results: SearchResults; inFrame: boolean }>(
      (resolve) => {
        this.pending.set(id, { sentAt: performance.now(), resolve });
        this.send({
          type: 'search',
          id,
          query,
          includeRemoved: options.includeRemoved ?? false,
          limit: options.limit ?? 20,
        });
        this.takeInNextFrame(id);
      },
    );
    if (this.commits !== commitsBefore) return verifyResults(results);
    if (results.counting && options.onTotals) {
      this.totalsWanted.set(id, options.onTotals);
      this.countAfterPaint(id, inFrame);
    }
    return results;
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
