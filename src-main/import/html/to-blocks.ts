/**
 * A DOM subtree → plain-text blocks (heading, paragraph, list item, quote, code) and the
 * images between them. Also used on a whole page body to list its visible text in order,
 * so every segment carries its link density and a hint of what kind of page region it sits in.
 */
import type { BlockKind } from '../../ipc/contract';
import { type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE, isElement, tagOf } from './dom';
import { tableRowTexts } from './table-rows';

export interface TextSegment {
  kind: BlockKind;
  text: string;
  level?: number;
  /** Characters of the text that are inside links. */
  linkChars: number;
  /** Of those, the characters inside links to the site's home page (a logo, "back to home"). */
  homeLinkChars?: number;
  /** The innermost region the segment sits in, from tag names, classes and ids. */
  region: Region;
}

export type Region = 'main' | 'navigation' | 'header' | 'footer' | 'comment' | 'aside';

export interface PageImage {
  beforeBlock: number;
  /** The `src` attribute as written; the extractor decides whether it can be shown. */
  src: string | null;
  alt: string;
}

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
  'html',
]);

/** Tags whose text is never visible (or never safe), kept out of every block. */
export const INVISIBLE_TAGS = new Set([
  'script',
  'style',
  'noscript',
  // Ruby readings (furigana) sit above the text they read; inline they would break it.
  'rt',
  'rp',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'source',
  'track',
  'map',
  'link',
  'meta',
  'base',
  'head',
  'title',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
  'output',
  'param',
]);

const REGION_BY_TAG: Record<string, Region> = {
  nav: 'navigation',
  header: 'header',
  footer: 'footer',
  aside: 'aside',
};

/**
 * A class or id that names a thread of comments or one of them: "comments", "reply-list",
 * "cmt-item". Not "commentary": an opinion piece is an article ("news subjective commentary").
 */
export const COMMENT_LABEL = /comment(?!ary)|reply|disqus|評論|评论|(^|[-_\s])cmts?([-_\s]|$)/i;

const REGION_PATTERNS: [RegExp, Region][] = [
  [COMMENT_LABEL, 'comment'],
  [
    /(^|[-_\s])(nav|navbar|menu|breadcrumbs?|crumb|pagination|pager|topbar|toolbar)([-_\s]|$)|navigation/i,
    'navigation',
  ],
  [/(^|[-_\s])(footer|foot|copyright|bottom)([-_\s]|$)/i, 'footer'],
  [/(^|[-_\s])(header|masthead|banner|top)([-_\s]|$)/i, 'header'],
  [/(^|[-_\s])(sidebar|side|aside|related|recommend|widget|hot|rank)([-_\s]|$)/i, 'aside'],
];

