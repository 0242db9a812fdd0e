/**
 * What the sync engine keeps in memory for later (the batches the replicator wrote, for the
 * applier; this computer's own revisions, for the replicator's sending half) is bounded by the
 * characters of their sealed fields as well as by their number: an article's whole text is one
 * document's fields, so a count alone bounds nothing.
 */
import { describe, expect, it } from 'vitest';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import type { PouchDatabase } from 'pouchdb-core';
import { keepArrivals, takeArrival } from '../../src-renderer/src/sync/arrivals';
import { keepOwnDocs, rememberOwnDocs } from '../../src-renderer/src/sync/own-docs';

PouchDB.plugin(memoryAdapter);
let count = 0;
const mirror = () =>
  new PouchDB(`kept-limits-${++count}-${Math.random().toString(36).slice(2)}`, {
    adapter: 'memory',
  }) as unknown as PouchDatabase;
const LIMITS = { docs: 100, chars: 1_000 };
const sealed = (n: number) => ({ _id: `d${n}`, _rev: `1-${'a'.repeat(32)}`, v: 1, s: 'x'.repeat(600) });

describe('kept in memory for later', () => {
  it('batches the replicator wrote: the oldest go once their fields pass the limit', async () => {
    const db = mirror();
    keepArrivals(db, LIMITS);
    const write = (db as unknown as { bulkDocs(docs: object[], options: object): Promise<unknown> }).bulkDocs;
    for (const n of [1, 2, 3]) await write.call(db, [sealed(n)], { new_edits: false });
    // 1,800 characters with two batches: only the last (from sequence 2) is still kept.
    expect(takeArrival(db, 0)).toEqual({ arrival: null, until: 2 });
    expect(takeArrival(db, 2).arrival?.docs.map((doc) => doc._id)).toEqual(['d3']);
  });

  it('this computer’s own revisions: the oldest go once their fields pass the limit', async () => {
    const db = mirror();
    keepOwnDocs(db, LIMITS);
    const docs = [1, 2].map(sealed);
    await db.bulkDocs(docs, { new_edits: false });
    // The copies remembered carry a mark the mirror's do not: an answer from memory shows it.
    rememberOwnDocs(
      db,
      docs.map((doc) => ({ ...doc, fromMemory: true })),
    );
    const answer = (await db.bulkGet({
      docs: docs.map(({ _id, _rev }) => ({ id: _id, rev: _rev })),
      revs: true,
    })) as unknown as {
      results: { id: string; docs: { ok: { fromMemory?: boolean } }[] }[];
    };
    expect(answer.results.map((result) => [result.id, result.docs[0].ok.fromMemory ?? false])).toEqual([
      ['d1', false],
      ['d2', true],
    ]);
  });
});
