/**
 * A deterministic split of a corpus into a tuning half and a held-out half, by a hash of each
 * page's file name (FNV-1a, 32 bits): the same page always falls in the same half, whatever
 * else is in the folder. Rules are changed only by looking at tuning-half failures; the
 * held-out half says whether they hold on pages nobody looked at.
 */
export type Half = 'tuning' | 'held-out';

export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function halfOf(fileName: string): Half {
  return fnv1a(fileName) % 2 === 0 ? 'tuning' : 'held-out';
}
