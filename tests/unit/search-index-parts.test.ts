/**
 * The search index's parts: the two-pass segment builder against a plain per-document reference,
 * the tag index's prefix rule, the packed stored form and packed postings read back unchanged.
 */
import { describe, expect, it } from 'vitest';
import { buildSegmentFromTexts } from '../../src-shared/search/segment-builder';
import { distinctGrams, FIELD_SEPARATOR } from '../../src-shared/search/gram-index';
import { TagIndex } from '../../src-shared/search/tag-index';
import { packCollection, unpackCollection, PART_CHARACTERS } from '../../src-shared/search/stored-form';
import type { StoredCollection } from '../../src-shared/search/collection';
import { fold } from '../../src-shared/search/fold';
import { decodePostings, encodePostings } from '../../src-shared/search/posting-codec';
import { seededRandom } from '../../bench/search-corpus';
import { SearchEngine } from '../../src-shared/search/engine';
import type { ArticleDocument } from '../../src-shared/search/documents';

/** Postings by key, from each document's distinct grams (the obvious way). */
function reference(texts: (string | null)[]): Map<number, number[]> {
  const lists = new Map<number, number[]>();
  texts.forEach((text, doc) => {
    if (text === null) return;
    for (const key of distinctGrams(text)) lists.set(key, [...(lists.get(key) ?? []), doc]);
  });
  return lists;
}

describe('segment builder', () => {
  it('gives every gram exactly the documents that contain it, in order', () => {
    const texts = [
      fold(`对口帮扶${FIELD_SEPARATOR}铁路12306 的车票${FIELD_SEPARATOR}`),
      null,
      fold(`Ports and REPORTS${FIELD_SEPARATOR}abc abc abcd 𠀀${FIELD_SEPARATOR}`),
      '',
      fold(`帮扶 port 12306${FIELD_SEPARATOR}`),
    ];
    // Many documents sharing and not sharing grams (the hash table grows past its first size).
    for (let i = 0; i < 3000; i++)
      texts.push(
        String.fromCharCode(0x4e00 + ((i * 7) % 20000), 0x4e00 + ((i * 13) % 20000), 0x61 + (i % 26)),
      );
    const segment = buildSegmentFromTexts(texts);
    const expected = reference(texts);
    expect(segment.docCount).toBe(texts.length);
    expect([...segment.keys]).toEqual([...expected.keys()].sort((a, b) => a - b));
    for (let k = 0; k < segment.keys.length; k++) {
      const list = [...segment.postings.subarray(segment.offsets[k], segment.offsets[k + 1])];
      expect(list).toEqual(expected.get(segment.keys[k]));
    }
  });
});

describe('tag index', () => {
  it('finds a tag and its sub-tags, case-insensitively, every wanted tag at once', () => {
    const tags = new TagIndex();
    tags.add(0, ['Policy']);
    tags.add(1, ['policy/milestone', 'law']);
    tags.add(2, ['policymaker']);
    tags.add(3, ['law', 'POLICY']);
    expect(tags.docs(['policy'])).toEqual([0, 1, 3]);
    expect(tags.docs(['policy/milestone'])).toEqual([1]);
    expect(tags.docs(['policy', 'law'])).toEqual([1, 3]);
    expect(tags.docs(['nothing'])).toEqual([]);
  });
});

