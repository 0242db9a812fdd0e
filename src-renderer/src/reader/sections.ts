/**
 * Splits a long article's blocks into sections for rendering. Each section is one element
 * with `content-visibility: auto`, so the browser lays out, paints, hit-tests and observes a
 * few hundred sections instead of tens of thousands of paragraphs: on a 1 MB article a change
 * anywhere (a new highlight) then costs a frame, not a tenth of a second.
 *
 * Sections end before a heading once they are long enough, so the break falls where the text
 * already has a gap; a section never holds more than MAX_BLOCKS blocks.
 */
import type { ArticleBlock } from '../db/models';

export interface BlockSection {
  /** First block index in the section. */
  start: number;
  /** One past the last block index. */
  end: number;
  /** Estimated height in em before the section is first laid out (then the browser remembers). */
  estimatedEm: number;
}

const MIN_BLOCKS_BEFORE_HEADING_BREAK = 24;
export const MAX_BLOCKS = 64;
/** Characters per line at the reading width: CJK runs ~40 per line, Latin text ~90. */
const CJK_CHARS_PER_LINE = 40;
const LATIN_CHARS_PER_LINE = 90;
const LINE_EM = 1.8;
const BLOCK_GAP_EM = 0.9;
const CJK = /[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

function estimateBlockEm(block: ArticleBlock): number {
  const perLine = CJK.test(block.text.slice(0, 40)) ? CJK_CHARS_PER_LINE : LATIN_CHARS_PER_LINE;
  let lines = 0;
  for (const line of block.text.split('\n')) lines += Math.max(1, Math.ceil(line.length / perLine));
  return lines * LINE_EM + BLOCK_GAP_EM;
}

export function planSections(blocks: readonly ArticleBlock[]): BlockSection[] {
  const sections: BlockSection[] = [];
  let start = 0;
  let estimatedEm = 0;
  for (let i = 0; i < blocks.length; i++) {
    const size = i - start;
    const breakHere =
      size >= MAX_BLOCKS || (size >= MIN_BLOCKS_BEFORE_HEADING_BREAK && blocks[i].kind === 'heading');
    if (breakHere) {
      sections.push({ start, end: i, estimatedEm });
      start = i;
      estimatedEm = 0;
    }
    estimatedEm += estimateBlockEm(blocks[i]);
  }
  if (blocks.length > start || sections.length === 0)
    sections.push({ start, end: blocks.length, estimatedEm });
  return sections;
}
