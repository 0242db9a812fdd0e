/**
 * Narrows a whole-text approximate search to the places that can hold a match (a pigeonhole
 * filter): split the quote into maxErrors + 1 pieces; a match with at most maxErrors errors
 * leaves at least one piece intact, so only the surroundings of exact piece hits need the
 * bit-parallel search, which costs 30–70 ms per megabyte of text, per highlight. That is what
 * an orphan (a highlight whose passage was deleted) would otherwise cost.
 */
import type { OccurrenceFinder } from './text-index';

/** Shorter pieces hit almost everywhere: the filter would cost more than it saves. */
const MIN_PIECE_LENGTH = 3;
/** Give up filtering when the regions to verify would cover more than this share of the text. */
const MAX_COVERAGE = 0.25;

export interface Region {
  from: number;
  to: number;
}

/**
 * Regions of `text` that contain every match of `pattern` with at most `maxErrors` errors,
 * merged and in order; or null when filtering would not pay off (search the whole text).
 */
export function candidateRegions(
  text: string,
  pattern: string,
  maxErrors: number,
  find: OccurrenceFinder,
): Region[] | null {
  const pieces = maxErrors + 1;
  const pieceLength = Math.floor(pattern.length / pieces);
  if (pieceLength < MIN_PIECE_LENGTH) return null;
  const span = pattern.length + 3 * maxErrors;
  const budget = (text.length * MAX_COVERAGE) / span;

  const regions: Region[] = [];
  for (let p = 0; p < pieces; p++) {
    const offset = p * pieceLength;
    const piece = pattern.slice(offset, p === pieces - 1 ? pattern.length : offset + pieceLength);
    const hits = find(piece, budget - regions.length);
    if (!hits) return null;
    for (const at of hits) {
      // A match holding this piece starts within maxErrors of where the piece puts it.
      const from = Math.max(0, at - offset - maxErrors);
      regions.push({ from, to: Math.min(text.length, from + span) });
    }
  }
  return merge(regions);
}

function merge(regions: Region[]): Region[] {
  regions.sort((a, b) => a.from - b.from);
  const merged: Region[] = [];
  for (const region of regions) {
    const last = merged[merged.length - 1];
    if (last && region.from <= last.to) last.to = Math.max(last.to, region.to);
    else merged.push({ ...region });
  }
  return merged;
}
