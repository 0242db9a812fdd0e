/**
 * DOCX → ExtractedArticle with mammoth: headings from Word's heading styles, lists, tables as
 * text, footnotes and endnotes at the end; title, author and dates from the core properties.
 * Embedded pictures are kept as raster `data:` URLs within the HTML limits; linked (remote)
 * pictures are never fetched.
 */
import mammoth from 'mammoth';
import type { ExtractedArticle } from '../types';
import { createImageEmbedder } from '../raster-image';
import { blocksFromHtml } from './html-blocks';
import { entryText, unzipEntries } from './zip';
import { elementText, isoDay } from './xml-fields';
import { titleFromBlocks } from './document-title';
import { checkDocxParts, refusalForMammothError } from './docx-guards';

export async function extractDocx(bytes: Uint8Array): Promise<ExtractedArticle> {
  // The archive passes the size limits, and its XML parts the guards, before mammoth reads anything.
  const parts = unzipEntries(bytes, () => true);
  checkDocxParts(parts);
  const core = entryText(parts, 'docProps/core.xml') ?? '';
  const result = await mammoth
    .convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { externalFileAccess: false },
    )
    .catch((error: unknown) => {
      throw refusalForMammothError(error);
    });
  const embed = createImageEmbedder();
  const { blocks, images } = blocksFromHtml(result.value, embed);
  const { title, blocks: body } = titleFromBlocks(blocks, elementText(core, 'dc:title'));
  return {
    title,
    byline: elementText(core, 'dc:creator'),
    publishedAt:
      isoDay(elementText(core, 'dcterms:created')) ?? isoDay(elementText(core, 'dcterms:modified')),
    siteName: null,
    blocks: body.blocks,
    removed: [],
    images:
      images.length > 0
        ? images.map((i) => ({ ...i, beforeBlock: Math.max(0, i.beforeBlock - body.shift) }))
        : undefined,
  };
}
