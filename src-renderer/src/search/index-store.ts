/**
 * The search index as stored in IndexedDB (the `searchIndex` table): a meta record (version,
 * the last journal entry the stored index includes, how many parts), each collection's posting
 * segment (three typed arrays), and its documents packed into a few large parts
 * (`stored-form.ts`). Written in one transaction; read back as a handful of large values.
 */
import type { GlossDB } from '../db/db';
import type { StoredCollection } from '../../../src-shared/search/collection';
import { SEARCH_INDEX_VERSION, type StoredSearchIndex } from '../../../src-shared/search/engine';
import { packCollection, unpackCollection, type PackedPart } from '../../../src-shared/search/stored-form';

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

type Name = 'articles' | 'passages';

function records(
  collection: StoredCollection<unknown>,
  name: Name,
  parts: PackedPart[],
): SearchIndexRecord[] {
  return [
    { key: `${name}:segment`, value: collection.segment },
    ...parts.map((value, i) => ({ key: `${name}:${i}`, value })),
  ];
}

async function join(db: GlossDB, name: Name, parts: number): Promise<StoredCollection<unknown> | null> {
  const keys = [`${name}:segment`, ...Array.from({ length: parts }, (_, i) => `${name}:${i}`)];
  const found = await db.searchIndex.bulkGet(keys);
  if (found.some((r) => r === undefined)) return null;
  return unpackCollection(
    found[0]!.value as StoredCollection<unknown>['segment'],
    found.slice(1).map((r) => r!.value as PackedPart),
  );
}

/** The stored index, or null when there is none or it is of another version (a rebuild follows). */
export async function loadStoredIndex(
  db: GlossDB,
): Promise<{ index: StoredSearchIndex; journalSeq: number } | null> {
  const info = (await db.searchIndex.get('meta'))?.value as StoredMeta | undefined;
  if (!info || info.version !== SEARCH_INDEX_VERSION || !info.parts) return null;
  const [articles, passages] = await Promise.all([
    join(db, 'articles', info.parts.articles),
    join(db, 'passages', info.parts.passages),
  ]);
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
  const articleParts = packCollection(index.articles as StoredCollection<unknown>);
  const passageParts = packCollection(index.passages as StoredCollection<unknown>);
  const meta: StoredMeta = {
    version: index.version,
    journalSeq,
    savedAt: new Date().toISOString(),
    parts: { articles: articleParts.length, passages: passageParts.length },
  };
  await db.transaction('rw', db.searchIndex, async () => {
    await db.searchIndex.clear();
    await db.searchIndex.bulkPut([
      ...records(index.articles as StoredCollection<unknown>, 'articles', articleParts),
      ...records(index.passages as StoredCollection<unknown>, 'passages', passageParts),
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
