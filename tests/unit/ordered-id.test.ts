/**
 * Article ids sort in the order they were made (UUID version 7 layout), so IndexedDB appends new
 * articles instead of scattering them through a large library: increasing within a millisecond,
 * when the clock stands still or goes back, and across a counter overflow; unique; UUID-shaped.
 */
import { randomFillSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { orderedIdMaker } from '../../src-shared/ids/ordered-id';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const fill = (bytes: Uint8Array) => void randomFillSync(bytes);

function isIncreasing(ids: string[]): boolean {
  return ids.every((id, i) => i === 0 || ids[i - 1] < id);
}

describe('orderedIdMaker', () => {
  it('makes UUID-shaped ids that carry the time and sort in the order they were made', () => {
    let clock = Date.UTC(2026, 11, 6);
    const make = orderedIdMaker(() => clock, fill);
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      ids.push(make());
      clock += i % 3;
    }
    expect(ids.every((id) => UUID_V7.test(id))).toBe(true);
    expect(isIncreasing(ids)).toBe(true);
    expect(parseInt(ids[0].replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2026, 11, 6));
  });

  it('keeps increasing when the clock stands still past the counter, or goes back', () => {
    let clock = 1_000_000;
    const make = orderedIdMaker(() => clock, fill);
    const ids = Array.from({ length: 10_000 }, () => make());
    clock -= 5000;
    ids.push(make(), make());
    expect(isIncreasing(ids)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('random bits keep two makers apart at the same instant', () => {
    const a = orderedIdMaker(() => 5, fill);
    const b = orderedIdMaker(() => 5, fill);
    expect(a()).not.toBe(b());
  });
});
