/**
 * Posting lists packed for storage: each list's document numbers as gaps from the one before
 * (the first from -1), each gap as a little-endian base-128 varint (7 bits a byte, the high bit
 * set on every byte but the last). Sorted lists of nearby numbers mostly need one byte a number
 * instead of four. The offsets array (where each key's list starts) is stored as it is, so a
 * list's length is known and the bytes carry no separators. In memory the postings stay a plain
 * Uint32Array: this only shrinks what is written to and read from IndexedDB.
 */

/** Bytes of one gap as a varint. */
function varintLength(gap: number): number {
  return gap < 0x80 ? 1 : gap < 0x4000 ? 2 : gap < 0x200000 ? 3 : gap < 0x10000000 ? 4 : 5;
}

/** Packs `postings` (sorted within each list that `offsets` delimits). */
export function encodePostings(offsets: Uint32Array, postings: Uint32Array): Uint8Array {
  // Measured first, so the packed array is allocated once at its size (not five bytes a number
  // and then copied: hundreds of megabytes for a large library).
  let size = 0;
  for (let key = 0; key + 1 < offsets.length; key++) {
    let previous = -1;
    for (let i = offsets[key]; i < offsets[key + 1]; i++) {
      const gap = postings[i] - previous;
      if (gap <= 0) throw new Error('posting list is not sorted');
      previous = postings[i];
      size += varintLength(gap);
    }
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (let key = 0; key + 1 < offsets.length; key++) {
    let previous = -1;
    for (let i = offsets[key]; i < offsets[key + 1]; i++) {
      let gap = postings[i] - previous;
      previous = postings[i];
      while (gap >= 0x80) {
        out[at++] = (gap & 0x7f) | 0x80;
        gap >>>= 7;
      }
      out[at++] = gap;
    }
  }
  return out;
}

/** Unpacks what `encodePostings` packed, given the same offsets. */
export function decodePostings(offsets: Uint32Array, packed: Uint8Array): Uint32Array {
  const count = offsets.length > 0 ? offsets[offsets.length - 1] : 0;
  const postings = new Uint32Array(count);
  const end = packed.length;
  let at = 0;
  for (let key = 0; key + 1 < offsets.length; key++) {
    let previous = -1;
    const last = offsets[key + 1];
    let i = offsets[key];
    for (; i < last && at < end; i++) {
      // Most gaps fit in one byte.
      let byte = packed[at++];
      let gap = byte & 0x7f;
      for (let shift = 7; byte & 0x80 && at < end; shift += 7) {
        byte = packed[at++];
        gap += (byte & 0x7f) * 2 ** shift;
      }
      if (byte & 0x80) throw new Error('packed postings end too early');
      previous += gap;
      postings[i] = previous;
    }
    if (i < last) throw new Error('packed postings end too early');
  }
  if (at !== end) throw new Error('packed postings are longer than their lists');
  return postings;
}
