/**
 * Keeps the search index equal to the database: loads the stored index (or builds one, reporting
 * progress, when it is missing, from another version or unreadable), replays the change journal,
 * reconciles by key (adds what the index lacks, drops what the database no longer has), applies
 * new journal entries, and stores the index again when enough has changed. The search worker
 * runs one; unit tests run it on fake-indexeddb.
 */
import type { GlossDB } from '../db/db';
import { SearchEngine } from '../../../src-shared/search/engine';
import type { ArticleDocument } from '../../../src-shared/search/documents';
import { articleDocument, passageDocument } from '../../../src-shared/search/library-documents';
import type { JournalEntry } from './change-journal';
import { loadStoredIndex, saveStoredIndex } from './index-store';
import type { IndexStatus } from './protocol';

const CHUNK = 200;
/**
 * Journal entries applied at a time (about 200 imported articles: an article and its text are
 * two entries). Between two slices, the work may pause for something more urgent (an import).
 */
const JOURNAL_SLICE = 400;
/** Articles read at a time in a full build. */
const BUILD_CHUNK = 500;

export class IndexKeeper {
  engine = new SearchEngine();
  /** Last journal entry applied to `engine`. */
  appliedSeq = 0;
  /** Last journal entry the stored index includes; -1 when the stored index must be rewritten. */
  storedSeq = -1;
  readonly status: IndexStatus = {
    state: 'loading',
    done: 0,
    total: 0,
    source: null,
    articles: 0,
    passages: 0,
    memoryBytes: 0,
    storedBytes: 0,
    buildMs: null,
    readMs: null,
    loadMs: null,
    loadReadMs: null,
    storeMs: null,
    revision: 0,
  };

  constructor(
    private readonly db: GlossDB,
    private readonly onStatus: (status: IndexStatus) => void = () => undefined,
    /** Journal entries applied since the last store before the index is stored again. */
    private readonly storeAfterEntries = 500,
    /** Journal entries applied between two points where the work may pause. */
    private readonly journalSlice = JOURNAL_SLICE,
  ) {}

  publish(patch: Partial<IndexStatus> = {}): void {
    Object.assign(this.status, patch);
    const stats = this.engine.stats();
    this.status.articles = stats.articles;
    this.status.passages = stats.passages;
    this.status.memoryBytes = stats.postingBytes + stats.characters * 4;
    this.onStatus({ ...this.status });
  }

