/**
 * The records Gloss keeps in IndexedDB. Dates are ISO 8601 strings so that records survive
 * backup files and the IPC boundary unchanged.
 */
import type {
  ArticleBlock,
  ArticleFormat,
  ImportedArticle,
  RemovedBlock,
} from '../../../src-main/ipc/contract';
import {
  HIGHLIGHT_COLORS,
  type DatePrecision,
  type HighlightColor,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '../../../src-shared/model-types';
import type { PageStart } from '../../../src-shared/articles/pages';

import type { UnsureField, UserEdits } from '../../../src-shared/articles/article-info';

export { HIGHLIGHT_COLORS };
export type { ArticleBlock, ArticleFormat, RemovedBlock };
export type { DatePrecision, HighlightColor, TextPositionSelector, TextQuoteSelector };

/** Where the reader was, so an article reopens at the same place. */
export interface ReadingPosition {
  /** Offset in the canonical text of the first visible character. */
  offset: number;
  updatedAt: string;
}

export interface Article {
  id: string;
  title: string;
  byline: string | null;
  publishedAt: string | null;
  siteName: string | null;
  format: ArticleFormat;
  encoding: string;
  encodingSource: ImportedArticle['encodingSource'];
  replacedSequences: number;
  source: ImportedArticle['source'];
  contentHash: string;
  importedAt: string;
  /** Length of the canonical text, in characters (UTF-16 code units). */
  charCount: number;
  /** Article-level tags (names). */
  tags: string[];
  /** The person's own Markdown note on the whole article. */
  note: string;
  readingPosition: ReadingPosition | null;
  /** Suggested milestones the person dismissed, by "start:end:date". */
  dismissedSuggestions: string[];
  /** Where the article is in the reading workflow (absent before schema version 2: inbox). */
  status?: ReadingStatus;
  /** How far the person has read, 0–1 (the scrolled share of the article). */
  progress?: number;
  /** When the article was last opened in the reader, ISO. */
  lastOpenedAt?: string | null;
  /** The address the page was saved from, when it names one. */
  sourceUrl?: string | null;
  /** Title, authors or date the extractor was unsure of: the library marks the article. */
  unsure?: UnsureField[];
  /** Fields the person set in Article info: they win over any later extraction. */
  userEdits?: UserEdits;
  /** Where each page of a paginated original (PDF) starts in the canonical text. */
  pages?: PageStart[];
}

/** Inbox → Reading → Finished, and Archive for what is put away. */
export type ReadingStatus = 'inbox' | 'reading' | 'finished' | 'archived';
export const READING_STATUSES: readonly ReadingStatus[] = ['inbox', 'reading', 'finished', 'archived'];

/**
 * An article's text, kept apart from its metadata so the library list (which reads every
 * article) never loads bodies: with thousands of articles that is the difference between
 * reading a few hundred kilobytes and tens of megabytes.
 */
export interface ArticleContent {
  articleId: string;
  blocks: ArticleBlock[];
  removed: RemovedBlock[];
  images?: ImportedArticle['images'];
}

/** An article with its text, as the reader and the exporters use it. */
export type ArticleWithContent = Article & Pick<ArticleContent, 'blocks' | 'removed' | 'images'>;

/** The original bytes of an imported file, kept apart so lists stay light. */
export interface ArticleSource {
  articleId: string;
  fileName: string;
  bytes: Uint8Array;
}

export interface Highlight {
  id: string;
  articleId: string;
  color: HighlightColor;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** The person's Markdown note. */
  note: string;
  /** Tag names. */
  tags: string[];
  /** A date written in the passage (milestones), normalized. */
  date: { value: string; precision: DatePrecision } | null;
  createdAt: string;
  updatedAt: string;
}

export interface Tag {
  name: string;
  /** CSS color, e.g. "#d97706". */
  color: string;
  /** Shift+1…9 highlights and tags in one stroke. */
  hotkey: number | null;
  createdAt: string;
}

export interface Setting {
  key: string;
  value: unknown;
}
