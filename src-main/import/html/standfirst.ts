/**
 * The standfirst: a paragraph set between the headline and the article's text, above the byline
 * or the date ("<p class="intro">" on DW, a dek, a lead in bold), outside the container
 * Readability keeps. It is the article's opening when the page's own summary (og:description,
 * the description meta) says the same words, and it reads as prose, not as a fact line, a
 * link or a labelled box ("核心提示：…").
 */
import { lettersKey } from '../../../src-shared/extraction/compact';
import { creditOfLine } from './byline-conventions';
import { isMetaLine } from './chinese-conventions';
import type { ArticleBlock, RemovedBlock } from '../../ipc/contract';
import type { TextSegment } from './to-blocks';

/** How many letters of the standfirst and the summary must agree, from their starts. */
const AGREEING_LETTERS = 16;
/** A standfirst is a sentence or a few: at least this many characters. */
const SHORTEST = 30;

/** A labelled box above the text: a summary, key points, an editor's note. */
const LABELLED_BOX = /^[【[]?[\p{Script=Han}A-Za-z ]{1,8}[】\]]?\s*[:：]/u;

/** Where the standfirst stands in `page` (between `titleAt` and `articleStart`), or -1. */
export function standfirstIndex(
  page: TextSegment[],
  titleAt: number,
  articleStart: number,
  description: string | null,
): number {
  if (titleAt < 0 || !description || articleStart <= titleAt + 1) return -1;
  const summary = lettersKey(description);
  if (summary.length < AGREEING_LETTERS) return -1;
  for (let i = titleAt + 1; i < articleStart; i++) {
    const segment = page[i];
    const text = segment.text.trim();
    if (segment.region !== 'main' || segment.kind !== 'paragraph') continue;
    if (Array.from(text).length < SHORTEST || segment.linkChars > text.length / 5) continue;
    if (!/[。！？.!?"”」』…]$/u.test(text) || LABELLED_BOX.test(text)) continue;
    if (isMetaLine(text) || creditOfLine(text) !== null) continue;
    const key = lettersKey(text);
    const agree = Math.min(AGREEING_LETTERS, key.length);
    if (key.slice(0, agree) === summary.slice(0, agree)) return i;
  }
  return -1;
}

/**
 * The article with its standfirst as the first paragraph. Every picture, and every removed text
 * that stood after the article's first block, moves one block down; removed text that stood
 * above the article (the header) stays above the standfirst. A removed copy of it goes.
 */
export function withStandfirst<Image extends { beforeBlock: number }>(
  article: { blocks: ArticleBlock[]; removed: RemovedBlock[]; images: Image[] },
  text: string,
): { blocks: ArticleBlock[]; removed: RemovedBlock[]; images: Image[] } {
  const key = lettersKey(text);
  return {
    blocks: [{ kind: 'paragraph', text: text.trim() }, ...article.blocks],
    removed: article.removed
      .filter((item) => lettersKey(item.text) !== key)
      .map((item) => (item.beforeBlock > 0 ? { ...item, beforeBlock: item.beforeBlock + 1 } : item)),
    images: article.images.map((image) => ({ ...image, beforeBlock: image.beforeBlock + 1 })),
  };
}
