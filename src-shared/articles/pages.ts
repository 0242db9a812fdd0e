/**
 * Pages of a paginated original (PDF): where in the canonical text each page's first block
 * starts, and the page a canonical-text offset falls on, for page marks and `p. 3` citations.
 */
import type { ArticleBlock } from '../model-types';
import { blockOffsets } from './canonical-text';

export interface PageStart {
  /** Canonical-text offset of the first block that starts on `page`. */
  offset: number;
  page: number;
}

/** The offsets where a new page begins, or undefined when the blocks carry no pages. */
export function pageStarts(blocks: readonly Pick<ArticleBlock, 'text' | 'page'>[]): PageStart[] | undefined {
  if (!blocks.some((b) => b.page !== undefined)) return undefined;
  const offsets = blockOffsets(blocks);
  const starts: PageStart[] = [];
  blocks.forEach((block, i) => {
    if (block.page !== undefined && block.page !== starts.at(-1)?.page)
      starts.push({ offset: offsets[i], page: block.page });
  });
  return starts;
}

/** The page the text at `offset` is on (the last page that starts at or before it). */
export function pageAt(starts: readonly PageStart[] | undefined, offset: number): number | null {
  if (!starts || starts.length === 0) return null;
  let page: number | null = null;
  for (const start of starts) {
    if (start.offset > offset) break;
    page = start.page;
  }
  return page ?? starts[0].page;
}
