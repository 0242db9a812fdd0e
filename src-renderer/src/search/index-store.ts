/**
 * The search index as stored in IndexedDB (the `searchIndex` table): a meta record (version,
 * the last journal entry the stored index includes, how many parts), each collection's posting
 * segment, and its documents in parts of a few thousand (large single records are slow to
 * write and read, and need one contiguous allocation). Written in one transaction.
 */
import type { GlossDB } from '../db/db';
import type { StoredCollection } from '../../../src-shared/search/collection';
import { SEARCH_INDEX_VERSION, type StoredSearchIndex } from '../../../src-shared/search/engine';

export interface SearchIndexRecord {
  key: string;
  value: unknown;
}

interface StoredMeta {
  version: number;
  /** Journal entries up to this one are in the stored index. */
  journalSeq: number;
  savedAt: string;
  parts: { articles: number; passages: number };
}

const PART = 2000;
type Part = Omit<StoredCollection<unknown>, 'segment'>;
type Name = 'articles' | 'passages';

function split(collection: StoredCollection<unknown>, name: Name): SearchIndexRecord[] {
  const records: SearchIndexRecord[] = [{ key: `${name}:segment`, value: collection.segment }];
  for (let i = 0, part = 0; i < Math.max(1, collection.ids.length); i += PART, part++) {
    const value: Part = {
      ids: collection.ids.slice(i, i + PART),
      metas: collection.metas.slice(i, i + PART),
      texts: collection.texts.slice(i, i + PART),
      starts: collection.starts.slice(i, i + PART),
    };
    records.push({ key: `${name}:${part}`, value });
  }
  return records;
}

function partCount(collection: StoredCollection<unknown>): number {
  return Math.max(1, Math.ceil(collection.ids.length / PART));
}

async function join(db: GlossDB, name: Name, parts: number): Promise<StoredCollection<unknown> | null> {
  const keys = [`${name}:segment`, ...Array.from({ length: parts }, (_, i) => `${name}:${i}`)];
  const records = await db.searchIndex.bulkGet(keys);
  if (records.some((r) => r === undefined)) return null;
  const joined: StoredCollection<unknown> = {
    segment: records[0]!.value as StoredCollection<unknown>['segment'],
    ids: [],
    metas: [],
    texts: [],
    starts: [],
  };
  for (const record of records.slice(1)) {
    const part = record!.value as Part;
    joined.ids.push(...part.ids);
    joined.metas.push(...part.metas);
    joined.texts.push(...part.texts);
    joined.starts.push(...part.starts);
  }
  return joined;
}

/** The stored index, or null when there is none or it is of another version (a rebuild follows). */
export async function loadStoredIndex(
  db: GlossDB,
): Promise<{ index: StoredSearchIndex; journalSeq: number } | null> {
  const info = (await db.searchIndex.get('meta'))?.value as StoredMeta | undefined;
  if (!info || info.version !== SEARCH_INDEX_VERSION || !info.parts) return null;
  const articles = await join(db, 'articles', info.parts.articles);
  const passages = await join(db, 'passages', info.parts.passages);
  if (!articles || !passages) return null;
  return {
    index: {
      version: info.version,
      articles: articles as StoredSearchIndex['articles'],
      passages: passages as StoredSearchIndex['passages'],
    },
    journalSeq: info.journalSeq,
  };
}

/** Writes the index, then drops the journal entries it includes (a crash in between only replays them). */
export async function saveStoredIndex(
  db: GlossDB,
  index: StoredSearchIndex,
  journalSeq: number,
): Promise<void> {
  const meta: StoredMeta = {
    version: index.version,
    journalSeq,
    savedAt: new Date().toISOString(),
    parts: { articles: partCount(index.articles), passages: partCount(index.passages) },
  };
  await db.transaction('rw', db.searchIndex, async () => {
    await db.searchIndex.clear();
    await db.searchIndex.bulkPut([
      ...split(index.articles as StoredCollection<unknown>, 'articles'),
      ...split(index.passages as StoredCollection<unknown>, 'passages'),
      { key: 'meta', value: meta },
    ]);
  });
  await db.searchJournal.where('seq').belowOrEqual(journalSeq).delete();
}

/** Bytes the stored index takes (typed arrays and text), for reports. */
export function storedSize(index: StoredSearchIndex): number {
  let bytes = 0;
  for (const part of [index.articles, index.passages]) {
    const { keys, offsets, postings } = part.segment;
    bytes += keys.byteLength + offsets.byteLength + postings.byteLength;
    for (const text of part.texts) bytes += (text?.length ?? 0) * 2;
  }
  return bytes;
}
