/** The pure sync rules: hybrid logical clock, three-way note merge, record merge. */
import { describe, expect, it } from 'vitest';
import { HybridClock, compareHlc, parseHlc } from '../../src-shared/sync/hlc';
import { CONFLICT_MARKER, hasConflict, mergeText } from '../../src-shared/sync/merge-text';
import { mergeRecords, type SyncRecord } from '../../src-shared/sync/merge-record';
import { FIELD_KINDS } from '../../src-shared/sync/record-kinds';

describe('hybrid logical clock', () => {
  it('never goes backwards when the wall clock does, and orders stamps as text', () => {
    let wall = 1_000_000;
    const clock = new HybridClock('a', () => wall);
    const first = clock.tick();
    wall -= 5000;
    const second = clock.tick();
    expect(compareHlc(second, first)).toBe(1);
    expect(parseHlc(second)?.millis).toBe(1_000_000);
  });

  it('moves past a stamp received from a computer whose clock is ahead', () => {
    const behind = new HybridClock('b', () => 1000);
    const ahead = new HybridClock('a', () => 900_000);
    const remote = ahead.tick();
    behind.receive(remote);
    expect(compareHlc(behind.tick(), remote)).toBe(1);
  });

  it('ignores a stamp more than a day in the future', () => {
    const clock = new HybridClock('a', () => 1000);
    clock.receive(new HybridClock('z', () => 1000 + 2 * 86_400_000).tick());
    expect(parseHlc(clock.tick())?.millis).toBe(1000);
  });
});

describe('three-way note merge', () => {
  const base = 'first line\nmiddle\nlast line';
  it('keeps an edit of the first line here and of the last line there', () => {
    const merged = mergeText(base, 'FIRST line\nmiddle\nlast line', 'first line\nmiddle\nlast LINE');
    expect(merged).toEqual({ text: 'FIRST line\nmiddle\nlast LINE', conflict: false });
  });

  it('keeps both versions, marked, when the same words changed two ways', () => {
    const merged = mergeText(base, 'first line\nmiddle\nthe end of it', 'first line\nmiddle\nin conclusion');
    expect(merged.conflict).toBe(true);
    expect(merged.text).toContain('the end of it');
    expect(merged.text).toContain('in conclusion');
    expect(hasConflict(merged.text)).toBe(true);
    expect(merged.text).toContain(CONFLICT_MARKER);
  });
});

const rec = (
  fields: Record<string, unknown>,
  clocks: Record<string, string>,
  deleted = false,
): SyncRecord => ({
  fields,
  clocks,
  deleted,
});

describe('record merge', () => {
  const kinds = FIELD_KINDS.highlights;
  const base = rec({ color: 'yellow', note: 'n', tags: ['a'] }, { color: 't1', note: 't1', tags: 't1' });

  it('takes the later edit of a scalar field, whichever side it came from', () => {
    const here = rec({ ...base.fields, color: 'green' }, { ...base.clocks, color: 't3' });
    const there = rec({ ...base.fields, color: 'blue' }, { ...base.clocks, color: 't2' });
    expect(mergeRecords(base, here, there, kinds).record.fields.color).toBe('green');
    expect(mergeRecords(base, there, here, kinds).record.fields.color).toBe('green');
  });

  it('keeps tags added on both sides and drops a tag removed on one', () => {
    const here = rec({ ...base.fields, tags: ['b'] }, { ...base.clocks, tags: 't2' });
    const there = rec({ ...base.fields, tags: ['a', 'c'] }, { ...base.clocks, tags: 't3' });
    const merged = mergeRecords(base, here, there, kinds).record.fields.tags as string[];
    expect([...merged].sort()).toEqual(['b', 'c']);
  });

  it('lets an edit survive a deletion made without knowing it', () => {
    const deleted = rec({}, {}, true);
    const edited = rec({ ...base.fields, note: 'edited' }, { ...base.clocks, note: 't2' });
    const outcome = mergeRecords(base, deleted, edited, kinds);
    expect(outcome.revived).toBe(true);
    expect(outcome.record.deleted).toBe(false);
    expect(outcome.record.fields.note).toBe('edited');
  });

  it('deletes when the other side only read the article further (passive fields)', () => {
    const article = rec(
      { title: 'T', progress: 0.1, lastOpenedAt: 'd1' },
      { title: 't1', progress: 't1', lastOpenedAt: 't1' },
    );
    const read = rec(
      { title: 'T', progress: 0.8, lastOpenedAt: 'd2' },
      { title: 't1', progress: 't2', lastOpenedAt: 't2' },
    );
    const articleKinds = FIELD_KINDS.articles;
    expect(mergeRecords(article, rec({}, {}, true), read, articleKinds).record.deleted).toBe(true);
    const retitled = rec({ ...read.fields, title: 'New' }, { ...read.clocks, title: 't3' });
    expect(mergeRecords(article, rec({}, {}, true), retitled, articleKinds).record.deleted).toBe(false);
  });

  it('deletes when the other side did not change the record', () => {
    const deleted = rec({}, {}, true);
    expect(mergeRecords(base, base, deleted, kinds).record.deleted).toBe(true);
  });
});
