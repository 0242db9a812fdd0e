/**
 * A web page "saved as text", the way a browser's Save As → Text writes it: the visible text of
 * the page in document order, a line break at every block element, links and inline markup run
 * into their line. Used by the evaluation to score the plain-text extractor on the same pages
 * the HTML extractor is scored on.
 */
import { type DomNode, TEXT_NODE, isElement, parseDocument, tagOf } from '../../src-main/import/html/dom';
import { prepareDocument } from '../../src-main/import/html/sanitize';

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
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
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'center',
  'title',
]);

/** The page's visible text with line breaks at block elements, as a browser saves it. */
export function saveAsText(html: string): string {
  const document = parseDocument(html);
  // What the browser shows of the page as saved: an element hidden until scripts run is not.
  prepareDocument(document, { keepHiddenArticle: false });
  const out: string[] = [];
  const title = (document.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (title) out.push(title, '\n\n');
  const visit = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      out.push((node.textContent ?? '').replace(/[ \t\r\n]+/g, ' '));
      return;
    }
    if (!isElement(node)) return;
    const block = BLOCK_TAGS.has(tagOf(node));
    if (block) out.push('\n');
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block) out.push('\n');
  };
  visit(document.body);
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
