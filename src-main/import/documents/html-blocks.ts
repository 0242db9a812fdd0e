/**
 * Clean HTML a document converter produced (mammoth's DOCX output, an EPUB chapter) → blocks
 * and images, through the same sanitizer and block walker as web pages, without Readability:
 * every paragraph of a document is content, and a table's rows stay rows. Images become `data:` URLs only from bytes inside
 * the file (the loader), under the same limits as HTML pages; nothing remote is fetched.
 */
import type { ArticleBlock } from '../../ipc/contract';
import { parseDocument } from '../html/dom';
import { purifyFragment } from '../html/sanitize';
import { segmentsOf } from '../html/to-blocks';
import type { ImageLoader } from '../raster-image';

export interface HtmlBlocks {
  blocks: ArticleBlock[];
  images: { beforeBlock: number; src: string | null; alt: string }[];
}

export function blocksFromHtml(
  html: string,
  embed: (src: string | null) => string | null,
  offset = 0,
): HtmlBlocks {
  const body = parseDocument(purifyFragment(html)).body;
  const { segments, images } = segmentsOf(body, 'main', { tableRows: true });
  const blocks: ArticleBlock[] = segments.map((s) =>
    s.kind === 'heading' && s.level
      ? { kind: s.kind, text: s.text, level: s.level }
      : { kind: s.kind, text: s.text },
  );
  return {
    blocks,
    images: images.map((image) => ({
      beforeBlock: image.beforeBlock + offset,
      src: embed(image.src),
      alt: image.alt,
    })),
  };
}

export type { ImageLoader };
