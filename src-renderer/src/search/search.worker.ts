/**
 * The search worker: owns the search index off the UI thread. At start it reads the stored
 * index (or builds one, with progress, when it is missing, from another version or unreadable),
 * replays the change journal, and reconciles with the database (any article or highlight missing
 * from the index is added, any the database no longer has is dropped). Then it follows changes
 * as the window reports them and answers queries, applying pending changes first.
 */
import { GlossDB } from '../db/db';
import { SearchEngine } from '../../../src-shared/search/engine';
import type { ArticleDocument } from '../../../src-shared/search/documents';
import { articleDocument, passageDocument } from '../../../src-shared/search/library-documents';
import type { JournalEntry } from './change-journal';
import { loadStoredIndex, saveStoredIndex, storedSize } from './index-store';
import type { FromWorker, IndexStatus, ToWorker } from './protocol';

const db = new GlossDB();
let engine = new SearchEngine();
let appliedSeq = 0;
/** Set when the window reports a committed change, cleared once the journal is applied. */
let dirty = true;
let storedSeq = 0;
const status: IndexStatus = {
  state: 'loading',
  done: 0,
  total: 0,
  source: null,
  articles: 0,
  passages: 0,
  memoryBytes: 0,
  storedBytes: 0,
};

/** Journal entries applied since the index was last stored before it is stored again. */
const STORE_AFTER_ENTRIES = 500;
/** Quiet time (no query, no change) before storing. */
const STORE_WHEN_QUIET_MS = 5000;
const CHUNK = 200;

function post(message: FromWorker): void {
  (self as unknown as Worker).postMessage(message);
}

function publish(patch: Partial<IndexStatus> = {}): void {
  Object.assign(status, patch);
  const stats = engine.stats();
  status.articles = stats.articles;
  status.passages = stats.passages;
  status.memoryBytes = stats.postingBytes + stats.characters * 4;
  post({ type: 'status', status: { ...status } });
}

async function lastJournalSeq(): Promise<number> {
  const last = await db.searchJournal.orderBy('seq').last();
  return last?.seq ?? 0;
}

/** Builds the index from every article and highlight, reporting progress. */
async function buildAll(): Promise<void> {
  // Changes after this point are replayed from the journal (applying one twice is harmless).
  const seq = await lastJournalSeq();
  const articles = await db.articles.toArray();
  publish({ state: 'building', done: 0, total: articles.length });
  const documents: ArticleDocument[] = [];
  for (let i = 0; i < articles.length; i += CHUNK) {
    const chunk = articles.slice(i, i + CHUNK);
    const contents = await db.contents.bulkGet(chunk.map((a) => a.id));
    chunk.forEach((article, j) => documents.push(articleDocument(article, contents[j])));
    publish({ done: Math.min(i + CHUNK, articles.length) });
  }
  const highlights = await db.highlights.toArray();
  engine = SearchEngine.build(documents, highlights.map(passageDocument));
  appliedSeq = seq;
  storedSeq = -1;
  publish({ source: 'built' });
}

async function reindexArticles(ids: Iterable<string>): Promise<void> {
  const list = [...ids];
  for (let i = 0; i < list.length; i += CHUNK) {
    const chunk = list.slice(i, i + CHUNK);
    const [articles, contents] = await Promise.all([db.articles.bulkGet(chunk), db.contents.bulkGet(chunk)]);
    chunk.forEach((id, j) => {
      const article = articles[j];
      if (article) engine.upsertArticle(articleDocument(article, contents[j]));
      else engine.removeArticle(id);
    });
  }
}

async function reindexPassages(ids: Iterable<string>): Promise<void> {
  const list = [...ids];
  for (let i = 0; i < list.length; i += CHUNK * 10) {
    const chunk = list.slice(i, i + CHUNK * 10);
    const highlights = await db.highlights.bulkGet(chunk);
    chunk.forEach((id, j) => {
      const highlight = highlights[j];
      if (highlight) engine.upsertPassage(passageDocument(highlight));
      else engine.removePassage(id);
    });
  }
}