describe('stored form', () => {
  it('reads back what was packed, removed slots and several parts included', () => {
    const big = '长'.repeat(PART_CHARACTERS - 10);
    const collection: StoredCollection<{ tags: string[] }> = {
      segment: {
        keys: new Uint32Array(0),
        offsets: new Uint32Array(1),
        postings: new Uint32Array(0),
        docCount: 0,
      },
      ids: ['a', null, 'b\nc', 'd', 'e'],
      metas: [{ tags: ['x'] }, null, { tags: [] }, { tags: ['y', 'z'] }, { tags: [] }],
      texts: [`${big}\u0000`, null, 'short\u0000', `第二\u0000${'部分'.repeat(10)}\u0000`, 'e\u0000'],
      starts: [[0, big.length + 1], null, [0, 6], [0, 3], [0, 2]],
    };
    const parts = packCollection(collection as StoredCollection<unknown>);
    expect(parts.length).toBe(2);
    const back = unpackCollection(collection.segment, structuredClone(parts));
    expect(back.ids).toEqual(collection.ids);
    expect(back.metas).toEqual(collection.metas);
    expect(back.texts).toEqual(collection.texts);
    expect(back.starts).toEqual(collection.starts);
  });

  it('refuses a part whose texts do not add up', () => {
    const collection: StoredCollection<unknown> = {
      segment: {
        keys: new Uint32Array(0),
        offsets: new Uint32Array(1),
        postings: new Uint32Array(0),
        docCount: 0,
      },
      ids: ['a'],
      metas: [{}],
      texts: ['text'],
      starts: [[0, 5]],
    };
    const [part] = packCollection(collection);
    expect(() => unpackCollection(collection.segment, [{ ...part, text: 'tex' }])).toThrow(/inconsistent/);
  });
});

describe('restored index', () => {
  it('answers like the built one before its texts are folded, while and after they are', () => {
    const texts = ['記者在對口幫扶現場', 'The REPORTS on ports', '铁路１２３０６的车票', '对口帮扶 report'];
    const articles: ArticleDocument[] = Array.from({ length: 40 }, (_, i) => ({
      id: `a${i}`,
      title: `第${i}篇 Title`,
      byline: null,
      siteName: null,
      text: `${texts[i % texts.length]} ${i}`,
      note: i % 5 === 0 ? '记者的笔记' : '',
      tags: i % 3 === 0 ? ['Policy/Milestone'] : [],
      removed: '',
      publishedAt: null,
      importedAt: '2026-01-01T00:00:00Z',
    }));
    const built = SearchEngine.build(articles, []);
    const restored = SearchEngine.restore(structuredClone(built.toStored()));
    const queries = ['记者', '對口帮扶', 'port', '12306', 'tag:policy 记者', '"the reports"', '第1'];
    const answer = (engine: SearchEngine, query: string) => {
      const results = engine.search(query, { limit: 100 });
      return { total: results.totalArticles, ids: results.articles.map((a) => [a.id, a.hits, a.snippet]) };
    };
    // Only the documents with 12306 are folded by this one; the rest stay for preparePending.
    expect(answer(restored, '12306')).toEqual(answer(built, '12306'));
    let batches = 0;
    const threeAtATime = () => {
      let left = 3;
      return () => --left > 0;
    };
    while (restored.preparePending(threeAtATime())) {
      batches++;
      expect(answer(restored, queries[batches % queries.length])).toEqual(
        answer(built, queries[batches % queries.length]),
      );
    }
    expect(batches).toBeGreaterThan(0);
    for (const query of queries) expect(answer(restored, query)).toEqual(answer(built, query));
  });
});

describe('packed postings', () => {
  it('read back the same lists, small and large gaps, empty lists included, in fewer bytes', () => {
    const random = seededRandom(11);
    const lists: number[][] = [[], [0], [5, 6, 7], [3, 2 ** 31 + 5, 2 ** 32 - 1], []];
    for (let k = 0; k < 300; k++) {
      let doc = -1;
      lists.push(
        Array.from(
          { length: Math.floor(random() * 200) },
          () => (doc += 1 + Math.floor(random() ** 4 * 5000)),
        ),
      );
    }
    const offsets = new Uint32Array(lists.length + 1);
    lists.forEach((list, i) => (offsets[i + 1] = offsets[i] + list.length));
    const postings = Uint32Array.from(lists.flat());
    const packed = encodePostings(offsets, postings);
    expect(decodePostings(offsets, packed)).toEqual(postings);
    expect(packed.byteLength).toBeLessThan(postings.byteLength / 2);
    expect(() => decodePostings(offsets, packed.subarray(0, packed.length - 1))).toThrow(/too early/);
    expect(() => decodePostings(offsets, Uint8Array.from([...packed, 1]))).toThrow(/longer/);
    expect(() => encodePostings(Uint32Array.from([0, 2]), Uint32Array.from([4, 4]))).toThrow(/not sorted/);
  });
});
