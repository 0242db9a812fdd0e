/**
 * Ids that sort in the order they were made, in the layout of a UUID version 7 (RFC 9562): the
 * time in milliseconds (48 bits), a counter for ids made in the same millisecond (12 bits), then
 * 62 random bits. Still a UUID string, unique across computers, but increasing.
 *
 * Why the order matters: IndexedDB keeps records sorted by key in LevelDB, whose compactions
 * rewrite the part of a table that new keys land in. Random keys land everywhere, so every
 * compaction rewrote the whole table and saving an article cost more the larger the library (a
 * thousand articles and their texts into 5,000 took 2.5 times as long as into an empty database,
 * raw IndexedDB in Chromium, the same values); increasing keys are appended, at the same cost
 * whatever the library holds.
 */

/** Largest counter value in the 12 bits after the version digit. */
const MAX_COUNTER = 0xfff;

const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0');

/**
 * A maker of increasing ids: each one sorts after the one before, as a string, even when the
 * clock stands still or goes back (the last time is kept and counted on).
 */
export function orderedIdMaker(now: () => number, fillRandom: (bytes: Uint8Array) => void): () => string {
  let lastMs = -1;
  let counter = 0;
  const random = new Uint8Array(8);
  return () => {
    let ms = Math.floor(now());
    if (ms <= lastMs) {
      ms = lastMs;
      counter++;
      if (counter > MAX_COUNTER) {
        ms = lastMs + 1;
        counter = 0;
      }
    } else counter = 0;
    lastMs = ms;
    fillRandom(random);
    const time = hex(ms, 12).slice(-12);
    // The variant's two bits (10) above 62 random ones.
    const variant = hex(0x8000 | ((random[0] & 0x3f) << 8) | random[1], 4);
    const rest = Array.from(random.subarray(2), (byte) => hex(byte, 2)).join('');
    return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(counter, 3)}-${variant}-${rest}`;
  };
}
