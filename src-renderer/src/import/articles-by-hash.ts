/**
 * The library's articles by content hash (id and title), held in the window so that files the
 * main process recognized by their bytes' hash are named without reading the database: the table
 * is read whole once (in idle time after the session's first import), then followed key by key.
 * Dexie tells of every committed change to the articles in the same task as the commit, naming
 * the keys that changed; those are read again before the next answer, so an answer is never older
 * than the last commit (an article deleted during an import is not named). A change that names no
 * keys (a table cleared, a write of 50 records or more) makes the table be read whole again, and
 * until it is, `find` answers null and the caller reads the database itself.
 */

export interface HashedArticle {
  id: string;
  title: string;
  contentHash: string;
}

export interface ArticlesByHashSource {
  readAll(): Promise<HashedArticle[]>;
  /** The records with these ids, undefined for the ones that are gone (as bulkGet answers). */
  readIds(ids: string[]): Promise<(HashedArticle | undefined)[]>;
}

export class ArticlesByHash {
  private byId = new Map<string, HashedArticle>();
  private byHash = new Map<string, HashedArticle>();
  /** True once the table was read whole, and no change since has needed a whole read again. */
  private whole = false;
  /** Counts the changes that named no keys: a whole read started before one of them is stale. */
  private unkeyedChanges = 0;
  /** Ids changed since they were last read. */
  private changed = new Set<string>();
  /** Reads run one after another. */
  private queue: Promise<unknown> = Promise.resolve();
  private loading: Promise<void> | null = null;

  constructor(private readonly source: ArticlesByHashSource) {}

  /** Called for every committed change to the articles: the ids changed, or null when not named. */
  noteChanged(ids: readonly string[] | null): void {
    if (ids === null) {
      this.whole = false;
      this.unkeyedChanges++;
      this.changed.clear();
      return;
    }
    for (const id of ids) this.changed.add(id);
  }

  /** Reads the whole table, unless it is held already (or being read). */
  load(): Promise<void> {
    if (this.whole) return Promise.resolve();
    this.loading ??= this.inTurn(async () => {
      const before = this.unkeyedChanges;
      // Changes committed from here on are read again after this read.
      this.changed.clear();
      const rows = await this.source.readAll();
      this.byId = new Map();
      this.byHash = new Map();
      for (const row of rows) this.put(row);
      this.whole = this.unkeyedChanges === before;
    }).finally(() => (this.loading = null));
    return this.loading;
  }

  /**
   * The articles holding these hashes, as the database holds them now; null when the table is not
   * held whole (it is read in `refresh`, in idle time, not while a batch waits).
   */
  async find(hashes: readonly string[]): Promise<Map<string, HashedArticle> | null> {
    if (!this.whole) return null;
    if (this.changed.size > 0) await this.catchUp().catch(() => undefined);
    if (!this.whole) return null;
    const found = new Map<string, HashedArticle>();
    for (const hash of hashes) {
      const article = this.byHash.get(hash);
      if (article) found.set(hash, article);
    }
    return found;
  }

  /**
   * Brings the articles held up to date now (in idle time after an import): the table read whole
   * when a change named no keys (Dexie names none for a write of 50 records or more), else the
   * articles changed since they were last read.
   */
  refresh(): Promise<void> {
    return this.whole ? this.catchUp() : this.load();
  }

  /** Reads again the articles changed since they were last read; a failed read leaves the table to be read whole. */
  private catchUp(): Promise<void> {
    return this.inTurn(async () => {
      while (this.whole && this.changed.size > 0) {
        const ids = [...this.changed];
        this.changed.clear();
        let rows;
        try {
          rows = await this.source.readIds(ids);
        } catch (error) {
          // What these ids hold now is unknown: the table is read whole next time.
          this.whole = false;
          throw error;
        }
        // Every old entry goes first: a hash may have moved from one article to another.
        for (const id of ids) this.drop(id);
        for (const row of rows) if (row) this.put(row);
      }
    });
  }

  private put(row: HashedArticle): void {
    const entry = { id: row.id, title: row.title, contentHash: row.contentHash };
    this.byId.set(entry.id, entry);
    this.byHash.set(entry.contentHash, entry);
  }

  private drop(id: string): void {
    const old = this.byId.get(id);
    if (!old) return;
    this.byId.delete(id);
    if (this.byHash.get(old.contentHash) === old) this.byHash.delete(old.contentHash);
  }

  private inTurn<T>(step: () => Promise<T>): Promise<T> {
    const next = this.queue.catch(() => undefined).then(step);
    this.queue = next;
    return next;
  }
}
