/**
 * OpenDocument text (.odt) → ExtractedArticle: text:h and text:p elements of content.xml in
 * order (headings keep their outline level), title, author and date from meta.xml.
 */
import type { ArticleBlock } from '../../ipc/contract';
import type { ExtractedArticle } from '../types';
import { entryText, unzipEntries } from './zip';
import { decodeEntities, elementText, isoDay } from './xml-fields';
import { titleFromBlocks } from './document-title';

function inlineText(xml: string): string {
  return decodeEntities(
    xml
      .replace(/<text:s(?:\s+text:c="(\d+)")?\s*\/>/g, (_, n: string | undefined) =>
        ' '.repeat(Number(n ?? 1)),
      )
      .replace(/<text:(tab|line-break)\s*\/>/g, ' ')
      .replace(/<text:note-citation[\s\S]*?<\/text:note-citation>/g, '')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/\s+/gu, ' ')
    .trim();
}

export function extractOdt(bytes: Uint8Array): ExtractedArticle {
  const files = unzipEntries(bytes, (name) => name === 'content.xml' || name === 'meta.xml');
  const content = entryText(files, 'content.xml') ?? '';
  const meta = entryText(files, 'meta.xml') ?? '';
  const body = /<office:text[^>]*>([\s\S]*)<\/office:text>/.exec(content)?.[1] ?? '';
  const blocks: ArticleBlock[] = [];
  const notes: ArticleBlock[] = [];
  const withoutNotes = body.replace(/<text:note-body>([\s\S]*?)<\/text:note-body>/g, (_, note: string) => {
    const text = inlineText(note);
    if (text) notes.push({ kind: 'paragraph', text });
    return '';
  });
  for (const m of withoutNotes.matchAll(/<text:(h|p)(\s[^>]*)?>([\s\S]*?)<\/text:\1>/g)) {
    const text = inlineText(m[3]);
    if (text === '') continue;
    const level = Number(/text:outline-level="(\d)"/.exec(m[2] ?? '')?.[1] ?? 1);
    blocks.push(
      m[1] === 'h' ? { kind: 'heading', text, level: Math.min(level, 6) } : { kind: 'paragraph', text },
    );
  }
  const { title, blocks: kept } = titleFromBlocks([...blocks, ...notes], elementText(meta, 'dc:title'));
  return {
    title,
    byline: elementText(meta, 'meta:initial-creator') ?? elementText(meta, 'dc:creator'),
    publishedAt: isoDay(elementText(meta, 'meta:creation-date')) ?? isoDay(elementText(meta, 'dc:date')),
    siteName: null,
    blocks: kept.blocks,
    removed: [],
  };
}