function regionOf(element: DomElement, parent: Region): Region {
  const byTag = REGION_BY_TAG[tagOf(element)];
  if (byTag) return byTag;
  // A page's own classes describe its layout ("one-sidebar sidebar-second" on Drupal's <body>),
  // not a region of it.
  if (/^(body|html)$/.test(tagOf(element))) return parent;
  const label = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''} ${element.getAttribute('role') ?? ''}`;
  if (label.trim() === '') return parent;
  if (/(^|\s)(article|content|main|post|entry|story|text)(\s|$)/i.test(label)) return parent;
  for (const [pattern, region] of REGION_PATTERNS) if (pattern.test(label)) return region;
  return parent;
}

function kindOf(tag: string, inQuote: boolean): { kind: BlockKind; level?: number } {
  if (/^h[1-6]$/.test(tag)) return { kind: 'heading', level: Number(tag[1]) };
  if (tag === 'li' || tag === 'dt' || tag === 'dd') return { kind: 'list-item' };
  if (tag === 'pre') return { kind: 'code' };
  if (tag === 'blockquote' || inQuote) return { kind: 'quote' };
  return { kind: 'paragraph' };
}

/**
 * Lines split by <br> become separate paragraphs when they read as paragraphs: at least two
 * of them, most of them long or indented as Chinese paragraphs are (two ideographic spaces).
 * Short lines (verse, addresses) stay one block with line breaks.
 */
function splitLines(text: string): string[] {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .filter((l) => l !== '');
  if (lines.length < 2) return [lines.join(' ')].filter((l) => l !== '');
  const longish = lines.filter((l) => Array.from(l).length >= 40).length;
  const indented = text.split('\n').filter((l) => /^[\u3000\u00a0 ]{2,}\S/.test(l)).length;
  if (longish >= lines.length / 2 || indented >= lines.length / 2) return lines;
  return [lines.join('\n')];
}

interface OpenBlock {
  kind: BlockKind;
  level?: number;
  parts: string[];
  linkChars: number;
  homeLinkChars: number;
  region: Region;
}

/** An address that is a site's home page: `/`, `./`, `index.html`, or a host with nothing after it. */
const HOME_HREF = /^(?:\.?\/|\/?index\.\w{2,5}|(?:https?:)?\/\/[^/?#]+\/?(?:index\.\w{2,5})?)$/i;

/**
 * Walk `root` in document order and cut its text into blocks at block-level elements and
 * <br> runs. Iterative, so depth does not matter. With `tableRows`, each row of a table is one
 * `table-row` block (cells separated by tabs) instead of a block per cell.
 */
export function segmentsOf(
  root: DomElement,
  startRegion: Region = 'main',
  options: { tableRows?: boolean } = {},
): { segments: TextSegment[]; images: PageImage[] } {
  const segments: TextSegment[] = [];
  const images: PageImage[] = [];
  let open = null as OpenBlock | null;

  const flush = () => {
    if (!open) return;
    const raw = open.parts.join('');
    const pieces = open.kind === 'code' ? [raw.replace(/^\n+|\s+$/g, '')] : splitLines(raw);
    const total = pieces.reduce((n, p) => n + p.length, 0) || 1;
    for (const text of pieces) {
      if (text.trim() === '') continue;
      // Links are spread over the split lines in proportion: good enough for density tests.
      const share = Math.round((open.linkChars * text.length) / total);
      const homeShare = Math.round((open.homeLinkChars * text.length) / total);
      segments.push({
        kind: open.kind,
        text,
        level: open.level,
        linkChars: Math.min(share, text.length),
        homeLinkChars: Math.min(homeShare, text.length),
        region: open.region,
      });
    }
    open = null;
  };

  type Frame = { node: DomNode; exit: boolean; ctx: Context };
  interface Context {
    block: { kind: BlockKind; level?: number };
    inLink: boolean;
    inHomeLink: boolean;
    inQuote: boolean;
    pre: boolean;
    region: Region;
  }
  const start: Context = {
    block: { kind: 'paragraph' },
    inLink: false,
    inHomeLink: false,
    inQuote: false,
    pre: false,
    region: startRegion,
  };
  const stack: Frame[] = [{ node: root, exit: false, ctx: start }];
  while (stack.length > 0) {
    const { node, exit, ctx } = stack.pop() as Frame;
    if (node.nodeType === TEXT_NODE) {
      const value = node.textContent ?? '';
      // HTML collapses ASCII white space only; U+00A0 and U+3000 are kept as written.
      const text = ctx.pre ? value : value.replace(/[ \t\n\r\f]+/g, ' ');
      if (text.trim() === '' && !open) continue;
      if (!open) open = { ...ctx.block, parts: [], linkChars: 0, homeLinkChars: 0, region: ctx.region };
      open.parts.push(text);
      if (ctx.inLink) open.linkChars += text.trim().length;
      if (ctx.inHomeLink) open.homeLinkChars += text.trim().length;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE || !isElement(node)) continue;
    const element = node;
    const tag = tagOf(element);
    const isBlock = BLOCK_TAGS.has(tag);
    if (exit) {
      if (isBlock) flush();
      continue;
    }
    if (INVISIBLE_TAGS.has(tag)) continue;
    if (tag === 'br') {
      if (open) open.parts.push('\n');
      continue;
    }
    if (tag === 'img') {
      flush();
      images.push({
        beforeBlock: segments.length,
        src: element.getAttribute('src'),
        alt: (element.getAttribute('alt') ?? '').trim(),
      });
      continue;
    }
    if (tag === 'table' && options.tableRows) {
      flush();
      for (const text of tableRowTexts(element))
        segments.push({ kind: 'table-row', text, linkChars: 0, region: ctx.region });
      continue;
    }
    if (tag === 'td' || tag === 'th') {
      // Cells of one row read left to right; keep them apart.
      if (open) open.parts.push(' ');
    }
    let next = ctx;
    if (isBlock) {
      flush();
      const region = regionOf(element, ctx.region);
      const inQuote = ctx.inQuote || tag === 'blockquote';
      const headingOrItem = /^h[1-6]$|^li$|^dt$|^dd$|^pre$/.test(tag);
      next = {
        block:
          headingOrItem || tag === 'blockquote'
            ? kindOf(tag, inQuote)
            : inQuote
              ? { kind: 'quote' }
              : ctx.block.kind === 'code'
                ? ctx.block
                : { kind: 'paragraph' },
        inLink: ctx.inLink,
        inHomeLink: ctx.inHomeLink,
        inQuote,
        pre: ctx.pre || tag === 'pre',
        region,
      };
      if (ctx.block.kind === 'list-item' && !headingOrItem && tag !== 'ul' && tag !== 'ol')
        next.block = ctx.block;
    } else if (tag === 'a' || tag === 'code' || tag === 'span' || tag === 'font') {
      const region = tag === 'a' ? ctx.region : regionOf(element, ctx.region);
      const homeLink = tag === 'a' && HOME_HREF.test((element.getAttribute('href') ?? '#').trim());
      next = { ...ctx, inLink: ctx.inLink || tag === 'a', inHomeLink: ctx.inHomeLink || homeLink, region };
    }
    stack.push({ node: element, exit: true, ctx: next });
    const children = element.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], exit: false, ctx: next });
  }
  flush();
  return { segments, images };
}
