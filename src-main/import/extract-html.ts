/**
 * HTML → article. First cut: Readability on a linkedom document, text blocks only.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { ArticleBlock } from '../ipc/contract';
import type { ExtractedArticle } from './types';

export function extractHtml(html: string, _context: { fileName: string }): ExtractedArticle {
  const { document } = parseHTML(html);
  const title = document.querySelector('title')?.textContent?.trim() ?? '';
  const parsed = new Readability(document as unknown as Document).parse();
  const blocks: ArticleBlock[] = [];
  if (parsed?.content) {
    const { document: body } = parseHTML(`<html><body>${parsed.content}</body></html>`);
    for (const el of Array.from(body.querySelectorAll('h1,h2,h3,h4,h5,h6,p,li,blockquote,pre'))) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!text) continue;
      const tag = el.tagName.toLowerCase();
      if (tag.startsWith('h')) blocks.push({ kind: 'heading', level: Number(tag[1]), text });
      else if (tag === 'li') blocks.push({ kind: 'list-item', text });
      else if (tag === 'blockquote') blocks.push({ kind: 'quote', text });
      else if (tag === 'pre') blocks.push({ kind: 'code', text });
      else blocks.push({ kind: 'paragraph', text });
    }
  }
  return {
    title: parsed?.title?.trim() || title,
    byline: parsed?.byline?.trim() || null,
    publishedAt: null,
    siteName: parsed?.siteName ?? null,
    blocks,
    removed: [],
  };
}
