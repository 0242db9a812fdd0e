/**
 * Types shared by every layer: the article's blocks, W3C selectors, HIGHLIGHT_COLORS.
 * Pure data shapes and constants, no DOM and no Node, so the main process, the renderer,
 * tools/ and bench/ all import them from here.
 */

/**
 * Kinds of block an extracted article is made of. A `table-row` is one row of a table in a
 * document (DOCX, EPUB, PDF), its cells' text separated by tabs.
 */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'code' | 'table-row';

/** One block of an article's clean text. Images are kept out of the text (see `images`). */
export interface ArticleBlock {
  kind: BlockKind;
  /** Plain text of the block, white space as written (the seed's U+00A0 stays). */
  text: string;
  /** Heading level 1–6, for `heading` blocks. */
  level?: number;
  /** Page of the original document the block starts on (PDF), for page marks and citations. */
  page?: number;
  /** Set on a block that came back from the removed text through "Restore". */
  restoredFrom?: string;
}

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** W3C Web Annotation TextQuoteSelector. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector, offsets in UTF-16 code units of the canonical text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type DatePrecision = 'year' | 'month' | 'day';
