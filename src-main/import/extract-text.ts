/**
 * Plain text → article. First cut: first line is the title, other lines are paragraphs.
 */
import type { ExtractedArticle } from './types';

export function extractPlainText(text: string, _context: { fileName: string }): ExtractedArticle {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  const [title = '', ...rest] = lines;
  return {
    title,
    byline: null,
    publishedAt: null,
    siteName: null,
    blocks: rest.map((line) => ({ kind: 'paragraph', text: line })),
    removed: [],
  };
}
