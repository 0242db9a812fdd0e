/**
 * Runs the search as the person types: a query goes out at once when none is in flight; while
 * one is, only the newest waiting query follows it (no flood, no added delay); an answer to an
 * older query never replaces a newer one; and when the index changes under a shown answer (an
 * article deleted, a note edited) the query runs again, so results never point at what is gone.
 * No React here: `useSearch` wires it to the palette, unit tests drive it directly.
 */
export interface SearchRequest {
  query: string;
  includeRemoved: boolean;
}

export class LatestQuery<Results> {
  private inFlight = false;
  private waiting: SearchRequest | null = null;
  private latest = 0;
  /** The query shown or on its way, to run again when the index changes. */
  private current: SearchRequest | null = null;
  private revision: number | null = null;

  constructor(
    private readonly search: (request: SearchRequest) => Promise<Results>,
    private readonly show: (request: SearchRequest, results: Results) => void,
  ) {}

  /** A new query from the person; null when the box was emptied (nothing more is shown). */
  ask(request: SearchRequest | null): void {
    if (!request) {
      this.latest++;
      this.waiting = null;
      this.current = null;
      return;
    }
    this.current = request;
    this.send(request);
  }

  /** The index's revision, as last reported; a change runs the current query again. */
  indexChanged(revision: number): void {
    const before = this.revision;
    this.revision = revision;
    if (before === null || before === revision || !this.current) return;
    this.send(this.current);
  }

  private send(request: SearchRequest): void {
    if (this.inFlight) this.waiting = request;
    else this.run(request);
  }

  private run(request: SearchRequest): void {
    this.inFlight = true;
    const serial = ++this.latest;
    void this.search(request)
      .then((results) => {
        if (serial === this.latest) this.show(request, results);
      })
      .finally(() => {
        this.inFlight = false;
        const next = this.waiting;
        this.waiting = null;
        if (next) this.run(next);
      });
  }
}
