/**
 * Caps on a page's markup, applied to the string in one linear pass before it is parsed: no
 * article needs more, and hostile pages (a million attributes, a million pictures, elements
 * nested two hundred thousand deep) would otherwise take minutes and gigabytes in the parser
 * and in Readability. What a cap left out is counted, so the article can say so.
 */

/** Attributes kept on one element: real pages use a few dozen at most. */
export const MAX_ATTRIBUTES = 100;
/** Pictures kept in one page. */
export const MAX_IMAGES = 1_000;
/**
 * Nesting kept; deeper tags are dropped and their text joins the element at this depth.
 * Readability's cost grows with depth times elements; real articles stay far below.
 */
export const MAX_NESTING = 120;
/** Elements read as the page; the text after them is kept as removed text. */
export const MAX_ELEMENTS = 25_000;
/** Pages with more elements than this are read whole, without Readability's scoring. */
export const READABILITY_ELEMENT_LIMIT = 15_000;

/** Elements with no end tag, and those whose end tag is often left out: they never nest deeper. */
const NO_NESTING = new Set(
  (
    'area base br col embed hr img input link meta source track wbr param keygen command basefont frame ' +
    'p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rtc rp'
  ).split(' '),
);

export interface CappedMarkup {
  html: string;
  /** Elements (start tags) left in the markup. */
  elements: number;
  droppedAttributes: number;
  droppedImages: number;
  droppedNesting: number;
  /** The text of the markup after MAX_ELEMENTS elements, tags removed ('' when none). */
  overflowText: string;
}

const TAG = /<(\/?)([a-zA-Z][\w:-]*)(?=[\s/>])([^>]*)>/g;
const ATTRIBUTE = /[^\s=/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g;

function capAttributes(attributes: string): { text: string; dropped: number } {
  let kept = 0;
  let end = 0;
  let dropped = 0;
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(attributes); m; m = ATTRIBUTE.exec(attributes)) {
    if (kept < MAX_ATTRIBUTES) {
      kept++;
      end = m.index + m[0].length;
    } else dropped++;
  }
  return { text: dropped > 0 ? attributes.slice(0, end) : attributes, dropped };
}

/** Run on markup without scripts, styles and comments (repairMarkup's output): their text is no markup. */
export function capMarkup(html: string): CappedMarkup {
  const result: CappedMarkup = {
    html,
    elements: 0,
    droppedAttributes: 0,
    droppedImages: 0,
    droppedNesting: 0,
    overflowText: '',
  };
  let images = 0;
  let depth = 0;
  const pieces: string[] = [];
  let copiedUpTo = 0;
  /** Replaces the tag just matched (at `start`, `length` long) in the output. */
  const replace = (start: number, length: number, by: string) => {
    pieces.push(html.slice(copiedUpTo, start), by);
    copiedUpTo = start + length;
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const [tag, close, rawName, attributes] = m;
    const name = rawName.toLowerCase();
    if (close) {
      if (NO_NESTING.has(name)) continue;
      depth = Math.max(0, depth - 1);
      if (depth >= MAX_NESTING) replace(m.index, tag.length, '');
      continue;
    }
    if (result.elements >= MAX_ELEMENTS) {
      result.overflowText = textOfMarkup(html.slice(m.index));
      pieces.push(html.slice(copiedUpTo, m.index));
      copiedUpTo = html.length;
      break;
    }
    if (name === 'img' && ++images > MAX_IMAGES) {
      result.droppedImages++;
      replace(m.index, tag.length, '');
      continue;
    }
    const selfClosing = attributes.endsWith('/');
    if (!NO_NESTING.has(name) && !selfClosing) {
      depth++;
      if (depth > MAX_NESTING) {
        result.droppedNesting++;
        replace(m.index, tag.length, '');
        continue;
      }
    }
    result.elements++;
    // Counting attributes costs a scan; short tags cannot hold more than the cap.
    if (attributes.length < MAX_ATTRIBUTES * 2) continue;
    const capped = capAttributes(attributes);
    if (capped.dropped === 0) continue;
    result.droppedAttributes += capped.dropped;
    replace(
      m.index,
      tag.length,
      `<${rawName}${capped.text}${selfClosing && !capped.text.endsWith('/') ? '/' : ''}>`,
    );
  }
  if (pieces.length > 0) result.html = pieces.join('') + html.slice(copiedUpTo);
  return result;
}

/** Text of markup by a linear scan: scripts, styles and tags removed, blank runs folded. */
function textOfMarkup(markup: string): string {
  return markup
    .replace(/<(script|style)\b[^>]*>[^]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

/** A sentence for the article's removed text saying what the caps left out, or null. */
export function describeCaps(capped: CappedMarkup): string | null {
  const parts: string[] = [];
  if (capped.droppedImages > 0)
    parts.push(
      `${capped.droppedImages.toLocaleString('en-US')} pictures beyond the first ${MAX_IMAGES.toLocaleString('en-US')}`,
    );
  if (capped.droppedNesting > 0)
    parts.push(
      `the structure of ${capped.droppedNesting.toLocaleString('en-US')} elements nested more than ${MAX_NESTING} deep (their text is kept)`,
    );
  if (capped.droppedAttributes > 0)
    parts.push(
      `${capped.droppedAttributes.toLocaleString('en-US')} attributes beyond ${MAX_ATTRIBUTES} on one element`,
    );
  if (capped.overflowText)
    parts.push(
      `the layout of everything after the first ${MAX_ELEMENTS.toLocaleString('en-US')} elements (its text follows)`,
    );
  return parts.length > 0 ? `Gloss left out ${parts.join('; ')}.` : null;
}
