import { describe, expect, it } from 'vitest';
import { AnswerSlot } from '../../src-renderer/src/search/answer-slot';

describe('AnswerSlot', () => {
  it('gives the answer written under an id, and nothing under another id', () => {
    const slot = AnswerSlot.create(4096)!;
    const answer = {
      type: 'results',
      id: 7,
      results: { articles: [{ title: '记者 “quoted”\ud800' }] },
      ms: 1.5,
    };
    expect(slot.read(7)).toBeNull();
    expect(slot.write(7, answer)).toBe(true);
    expect(slot.read(7)).toEqual(answer);
    expect(slot.read(8)).toBeNull();
  });

  it('shares the answer through the buffer (the worker writes, the window reads)', () => {
    const writer = AnswerSlot.create(4096)!;
    const reader = new AnswerSlot(writer.buffer);
    writer.write(1, { n: 1 });
    writer.write(2, { n: 2 });
    expect(reader.read(1)).toBeNull();
    expect(reader.read(2)).toEqual({ n: 2 });
  });

  it('holds nothing when an answer does not fit, and drops the one it held', () => {
    const slot = AnswerSlot.create(64)!;
    slot.write(1, { short: true });
    expect(slot.write(2, { long: 'x'.repeat(100) })).toBe(false);
    expect(slot.read(1)).toBeNull();
    expect(slot.read(2)).toBeNull();
  });
});
