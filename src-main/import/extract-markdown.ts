/**
 * Markdown → article. First cut: markdown-it tokens to blocks; raw HTML is never rendered.
 */
import MarkdownIt from 'markdown-it';
import type { ArticleBlock } from '../ipc/contract';
import type { ExtractedArticle } from './types';

const md = new MarkdownIt({ html: false });

export function extractMarkdown(text: string, fallbackTitle: string): ExtractedArticle {
  const tokens = md.parse(text, {});
  const blocks: ArticleBlock[] = [];
  let pending: { kind: ArticleBlock['kind']; level?: number } | null = null;
  for (const token of tokens) {
    if (token.type === 'heading_open') pending = { kind: 'heading', level: Number(token.tag.slice(1)) };
    else if (token.type === 'list_item_open') pending = { kind: 'list-item' };
    else if (token.type === 'blockquote_open') pending = { kind: 'quote' };
    else if (token.type === 'paragraph_open' && !pending) pending = { kind: 'paragraph' };
    else if (token.type === 'inline' && pending) {
      const plain = (token.children ?? [])
        .map((c) => (c.type === 'softbreak' || c.type === 'hardbreak' ? '\n' : c.content))
        .join('')
        .trim();
      if (plain) blocks.push({ ...pending, text: plain });
      if (pending.kind === 'heading' || pending.kind === 'paragraph') pending = null;
    } else if (token.type === 'list_item_close' || token.type === 'blockquote_close') pending = null;
    else if (token.type === 'fence' || token.type === 'code_block') blocks.push({ kind: 'code', text: token.content.replace(/\n$/, '') });
  }
  const first = blocks[0];
  const title = first?.kind === 'heading' ? first.text : fallbackTitle;
  return { title, byline: null, publishedAt: null, siteName: null, blocks, removed: [] };
}
