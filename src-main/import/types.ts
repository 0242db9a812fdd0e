/**
 * Types shared by the import pipeline's stages (decode → detect → extract → assemble).
 * Pure data; nothing here touches Electron or the file system.
 */
import type { ArticleBlock, ImportFailureKind, RemovedBlock } from '../ipc/contract';

/** What an extractor finds in decoded text. */
export interface ExtractedArticle {
  title: string;
  byline: string | null;
  /** `YYYY-MM-DD` or null. */
  publishedAt: string | null;
  /** Which kind of evidence gave the date (structured metadata, the page's address, the text…): for the evaluation. */
  publishedFrom?: 'metadata' | 'url' | 'text' | 'scripts' | 'yearless' | 'nearest';
  siteName: string | null;
  /** The address the page names for itself, when it names one. */
  sourceUrl?: string | null;
  /** Title, byline or date found on weak or conflicting evidence. */
  unsure?: ('title' | 'byline' | 'publishedAt')[];
  blocks: ArticleBlock[];
  removed: RemovedBlock[];
  images?: { beforeBlock: number; src: string | null; alt: string }[];
}

/** Bytes decoded to text, with how the encoding was chosen. */
export interface DecodedText {
  text: string;
  /** WHATWG label, e.g. "utf-8", "gb18030", "utf-16le". */
  encoding: string;
  source: 'bom' | 'utf-8' | 'meta' | 'detected' | 'user';
  /** Byte sequences that were invalid in `encoding` and became U+FFFD. */
  replaced: number;
}

/** A failure a person can read: thrown by stages, caught by importBytes. */
export class ImportRefusal extends Error {
  override name = 'ImportRefusal';
  constructor(
    message: string,
    readonly kind?: ImportFailureKind,
    readonly detail?: string,
  ) {
    super(message);
  }
}
