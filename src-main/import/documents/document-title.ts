/**
 * The title of a converted document: its metadata title when it has one, else its first
 * heading. A first block that repeats the title is taken out of the body (the reader shows the
 * title above it).
 */
import type { ArticleBlock } from '../../ipc/contract';
import { compact } from '../../../src-shared/extraction/compact';

export function titleFromBlocks(
  blocks: ArticleBlock[],
  metadataTitle: string | null,
): { title: string; blocks: { blocks: ArticleBlock[]; shift: number } } {
  const first = blocks[0];
  const title = metadataTitle ?? (first?.kind === 'heading' ? first.text : '');
  if (first && title !== '' && compact(first.text) === compact(title)) {
    return { title, blocks: { blocks: blocks.slice(1), shift: 1 } };
  }
  return { title, blocks: { blocks, shift: 0 } };
}
