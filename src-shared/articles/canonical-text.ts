/**
 * An article's canonical text: its blocks joined by a blank line. Highlights are anchored to
 * offsets in this string (UTF-16 code units), and every view maps to and from it.
 */
import type { ArticleBlock } from '../model-types';

export const BLOCK_SEPARATOR = '\n\n';

export function canonicalText(blocks: readonly Pick<ArticleBlock, 'text'>[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}

/** Start offset of each block in the canonical text. */
export function blockOffsets(blocks: readonly Pick<ArticleBlock, 'text'>[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const block of blocks) {
    offsets.push(at);
    at += block.text.length + BLOCK_SEPARATOR.length;
  }
  return offsets;
}
