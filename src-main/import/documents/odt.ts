/**
 * OpenDocument text (.odt) → ExtractedArticle: text:h and text:p elements of content.xml in
 * order (headings keep their outline level), a table's rows as `table-row` blocks (cells
 * separated by tabs), title, author and date from meta.xml.
 */
import type { ArticleBlock } from '../../ipc/contract';
import type { ExtractedArticle } from '../types';
import { entryText, unzipEntries } from './zip';
import { decodeEntities, elementText, isoDay } from './xml-fields';
import { titleFromBlocks } from './document-title';
import { CELL_SEPARATOR } from '../html/table-rows';

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

/** A table:table-row's cells as one row of text, or '' when every cell is empty. */
function rowText(row: string): string {
  const cells = [
    ...row.matchAll(/<table:table-cell(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g),
  ].map((m) => inlineText((m[1] ?? '').replace(/<\/text:(p|h)>/g, ' ')));
  return cells.some((c) => c !== '') ? cells.join(CELL_SEPARATOR) : '';
}

const BLOCK_OR_ROW =
  /<table:table-row(?:\s[^>]*)?>([\s\S]*?)<\/table:table-row>|<text:(h|p)(\s[^>]*)?>([\s\S]*?)<\/text:\2>/g;

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
  for (const m of withoutNotes.matchAll(BLOCK_OR_ROW)) {
    if (m[1] !== undefined) {
      const text = rowText(m[1]);
      if (text !== '') blocks.push({ kind: 'table-row', text });
      continue;
    }
    const text = inlineText(m[4]);
    if (text === '') continue;
    const level = Number(/text:outline-level="(\d)"/.exec(m[3] ?? '')?.[1] ?? 1);
    blocks.push(
      m[2] === 'h' ? { kind: 'heading', text, level: Math.min(level, 6) } : { kind: 'paragraph', text },
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
