/**
 * The search index as stored in IndexedDB (the `searchIndex` table): a meta record (version,
 * the last journal entry the stored index includes, how many parts), each collection's posting
 * segment (keys and offsets as typed arrays, the postings packed as gaps in varints:
 * `posting-codec.ts`), and its documents packed into a few large parts (`stored-form.ts`).
 * Written in one transaction; read back as a handful of large values.
 */
import type { GlossDB } from '../db/db';
import type { StoredCollection } from '../../../src-shared/search/collection';
import { SEARCH_INDEX_VERSION, type StoredSearchIndex } from '../../../src-shared/search/engine';
import type { GramSegment } from '../../../src-shared/search/gram-keys';
import { decodePostings, encodePostings } from '../../../src-shared/search/posting-codec';
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

/** A posting segment as stored: the postings packed. */
interface StoredSegment {
  keys: Uint32Array;
  offsets: Uint32Array;
  packedPostings: Uint8Array;
  docCount: number;
}

function packSegment(segment: GramSegment): StoredSegment {
  const { keys, offsets, postings, docCount } = segment;
  return { keys, offsets, packedPostings: encodePostings(offsets, postings), docCount };
}

function unpackSegment(stored: StoredSegment): GramSegment {
  const { keys, offsets, packedPostings, docCount } = stored;
  return { keys, offsets, postings: decodePostings(offsets, packedPostings), docCount };
}

/** Bytes of one collection's stored records (typed arrays, and texts at two bytes a code unit). */
function bytesOf(segment: StoredSegment, parts: readonly PackedPart[]): number {
  let bytes = segment.keys.byteLength + segment.offsets.byteLength + segment.packedPostings.byteLength;
  for (const part of parts) bytes += part.text.length * 2 + part.lengths.byteLength + part.starts.byteLength;
  return bytes;
}

function records(segment: StoredSegment, name: Name, parts: PackedPart[]): SearchIndexRecord[] {
  return [
    { key: `${name}:segment`, value: segment },
    ...parts.map((value, i) => ({ key: `${name}:${i}`, value })),
  ];
}

async function join(
  db: GlossDB,
  name: Name,
  parts: number,
): Promise<{ collection: StoredCollection<unknown>; bytes: number } | null> {
  const keys = [`${name}:segment`, ...Array.from({ length: parts }, (_, i) => `${name}:${i}`)];
  const found = await db.searchIndex.bulkGet(keys);
  if (found.some((r) => r === undefined)) return null;
  const segment = found[0]!.value as StoredSegment;
  const packed = found.slice(1).map((r) => r!.value as PackedPart);
  return { collection: unpackCollection(unpackSegment(segment), packed), bytes: bytesOf(segment, packed) };
}

/**
 * The stored index and the bytes it takes, or null when there is none or it is of another
 * version (a rebuild follows).
 */
export async function loadStoredIndex(
  db: GlossDB,
): Promise<{ index: StoredSearchIndex; journalSeq: number; bytes: number } | null> {
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
      articles: articles.collection as StoredSearchIndex['articles'],
      passages: passages.collection as StoredSearchIndex['passages'],
    },
    journalSeq: info.journalSeq,
    bytes: articles.bytes + passages.bytes,
  };
}

/**
 * Writes the index, then drops the journal entries it includes (a crash in between only replays
 * them); returns the bytes written.
 */
export async function saveStoredIndex(
  db: GlossDB,
  index: StoredSearchIndex,
  journalSeq: number,
): Promise<number> {
  const articleParts = packCollection(index.articles as StoredCollection<unknown>);
  const passageParts = packCollection(index.passages as StoredCollection<unknown>);
  const articleSegment = packSegment(index.articles.segment);
  const passageSegment = packSegment(index.passages.segment);
  const meta: StoredMeta = {
    version: index.version,
    journalSeq,
    savedAt: new Date().toISOString(),
    parts: { articles: articleParts.length, passages: passageParts.length },
  };
  await db.transaction('rw', db.searchIndex, async () => {
    await db.searchIndex.clear();
    await db.searchIndex.bulkPut([
      ...records(articleSegment, 'articles', articleParts),
      ...records(passageSegment, 'passages', passageParts),
      { key: 'meta', value: meta },
    ]);
  });
  await db.searchJournal.where('seq').belowOrEqual(journalSeq).delete();
  return bytesOf(articleSegment, articleParts) + bytesOf(passageSegment, passageParts);
}
