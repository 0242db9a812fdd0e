/**
 * EPUB → ExtractedArticle: the OPF package names the chapters in reading order (its spine);
 * each chapter's XHTML becomes blocks with its headings, one after another. Title, author and
 * date come from dc:title, dc:creator and dc:date. Pictures are read only from inside the
 * file, raster only and within the HTML limits; scripts never run and nothing is fetched.
 */
import path from 'node:path/posix';
import type { ArticleBlock } from '../../ipc/contract';
import { ImportRefusal, type ExtractedArticle } from '../types';
import { createImageEmbedder } from '../raster-image';
import { blocksFromHtml } from './html-blocks';
import { entryText, unzipEntries } from './zip';
import { elementText, isoDay, tagsWithAttributes } from './xml-fields';
import { titleFromBlocks } from './document-title';

export const EPUB_MESSAGES = {
  noPackage: 'This EPUB has no package document (META-INF/container.xml or its .opf file is missing).',
} as const;

function resolveHref(base: string, href: string): string {
  const clean = decodeURIComponent(href.replace(/[#?].*$/, ''));
  return path.normalize(path.join(path.dirname(base), clean)).replace(/^\.\//, '');
}

export function extractEpub(bytes: Uint8Array): ExtractedArticle {
  const files = unzipEntries(bytes, (name) => !name.endsWith('/'));
  const container = entryText(files, 'META-INF/container.xml');
  const opfPath = container ? tagsWithAttributes(container, 'rootfile')[0]?.['full-path'] : undefined;
  const opf = opfPath ? entryText(files, opfPath) : null;
  if (!opfPath || !opf) throw new ImportRefusal(EPUB_MESSAGES.noPackage, 'epub-no-package');

  const manifest = new Map<string, { href: string; type: string }>();
  for (const item of tagsWithAttributes(opf, 'item')) {
    if (item.id && item.href)
      manifest.set(item.id, { href: resolveHref(opfPath, item.href), type: item['media-type'] ?? '' });
  }
  const spine = tagsWithAttributes(opf, 'itemref')
    .filter((ref) => ref.linear !== 'no')
    .map((ref) => manifest.get(ref.idref))
    .filter((item): item is { href: string; type: string } => !!item && /html|xml/.test(item.type));

  const blocks: ArticleBlock[] = [];
  const images: ExtractedArticle['images'] & object = [];
  for (const chapter of spine) {
    const xhtml = entryText(files, chapter.href);
    if (!xhtml) continue;
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(xhtml)?.[1] ?? xhtml;
    // Images resolve inside the file only; anything else stays a placeholder.
    const embed = createImageEmbedder((src) =>
      /^[a-z]+:/i.test(src) ? null : (files[resolveHref(chapter.href, src)] ?? null),
    );
    const part = blocksFromHtml(body, embed, blocks.length);
    blocks.push(...part.blocks);
    images.push(...part.images);
  }
  const metadataTitle = elementText(opf, 'dc:title');
  const { title, blocks: body } = titleFromBlocks(blocks, metadataTitle);
  return {
    title,
    byline: elementText(opf, 'dc:creator'),
    publishedAt: isoDay(elementText(opf, 'dc:date')),
    siteName: elementText(opf, 'dc:publisher'),
    blocks: body.blocks,
    removed: [],
    images:
      images.length > 0
        ? images.map((i) => ({ ...i, beforeBlock: Math.max(0, i.beforeBlock - body.shift) }))
        : undefined,
  };
}
