/**
 * Re-anchors all highlights of an article at once. Highlights are visited in their stored
 * order and each one's expected place is shifted by how far the last confidently placed one
 * moved, so a block restored or text edited early in the article does not send every later
 * highlight into a search of the whole text.
 */
import { anchor, type AnchorResult, type AnchorSelectors } from './anchor';
import { TextIndex } from './text-index';

/** A placement this good says how far the text around it moved. */
const CONFIDENT_SCORE = 0.9;
/**
 * Building the index (on the first search; unchanged text needs none) costs about as much as
 * 300 scans of the whole text: fewer highlights are cheaper to scan for.
 */
const INDEX_MIN_HIGHLIGHTS = 256;

export interface AnchorableHighlight extends AnchorSelectors {
  id: string;
}

export interface AnchorAllResult {
  /** Placed highlights by id. */
  anchored: Map<string, AnchorResult>;
  /** Ids of highlights that could not be placed confidently, in stored order. */
  orphans: string[];
}

export function anchorAll(text: string, highlights: readonly AnchorableHighlight[]): AnchorAllResult {
  const anchored = new Map<string, AnchorResult>();
  const orphans: string[] = [];
  const ordered = [...highlights].sort((a, b) => (a.position?.start ?? 0) - (b.position?.start ?? 0));
  let shift = 0;
  const index = highlights.length >= INDEX_MIN_HIGHLIGHTS ? new TextIndex(text) : undefined;
  for (const highlight of ordered) {
    const stored = highlight.position?.start;
    const hint = stored === undefined ? undefined : clamp(stored + shift, 0, text.length);
    const result = anchor(text, highlight, { hint, index });
    if (!result) {
      orphans.push(highlight.id);
      continue;
    }
    anchored.set(highlight.id, result);
    // Only a confident placement says how far the text moved; a doubtful one would mislead
    // the search for every highlight after it.
    if (stored !== undefined && result.score >= CONFIDENT_SCORE) shift = result.start - stored;
  }
  return { anchored, orphans };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