  /** Loads or builds, replays the journal, reconciles, and stores when needed. */
  async start(): Promise<void> {
    try {
      let restored = false;
      try {
        const reading = performance.now();
        const stored = await loadStoredIndex(this.db);
        if (stored) {
          const began = performance.now();
          this.status.loadReadMs = Math.round(began - reading);
          this.engine = SearchEngine.restore(stored.index);
          this.appliedSeq = stored.journalSeq;
          this.storedSeq = stored.journalSeq;
          restored = true;
          this.publish({
            source: 'stored',
            storedBytes: stored.bytes,
            loadMs: Math.round(performance.now() - began),
          });
        }
      } catch (error) {
        // An unreadable stored index is rebuilt; the reason is kept for the status.
        this.status.error = `stored index unreadable: ${error instanceof Error ? error.message : String(error)}`;
      }
      if (!restored) await this.buildAll();
      await this.applyJournal();
      if ((await this.reconcile()) > 0) this.storedSeq = -1;
      this.publish({ state: 'ready' });
      if (this.storedSeq < 0) await this.store(true);
    } catch (error) {
      this.publish({ state: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  }

  private async lastJournalSeq(): Promise<number> {
    const last = await this.db.searchJournal.orderBy('seq').last();
    return last?.seq ?? 0;
  }

  /** Builds the index from every article and highlight, reporting progress. */
  async buildAll(): Promise<void> {
    // Changes after this point are replayed from the journal (applying one twice is harmless).
    const seq = await this.lastJournalSeq();
    const started = performance.now();
    // Highlights are read while the texts are; each chunk of texts is asked for before the
    // previous one is turned into documents, so the database reads while the worker works.
    const reading = this.db.highlights.toArray();
    const articles = await this.db.articles.toArray();
    this.publish({ state: 'building', done: 0, total: articles.length });
    const documents: ArticleDocument[] = [];
    const contentsOf = (from: number) =>
      this.db.contents.bulkGet(articles.slice(from, from + BUILD_CHUNK).map((a) => a.id));
    let next = contentsOf(0);
    for (let i = 0; i < articles.length; i += BUILD_CHUNK) {
      const contents = await next;
      if (i + BUILD_CHUNK < articles.length) next = contentsOf(i + BUILD_CHUNK);
      articles
        .slice(i, i + BUILD_CHUNK)
        .forEach((article, j) => documents.push(articleDocument(article, contents[j])));
      this.publish({ done: Math.min(i + BUILD_CHUNK, articles.length) });
    }
    const highlights = await reading;
    const began = performance.now();
    this.engine = SearchEngine.build(documents, highlights.map(passageDocument));
    this.appliedSeq = seq;
    this.storedSeq = -1;
    this.publish({
      source: 'built',
      buildMs: Math.round(performance.now() - began),
      readMs: Math.round(began - started),
    });
  }

  private async reindexArticles(ids: Iterable<string>): Promise<void> {
    const list = [...ids];
    for (let i = 0; i < list.length; i += CHUNK) {
      const chunk = list.slice(i, i + CHUNK);
      const [articles, contents] = await Promise.all([
        this.db.articles.bulkGet(chunk),
        this.db.contents.bulkGet(chunk),
      ]);
      chunk.forEach((id, j) => {
        const article = articles[j];
        if (article) this.engine.upsertArticle(articleDocument(article, contents[j]));
        else this.engine.removeArticle(id);
      });
    }
  }

  private async reindexPassages(ids: Iterable<string>): Promise<void> {
    const list = [...ids];
    for (let i = 0; i < list.length; i += CHUNK * 10) {
      const chunk = list.slice(i, i + CHUNK * 10);
      const highlights = await this.db.highlights.bulkGet(chunk);
      chunk.forEach((id, j) => {
        const highlight = highlights[j];
        if (highlight) this.engine.upsertPassage(passageDocument(highlight));
        else this.engine.removePassage(id);
      });
    }
  }

  /**
   * Applies journal entries not applied yet (a cleared table means a full rebuild); returns how
   * many. Entries are applied in order, a slice at a time, and `appliedSeq` moves past each slice
   * once it is in the index; when `shouldPause` says so between two slices, the rest waits for
   * the next call.
   */
  async applyJournal(shouldPause: () => boolean = () => false): Promise<number> {
    const entries: JournalEntry[] = await this.db.searchJournal.where('seq').above(this.appliedSeq).toArray();
    if (entries.length === 0) return 0;
    if (entries.some((e) => e.key === null)) {
      await this.buildAll();
      this.publish({ state: 'ready' });
      return entries.length;
    }
    let applied = 0;
    for (let i = 0; i < entries.length; i += this.journalSlice) {
      if (i > 0 && shouldPause()) break;
      const slice = entries.slice(i, i + this.journalSlice);
      const articleIds = new Set<string>();
      const highlightIds = new Set<string>();
      for (const entry of slice) {
        if (entry.table === 'highlights') highlightIds.add(entry.key!);
        else articleIds.add(entry.key!);
      }
      await this.reindexArticles(articleIds);
      await this.reindexPassages(highlightIds);
      this.appliedSeq = Math.max(this.appliedSeq, ...slice.map((e) => e.seq ?? 0));
      applied += slice.length;
    }
    return applied;
  }

  /** Makes the index hold exactly the database's articles and highlights (by key); returns the fixes. */
  async reconcile(): Promise<number> {
    const [articleKeys, highlightKeys] = await Promise.all([
      this.db.articles.toCollection().primaryKeys(),
      this.db.highlights.toCollection().primaryKeys(),
    ]);
    const articleSet = new Set(articleKeys);
    const highlightSet = new Set(highlightKeys);
    const missingArticles = articleKeys.filter((id) => !this.engine.articles.has(id));
    const missingPassages = highlightKeys.filter((id) => !this.engine.passages.has(id));
    const extraArticles = this.engine.articles.allIds().filter((id) => !articleSet.has(id));
    const extraPassages = this.engine.passages.allIds().filter((id) => !highlightSet.has(id));
    // Many records the index never saw (written by an older Gloss, or a lost index): build anew.
    if (missingArticles.length > Math.max(200, this.engine.articles.count)) {
      await this.buildAll();
      return missingArticles.length;
    }
    extraArticles.forEach((id) => this.engine.removeArticle(id));
    extraPassages.forEach((id) => this.engine.removePassage(id));
    await this.reindexArticles(missingArticles);
    await this.reindexPassages(missingPassages);
    return missingArticles.length + missingPassages.length + extraArticles.length + extraPassages.length;
  }

  /** Stores the index when it must be (`force`, or never stored) or when enough journal has piled up. */
  async store(force = false): Promise<boolean> {
    if (!force && this.storedSeq >= 0) {
      const pending = await this.db.searchJournal
        .where('seq')
        .between(this.storedSeq, this.appliedSeq, false, true)
        .count();
      if (pending < this.storeAfterEntries) return false;
    }
    const began = performance.now();
    const stored = this.engine.toStored();
    const storedBytes = await saveStoredIndex(this.db, stored, this.appliedSeq);
    this.storedSeq = this.appliedSeq;
    this.publish({ storedBytes, storeMs: Math.round(performance.now() - began) });
    return true;
  }
}
