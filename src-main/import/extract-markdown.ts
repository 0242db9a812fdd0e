/**
 * Markdown → article: markdown-it tokens become plain-text blocks (headings with level,
 * paragraphs, list items, quotes, code). Emphasis and links keep their text only; raw HTML is
 * never rendered nor kept as markup (its tags are dropped, its text kept, script/style text
 * dropped). YAML front matter gives title, author and date when present.
 *
 * Most saved Markdown (law texts, notes) is only ATX headings and paragraphs. Such a document
 * is read line by line with markdown-it's own rules for those two blocks, at a tenth of the cost
 * of tokenizing it; anything else, even one character that could be markup, goes to markdown-it.
 */
import MarkdownIt from 'markdown-it';
import type { ArticleBlock } from '../ipc/contract';
import { findPublishedDate } from './published-date';
import type { ExtractedArticle } from './types';

const md = new MarkdownIt({ html: true, linkify: false });

interface FrontMatter {
  fields: Record<string, string>;
  body: string;
}

/** Simple `key: value` front matter between --- lines; nested YAML is ignored. */
export function readFrontMatter(text: string): FrontMatter {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    let value = kv[2].trim();
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
    if (/^\[.*\]$/.test(value))
      value = value
        .slice(1, -1)
        .split(',')
        .map((v) => v.trim().replace(/^['"]|['"]$/g, ''))
        .join(', ');
    if (value !== '') fields[kv[1].toLowerCase()] = value;
  }
  return { fields, body: text.slice(m[0].length) };
}

/** Text of raw HTML: tags removed, script/style bodies dropped, common entities decoded. */
function htmlText(html: string): string {
  return html
    .replace(/<(script|style|template|iframe|textarea|noscript)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

type Token = ReturnType<typeof md.parse>[number];

function inlineText(token: Token): string {
  let out = '';
  let skipping = 0;
  for (const child of token.children ?? []) {
    if (child.type === 'html_inline') {
      // Text between <script> and </script> written inline is not text.
      if (/^<(script|style|template|iframe|textarea|noscript)\b/i.test(child.content)) skipping++;
      else if (/^<\/(script|style|template|iframe|textarea|noscript)\s*>/i.test(child.content))
        skipping = Math.max(0, skipping - 1);
      else if (/^<br\s*\/?>$/i.test(child.content)) out += '\n';
      continue;
    }
    if (skipping > 0) continue;
    if (child.type === 'softbreak') out += '\n';
    else if (child.type === 'hardbreak') out += '\n';
    else if (child.type === 'text' || child.type === 'code_inline') out += child.content;
  }
  return out.trim();
}

type ArticleImage = { beforeBlock: number; src: string | null; alt: string };

/** markdown-it's path: every construct, through its token stream. */
export function markdownItBlocks(body: string): { blocks: ArticleBlock[]; images: ArticleImage[] } {
  const tokens = md.parse(body, {});
  const blocks: ArticleBlock[] = [];
  const images: ArticleImage[] = [];
  const stack: { kind: ArticleBlock['kind'] }[] = [];
  let heading: number | null = null;
  for (const token of tokens) {
    if (token.type === 'heading_open') heading = Number(token.tag.slice(1));
    else if (token.type === 'heading_close') heading = null;
    else if (token.type === 'list_item_open') stack.push({ kind: 'list-item' });
    else if (token.type === 'blockquote_open') stack.push({ kind: 'quote' });
    else if (token.type === 'list_item_close' || token.type === 'blockquote_close') stack.pop();
    else if (token.type === 'inline') {
      for (const child of token.children ?? []) {
        if (child.type === 'image')
          images.push({ beforeBlock: blocks.length, src: null, alt: child.content });
      }
      const plain = inlineText(token);
      if (!plain) continue;
      if (heading !== null) blocks.push({ kind: 'heading', level: heading, text: plain });
      else blocks.push({ kind: stack.length > 0 ? stack[stack.length - 1].kind : 'paragraph', text: plain });
    } else if (token.type === 'fence' || token.type === 'code_block') {
      const code = token.content.replace(/\n$/, '');
      if (code.trim() !== '') blocks.push({ kind: 'code', text: code });
    } else if (token.type === 'html_block') {
      const plain = htmlText(token.content).trim();
      if (plain)
        for (const para of plain.split(/\n\s*\n/))
          if (para.trim()) blocks.push({ kind: 'paragraph', text: para.trim() });
    }
  }
  return { blocks, images };
}

/**
 * What markdown-it may turn into markup or drop inside a line: escapes, code spans, emphasis,
 * strikethrough, entities, table cells, a link or image (`](`: with no line opening a link
 * reference there are no others, so `[1]` is text), and a `<` that could open a tag or an
 * autolink (both need an ASCII character next: `<中华人民共和国会计法>` is text).
 */
const INLINE_SYNTAX = /[\\`*_~&|]|\]\(|<(?![\u0080-\uffff])/;
/**
 * Line starts that could open another block (indented code, quote, list, rule, fence, table,
 * setext underline, link reference, raw HTML) or continue one lazily. `1.人民法院` opens no list.
 */
const OTHER_BLOCK = /^(?:[ \t>+\-*=_~`|:<[]|[0-9]+[.)](?:[ \t]|$))/;
const BLANK = /^[ \t]*$/;
const ATX_HEADING = /^(#{1,6})(?:[ \t]|$)/;
/** An HTML comment alone on its line: an html_block whose text is empty. */
const COMMENT_LINE = /^<!--[^>]*-->[ \t]*$/;
/** markdown-it's soft and hard line breaks: spaces before go, spaces and tabs after go. */
const LINE_BREAK = / *\n[ \t]*/g;

/**
 * The blocks markdown-it would give for a document of ATX headings, paragraphs and HTML comment
 * lines with no inline markup; null for any other document.
 */
export function plainMarkdownBlocks(body: string): ArticleBlock[] | null {
  // markdown-it's normalize rule.
  const lines = body.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD').split('\n');
  const blocks: ArticleBlock[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length === 0) return;
    // One trim stands for markdown-it's trim of the paragraph and inlineText's trim.
    const text = paragraph.join('\n').replace(LINE_BREAK, '\n').trim();
    if (text) blocks.push({ kind: 'paragraph', text });
    paragraph = [];
  };
  for (const line of lines) {
    if (BLANK.test(line)) {
      endParagraph();
    } else if (line.charCodeAt(0) === 0x23 /* # */) {
      const heading = ATX_HEADING.exec(line);
      const rest = heading ? line.slice(heading[1].length) : '';
      // A `#` in the text may close the heading; a `#` line that is no heading is markdown-it's.
      if (!heading || rest.includes('#') || INLINE_SYNTAX.test(rest)) return null;
      endParagraph();
      const text = rest.trim();
      if (text) blocks.push({ kind: 'heading', level: heading[1].length, text });
    } else if (COMMENT_LINE.test(line)) {
      endParagraph();
    } else if (OTHER_BLOCK.test(line) || INLINE_SYNTAX.test(line)) {
      return null;
    } else {
      paragraph.push(line);
    }
  }
  endParagraph();
  return blocks;
}

/** Quote and list levels kept; deeper ones are read as this deep (markdown-it stops at 100). */
const MAX_MARKERS = 8;
/** Indentation kept, in columns: deeper list items become siblings at this depth. */
const MAX_INDENT = 40;
const QUOTE_RUN = /^(?:[ \t]{0,3}>[ \t]?){9,}/;
const LIST_RUN = /^(?:[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+){9,}/;
const DEEP_INDENT = /^[ \t]{41,}/;

/**
 * Very deep nesting made flatter, line by line: more than 8 `>` or list markers at a line's
 * start count as 8, indentation past 40 columns as 40. markdown-it drops everything after its
 * nesting limit; flattened, the text stays, only its depth is lost.
 */
export function flattenDeepNesting(body: string): string {
  if (!/^(?:[ \t]*(?:>|[-+*]|\d{1,9}[.)])[ \t]?){9}|^[ \t]{41}/m.test(body)) return body;
  return body
    .split('\n')
    .map((line) => {
      let out = line.replace(QUOTE_RUN, '> '.repeat(MAX_MARKERS));
      const list = LIST_RUN.exec(out);
      if (list) {
        const markers = list[0].trim().split(/[ \t]+/);
        out = markers.slice(0, MAX_MARKERS).join(' ') + ' ' + out.slice(list[0].length);
      }
      const indent = DEEP_INDENT.exec(out);
      if (indent) out = ' '.repeat(MAX_INDENT) + out.slice(indent[0].length);
      return out;
    })
    .join('\n');
}

export function extractMarkdown(text: string, fallbackTitle: string): ExtractedArticle {
  const { fields, body: raw } = readFrontMatter(text);
  const body = flattenDeepNesting(raw);
  const plain = plainMarkdownBlocks(body);
  const { blocks, images } = plain ? { blocks: plain, images: [] } : markdownItBlocks(body);
  let title = fields.title ?? '';
  if (!title && blocks[0]?.kind === 'heading') title = blocks[0].text;
  const date = fields.date ?? fields.published ?? fields.pubdate ?? fields.created;
  return {
    title: title || fallbackTitle,
    byline: fields.author ?? fields.authors ?? fields.byline ?? null,
    publishedAt: date
      ? findPublishedDate(date)
      : findPublishedDate(
          blocks
            .slice(0, 3)
            .map((b) => b.text)
            .join('\n'),
        ),
    siteName: fields.source ?? fields.site ?? null,
    blocks,
    removed: [],
    images: images.length > 0 ? images : undefined,
  };
}
