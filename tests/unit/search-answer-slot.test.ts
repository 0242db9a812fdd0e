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
    slot.write(7, answer);
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
    slot.write(2, { long: 'x'.repeat(100) });
    expect(slot.read(1)).toBeNull();
    expect(slot.read(2)).toBeNull();
  });

  it('tells the worker which query the window sent last', () => {
    const window = AnswerSlot.create(64)!;
    const worker = new AnswerSlot(window.buffer);
    expect(worker.lastAsked()).toBe(0);
    window.asked(3);
    expect(worker.lastAsked()).toBe(3);
    // The answer's bytes do not touch it, and it does not touch them.
    worker.write(3, { n: 3 });
    expect(worker.lastAsked()).toBe(3);
    window.asked(4);
    expect(window.read(3)).toEqual({ n: 3 });
  });
});
