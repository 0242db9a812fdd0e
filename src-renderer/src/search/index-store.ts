/**
 * The search index as stored in IndexedDB (the `searchIndex` table): one record per part, all
 * written in one transaction, with the last journal entry the stored index includes.
 */
import type { GlossDB } from '../db/db';
import { SEARCH_INDEX_VERSION, type StoredSearchIndex } from '../../../src-shared/search/engine';

export interface SearchIndexRecord {
  key: 'meta' | 'articles' | 'passages';
  value: unknown;
}

interface StoredMeta {
  version: number;
  /** Journal entries up to this one are in the stored index. */
  journalSeq: number;
  savedAt: string;
}

export async function loadStoredIndex(
  db: GlossDB,
): Promise<{ index: StoredSearchIndex; journalSeq: number } | null> {
  const [meta, articles, passages] = await db.searchIndex.bulkGet(['meta', 'articles', 'passages']);
  const info = meta?.value as StoredMeta | undefined;
  if (!info || info.version !== SEARCH_INDEX_VERSION || !articles || !passages) return null;
  return {
    index: {
      version: info.version,
      articles: articles.value as StoredSearchIndex['articles'],
      passages: passages.value as StoredSearchIndex['passages'],
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
  const meta: StoredMeta = { version: index.version, journalSeq, savedAt: new Date().toISOString() };
  await db.transaction('rw', db.searchIndex, async () => {
    await db.searchIndex.bulkPut([
      { key: 'articles', value: index.articles },
      { key: 'passages', value: index.passages },
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
