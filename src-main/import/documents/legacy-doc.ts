/**
 * Legacy Word (.doc, OLE2) → ExtractedArticle with word-extractor: the body's paragraphs and
 * table rows (doc-text-blocks.ts), then footnotes and endnotes. The binary format carries no
 * reliable headings, so the first short line is the title. Characters are taken as written:
 * word-extractor's default filter would turn “” into straight quotes and dashes into hyphens.
 */
import WordExtractor from 'word-extractor';
import type { ArticleBlock } from '../../ipc/contract';
import { ImportRefusal, type ExtractedArticle } from '../types';
import { blocksFromDocText } from './doc-text-blocks';

export const DOC_MESSAGES = {
  notWord: 'This is an Office file of the old binary kind, but not a Word document Gloss can read.',
} as const;

function paragraphs(text: string): ArticleBlock[] {
  return text
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/[\s\u3000]+/gu, ' ').trim())
    .filter((line) => line !== '')
    .map((line) => ({ kind: 'paragraph', text: line }));
}

export async function extractLegacyDoc(bytes: Uint8Array): Promise<ExtractedArticle> {
  let document: Awaited<ReturnType<WordExtractor['extract']>>;
  try {
    document = await new WordExtractor().extract(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    );
  } catch {
    throw new ImportRefusal(DOC_MESSAGES.notWord, 'doc-not-word');
  }
  const asWritten = { filterUnicode: false };
  const body = blocksFromDocText(document.getBody(asWritten));
  const notes = [
    ...paragraphs(document.getFootnotes(asWritten)),
    ...paragraphs(document.getEndnotes(asWritten)),
  ];
  const first = body[0];
  const titled = first?.kind === 'paragraph' && first.text.length <= 60 && !/[。.!?！？]$/u.test(first.text);
  return {
    title: titled ? first.text : '',
    byline: null,
    publishedAt: null,
    siteName: null,
    blocks: [...(titled ? body.slice(1) : body), ...notes],
    removed: [],
  };
}
