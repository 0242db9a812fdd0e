/** Work started ahead of its turn: as far as the item count and the weight allow, each item once. */
import { describe, expect, it } from 'vitest';
import { runAhead } from '../../src-shared/async/run-ahead';

describe('runAhead', () => {
  it('starts the next items up to the count, each once, and answers in order', async () => {
    const startedItems: number[] = [];
    const take = runAhead([0, 1, 2, 3, 4], 3, async (n) => {
      startedItems.push(n);
      return n * 10;
    });
    expect(await take(0)).toBe(0);
    expect(startedItems).toEqual([0, 1, 2]);
    expect(await take(1)).toBe(10);
    expect(startedItems).toEqual([0, 1, 2, 3]);
    expect([await take(2), await take(3), await take(4)]).toEqual([20, 30, 40]);
    expect(startedItems).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps what is started and not taken within the weight, and always starts the item asked for', async () => {
    const sizes = [5, 5, 5, 20, 5];
    const startedItems: number[] = [];
    const take = runAhead(
      sizes.map((_, i) => i),
      { items: 10, weight: 12, weigh: (i) => sizes[i] },
      async (i) => void startedItems.push(i),
    );
    await take(0);
    expect(startedItems).toEqual([0, 1]);
    await take(1);
    expect(startedItems).toEqual([0, 1, 2]);
    // Item 3 alone weighs more than the budget: it starts when asked for.
    await take(2);
    expect(startedItems).toEqual([0, 1, 2]);
    await take(3);
    expect(startedItems).toEqual([0, 1, 2, 3]);
    await take(4);
    expect(startedItems).toEqual([0, 1, 2, 3, 4]);
  });
});