/** Applies journal entries not applied yet; a cleared table means a full rebuild. */
async function applyJournal(): Promise<number> {
  dirty = false;
  const entries: JournalEntry[] = await db.searchJournal.where('seq').above(appliedSeq).toArray();
  if (entries.length === 0) return 0;
  if (entries.some((e) => e.key === null)) {
    await buildAll();
    return entries.length;
  }
  const articleIds = new Set<string>();
  const highlightIds = new Set<string>();
  for (const entry of entries) {
    if (entry.table === 'highlights') highlightIds.add(entry.key!);
    else articleIds.add(entry.key!);
  }
  await reindexArticles(articleIds);
  await reindexPassages(highlightIds);
  appliedSeq = Math.max(appliedSeq, ...entries.map((e) => e.seq ?? 0));
  return entries.length;
}

/** Makes the index hold exactly the database's articles and highlights (by key). */
async function reconcile(): Promise<number> {
  const [articleKeys, highlightKeys] = await Promise.all([
    db.articles.toCollection().primaryKeys(),
    db.highlights.toCollection().primaryKeys(),
  ]);
  const articleSet = new Set(articleKeys);
  const highlightSet = new Set(highlightKeys);
  const missingArticles = articleKeys.filter((id) => !engine.articles.has(id));
  const missingPassages = highlightKeys.filter((id) => !engine.passages.has(id));
  const extraArticles = engine.articles.allIds().filter((id) => !articleSet.has(id));
  const extraPassages = engine.passages.allIds().filter((id) => !highlightSet.has(id));
  extraArticles.forEach((id) => engine.removeArticle(id));
  extraPassages.forEach((id) => engine.removePassage(id));
  await reindexArticles(missingArticles);
  await reindexPassages(missingPassages);
  return missingArticles.length + missingPassages.length + extraArticles.length + extraPassages.length;
}

let storeTimer: ReturnType<typeof setTimeout> | null = null;

function scheduleStore(): void {
  if (storeTimer) clearTimeout(storeTimer);
  storeTimer = setTimeout(() => void store(), STORE_WHEN_QUIET_MS);
}

async function store(): Promise<void> {
  storeTimer = null;
  const pending = await db.searchJournal.where('seq').between(storedSeq, appliedSeq, false, true).count();
  if (storedSeq >= 0 && pending < STORE_AFTER_ENTRIES) return;
  const stored = engine.toStored();
  await saveStoredIndex(db, stored, appliedSeq);
  storedSeq = appliedSeq;
  publish({ storedBytes: storedSize(stored) });
}

async function start(): Promise<void> {
  try {
    const stored = await loadStoredIndex(db).catch(() => null);
    if (stored) {
      try {
        engine = SearchEngine.restore(stored.index);
        appliedSeq = stored.journalSeq;
        storedSeq = stored.journalSeq;
        publish({ source: 'stored', storedBytes: storedSize(stored.index) });
      } catch {
        await buildAll();
      }
    } else {
      await buildAll();
    }
    await applyJournal();
    const fixed = await reconcile();
    if (fixed > 0) storedSeq = Math.min(storedSeq, -1);
    publish({ state: 'ready' });
    if (storedSeq < 0) await store();
  } catch (error) {
    publish({ state: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
}

const ready = start();

let changeTimer: ReturnType<typeof setTimeout> | null = null;
let work: Promise<unknown> = Promise.resolve();

/** Runs index work one piece at a time, in order. */
function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = work.then(task, task);
  work = next.catch(() => undefined);
  return next;
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'changed') {
    dirty = true;
    // Changes come in bursts (an import saves a hundred articles per transaction): gather them.
    if (changeTimer) clearTimeout(changeTimer);
    changeTimer = setTimeout(() => {
      changeTimer = null;
      void serial(async () => {
        await ready;
        if ((await applyJournal()) > 0) {
          publish();
          scheduleStore();
        }
      });
    }, 300);
  } else if (message.type === 'rebuild') {
    void serial(async () => {
      await ready;
      await buildAll();
      publish({ state: 'ready' });
      await store();
    });
  } else if (message.type === 'search') {
    void serial(async () => {
      await ready;
      // What the database has committed is searched: pending changes are applied first.
      if (dirty && (await applyJournal()) > 0) scheduleStore();
      const began = performance.now();
      const results = engine.search(message.query, {
        includeRemoved: message.includeRemoved,
        limit: message.limit,
      });
      post({ type: 'results', id: message.id, results, ms: performance.now() - began });
      if (storeTimer) scheduleStore();
    });
  }
};
