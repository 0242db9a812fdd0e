/**
 * Randomized: two replicas make random edits (note lines, tags, colors, dates, new highlights)
 * with random sync points, then sync until quiet. Both must end the same, with every note edit
 * and every added tag still there, and every date that was edited holding one of its edits (an
 * edit of another field of the same highlight never undoes it: stamps are per field).
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Highlight } from '../../src-renderer/src/db/models';
import { startSyncServer, type SyncTestServer } from '../support/sync-server';
import { openReplica, type Replica } from '../support/sync-replicas';

let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.close();
});

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

function highlight(id: string): Highlight {
  return {
    id,
    articleId: 'a1',
    color: 'yellow',
    quote: { type: 'TextQuoteSelector', exact: id, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 2 },
    note: 'line zero\nline one\nline two\nline three',
    tags: [],
    date: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

async function snapshot(replica: Replica) {
  const rows = await replica.db.highlights.orderBy('id').toArray();
  return rows.map((h) => ({
    id: h.id,
    color: h.color,
    date: h.date?.value ?? null,
    note: h.note,
    tags: [...h.tags].sort(),
  }));
}

describe('two replicas with random edits and sync points', () => {
  for (const seed of [7, 2024, 99991]) {
    it(`converge with no lost edit (seed ${seed})`, async () => {
      const next = random(seed);
      const a = await openReplica(server, `converge-${seed}`, 'pass');
      const b = await openReplica(server, `converge-${seed}`, 'pass');
      await a.db.highlights.bulkPut([highlight('h0'), highlight('h1')]);
      await a.sync();
      await b.sync();
      const tokens: string[] = [];
      const tags: string[] = [];
      const dates = new Map<string, string[]>();
      let created = 2;
      for (let step = 0; step < 24; step++) {
        const replica = next() < 0.5 ? a : b;
        const name = replica === a ? 'A' : 'B';
        const ids = (await replica.db.highlights.toCollection().primaryKeys()) as string[];
        const id = ids[Math.floor(next() * ids.length)];
        const current = (await replica.db.highlights.get(id))!;
        const roll = next();
        if (roll < 0.45) {
          const lines = current.note.split('\n');
          const line = Math.floor(next() * lines.length);
          const token = `${name}${step}`;
          tokens.push(token);
          lines[line] = `${lines[line]} ${token}`;
          await replica.db.highlights.update(id, {
            note: lines.join('\n'),
            updatedAt: new Date().toISOString(),
          });
        } else if (roll < 0.7) {
          const tag = `t${name}${step}`;
          tags.push(tag);
          await replica.db.highlights.update(id, { tags: [...current.tags, tag] });
        } else if (roll < 0.78) {
          await replica.db.highlights.update(id, { color: COLORS[Math.floor(next() * COLORS.length)] });
        } else if (roll < 0.9) {
          const value = `20${String(step).padStart(2, '0')}-${name}`;
          dates.set(id, [...(dates.get(id) ?? []), value]);
          await replica.db.highlights.update(id, { date: { value, precision: 'year' } });
        } else {
          await replica.db.highlights.put(highlight(`h${created++}${name}`));
        }
        if (next() < 0.3) await replica.sync();
      }
      for (let round = 0; round < 3; round++) {
        await a.sync();
        await b.sync();
      }
      const [left, right] = [await snapshot(a), await snapshot(b)];
      expect(left).toEqual(right);
      const notes = left.map((h) => h.note).join('\n');
      for (const token of tokens) expect(notes).toContain(token);
      const allTags = left.flatMap((h) => h.tags);
      for (const tag of tags) expect(allTags).toContain(tag);
      expect(dates.size).toBeGreaterThan(0);
      for (const [id, values] of dates) expect(values).toContain(left.find((h) => h.id === id)?.date);
    });
  }
});
