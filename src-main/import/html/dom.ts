/**
 * The slice of the DOM the HTML extractor uses, typed structurally (the main process is built
 * without the DOM library), and parsing of a page into a linkedom document that always has
 * <html>, <head> and <body>, whatever the page's markup looks like.
 */
import { parseHTML } from 'linkedom';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly parentNode: DomNode | null;
  readonly parentElement: DomElement | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly firstChild: DomNode | null;
  readonly lastChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly previousSibling: DomNode | null;
  textContent: string | null;
  remove(): void;
  insertBefore(node: DomNode, before: DomNode | null): DomNode;
  appendChild(node: DomNode): DomNode;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly localName: string;
  readonly children: ArrayLike<DomElement>;
  readonly attributes: ArrayLike<{ name: string; value: string }>;
  id: string;
  className: string;
  innerHTML: string;
  readonly outerHTML: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  hasAttribute(name: string): boolean;
  removeAttribute(name: string): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  replaceWith(...nodes: DomNode[]): void;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly head: DomElement;
  readonly body: DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  createElement(tagName: string): DomElement;
  createTextNode(text: string): DomNode;
}

export function isElement(node: DomNode | null | undefined): node is DomElement {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/** Lower-case tag name of an element. */
export function tagOf(element: DomElement): string {
  return element.localName || element.tagName.toLowerCase();
}

/**
 * linkedom builds the tree exactly as the tags say, without the implied <html>/<body> and the
 * error recovery of a browser. A few string repairs (after dropping scripts, styles and
 * comments, whose text may hold tags) make its trees match what a browser shows:
 * markup before the real <html> start tag that holds no text (a saving tool's wrapper) is
 * dropped; </body> and </html> are dropped, so content after them stays in the body as a
 * browser keeps it; a second <html>, <head> or <body> inside the page is dropped; a page
 * without <body> gets one after its head; and a fragment gets the document around it.
 */
export function repairMarkup(html: string): string {
  let text = html.replace(/^\uFEFF/, '');
  const htmlTag = /<html[\s>]/i.exec(text);
  if (htmlTag) {
    const prefix = text.slice(0, htmlTag.index);
    const prefixText = prefix
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]*>/g, '')
      .trim();
    if (prefixText === '') {
      const doctype = /<!doctype[^>]*>/i.exec(prefix)?.[0] ?? '';
      text = doctype + text.slice(htmlTag.index);
    }
  }
  // Tags written inside scripts, styles and comments (document.write('<body …>')) are not markup.
  text = text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi, (_m, attrs: string, body: string) =>
      // Structured data stays for its metadata, with its `<` written as the JSON escape it may
      // be written as anyway, so an article body quoted in it (`"articleBody":"<body><p>…"`)
      // is not taken for the page's own tags.
      /ld\+json/i.test(attrs) ? `<script${attrs}>${body.replace(/</g, '\\u003c')}</script>` : '',
    );
  text = text.replace(/<\/(?:body|html)\s*>/gi, '');
  // A document pasted inside another (<div><html><body>…) keeps only its content, as in a browser.
  for (const tag of ['html', 'head', 'body']) {
    let seen = false;
    text = text.replace(new RegExp(`<${tag}(?=[\\s>])[^>]*>`, 'gi'), (m) => (seen ? '' : ((seen = true), m)));
  }
  text = text.replace(/<\/head\s*>/gi, (m, offset: number) =>
    offset === text.search(/<\/head\s*>/i) ? m : '',
  );
  if (/<html[\s>]/i.test(text) && !/<body[\s>]/i.test(text)) {
    const headEnd = /<\/head\s*>/i.exec(text) ?? /<html[^>]*>/i.exec(text);
    if (headEnd) {
      const at = headEnd.index + headEnd[0].length;
      text = `${text.slice(0, at)}<body>${text.slice(at)}`;
    }
  }
  if (!/<html[\s>]/i.test(text)) {
    const headEnd = /<\/head\s*>/i.exec(text);
    if (headEnd) {
      const head = text.slice(0, headEnd.index).replace(/<head[^>]*>/i, '');
      text = `<html><head>${head}</head><body>${text.slice(headEnd.index + headEnd[0].length)}</body></html>`;
    } else {
      text = `<html><head></head><body>${text}</body></html>`;
    }
  }
  return text;
}

/** Parse a page into a document with a head and a body. */
export function parseDocument(html: string): DomDocument {
  const { document } = parseHTML(repairMarkup(html)) as unknown as { document: DomDocument };
  if (!document.documentElement || !document.body || !document.head) {
    return (parseHTML('<html><head></head><body></body></html>') as unknown as { document: DomDocument })
      .document;
  }
  return document;
}

/** Elements in document order, without recursion (pages may nest thousands deep). */
export function* walkElements(root: DomElement): Generator<DomElement> {
  const stack: DomElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop() as DomElement;
    yield element;
    const children = element.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/**
 * Flatten whatever is nested deeper than `maxDepth` into plain text: the recursive code in
 * Readability (and any serializer) would otherwise overflow the stack on a hostile page.
 */
export function limitDepth(root: DomElement, maxDepth: number): number {
  let flattened = 0;
  const stack: { element: DomElement; depth: number }[] = [{ element: root, depth: 0 }];
  while (stack.length > 0) {
    const { element, depth } = stack.pop() as { element: DomElement; depth: number };
    if (depth >= maxDepth && element.children.length > 0) {
      element.textContent = element.textContent ?? '';
      flattened++;
      continue;
    }
    const children = element.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ element: children[i], depth: depth + 1 });
  }
  return flattened;
}
