/**
 * Maps between offsets in an article's canonical text and places in the rendered article.
 *
 * The reader renders block i as one element carrying `data-block-index="i"`, whose text nodes,
 * in document order, concatenate to the block's text (inline elements such as highlight marks
 * may nest inside). The blank line that separates blocks in the canonical text has no DOM
 * counterpart: an offset inside it maps to the boundary of the neighbouring block. Text that is
 * not part of the article (removed passages, `data-removed`; reader chrome, `data-not-text`)
 * counts for nothing, and a selection reaching into it is clamped to the article's text.
 *
 * The core works on (node, offset) points, which any DOM has; `Range` is only a thin wrapper.
 */

export const BLOCK_INDEX_ATTRIBUTE = 'data-block-index';
/** Marks elements whose text is not article text: removed passages and reader chrome. */
const NOT_TEXT_SELECTOR_ATTRIBUTES = ['data-removed', 'data-not-text'];

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** A DOM boundary point: a text node and a code-unit offset in it, or an element and a child index. */
export interface DomPoint {
  node: Node;
  offset: number;
}

/** A DOM point together with the canonical-text offset it stands for. */
export interface MappedPoint extends DomPoint {
  at: number;
}

/**
 * Which way an offset that falls between blocks (or outside the article's text) moves:
 * 'forward' to the next text (the start of a selection), 'backward' to the previous (its end).
 */
export type Affinity = 'forward' | 'backward';

/** The boundary points of a range, as `Range`, `StaticRange` and `Selection` ranges have them. */
export type RangeLike = Pick<AbstractRange, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>;

// ---------------------------------------------------------------------------------------------
// Offsets to the DOM

/** A DOM range covering canonical text [start, end), or null if it covers no text or is not rendered. */
export function rangeFromOffsets(
  container: HTMLElement,
  blockOffsets: readonly number[],
  start: number,
  end: number,
): Range | null {
  const points = pointsFromOffsets(container, blockOffsets, start, end);
  if (!points) return null;
  const range = container.ownerDocument.createRange();
  range.setStart(points.start.node, points.start.offset);
  range.setEnd(points.end.node, points.end.offset);
  return range;
}

/** The DOM points of canonical text [start, end), or null if it covers no text or is not rendered. */
export function pointsFromOffsets(
  container: Element,
  blockOffsets: readonly number[],
  start: number,
  end: number,
): { start: MappedPoint; end: MappedPoint } | null {
  const from = pointAtOffset(container, blockOffsets, start, 'forward');
  const to = pointAtOffset(container, blockOffsets, end, 'backward');
  if (!from || !to || from.at >= to.at) return null;
  return { start: from, end: to };
}

/**
 * The DOM point of a canonical-text offset. An offset in the separator after block i (or at
 * either edge of it) lands at the end of block i ('backward') or the start of block i + 1
 * ('forward'). Null when the block
 * is not rendered (e.g. scrolled out of a virtualized list) or there are no blocks.
 */
export function pointAtOffset(
  container: Element,
  blockOffsets: readonly number[],
  offset: number,
  affinity: Affinity,
): MappedPoint | null {
  if (blockOffsets.length === 0) return null;
  const index = blockContaining(blockOffsets, Math.max(0, offset));
  const element = blockElement(container, index);
  if (!element) return null;
  const local = Math.max(0, offset - blockOffsets[index]);
  const texts = textNodesOf(element);
  const length = texts.reduce((sum, t) => sum + t.data.length, 0);
  // A start at the end of a block, or an end at the start of one, would cover no text of that
  // block: it belongs to the neighbouring block instead.
  if (local >= length && affinity === 'forward' && index + 1 < blockOffsets.length) {
    return pointAtOffset(container, blockOffsets, blockOffsets[index + 1], affinity);
  }
  if (local === 0 && affinity === 'backward' && index > 0) {
    return pointAtOffset(container, blockOffsets, blockOffsets[index] - 1, affinity);
  }
  const wanted = Math.min(local, length);
  const at = blockOffsets[index] + wanted;
  if (texts.length === 0) return { node: element, offset: 0, at };
  let before = 0;
  for (const text of texts) {
    const after = before + text.data.length;
    // At a boundary between two text nodes, a start belongs to the next one and an end to the
    // previous one, so a range never begins or ends on text it does not cover.
    if (wanted < after || (affinity === 'backward' && wanted === after)) {
      return { node: text, offset: wanted - before, at };
    }
    before = after;
  }
  const last = texts[texts.length - 1];
  return { node: last, offset: last.data.length, at };
}

// ---------------------------------------------------------------------------------------------
// The DOM to offsets

/**
 * Canonical-text offsets of a selection, clamped to the article's text: an end point in a
 * removed passage or in chrome between blocks moves back to the end of the text before it, a
 * start point forward to the next text. Null when nothing of the article's text is selected.
 */
export function offsetsFromRange(
  container: Element,
  blockOffsets: readonly number[],
  range: RangeLike,
): { start: number; end: number } | null {
  const start = offsetOfNode(container, blockOffsets, range.startContainer, range.startOffset, 'forward');
  const end = offsetOfNode(container, blockOffsets, range.endContainer, range.endOffset, 'backward');
  if (start === null || end === null || start >= end) return null;
  return { start, end };
}

/**
 * The canonical-text offset of a DOM boundary point (`node` a text node and `nodeOffset` a
 * character offset in it, or an element and a child index), as selections and
 * `caretPositionFromPoint` report them. A point outside the article's text moves to the nearest
 * text in the direction of `affinity`. Null when the node is not inside the container or no
 * block is rendered.
 */
export function offsetOfNode(
  container: Element,
  blockOffsets: readonly number[],
  node: Node,
  nodeOffset: number,
  affinity: Affinity = 'forward',
): number | null {
  if (!isInside(container, node)) return null;
  const block = enclosingBlock(container, node);
  if (block) {
    const index = Number(block.getAttribute(BLOCK_INDEX_ATTRIBUTE));
    if (!(index >= 0 && index < blockOffsets.length)) return null;
    return blockOffsets[index] + textBefore(block, node, nodeOffset);
  }
  return offsetOutsideBlocks(container, blockOffsets, node, nodeOffset, affinity);
}

function offsetOutsideBlocks(
  container: Element,
  blockOffsets: readonly number[],
  node: Node,
  nodeOffset: number,
  affinity: Affinity,
): number | null {
  const blocks = [...container.querySelectorAll(`[${BLOCK_INDEX_ATTRIBUTE}]`)].filter(
    (b) => !isNotText(b) && !enclosingNotText(container, b),
  );
  if (blocks.length === 0) return null;
  const point = pointPath(container, node, nodeOffset);
  // Blocks are in document order: find the first one that begins after the point.
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comparePaths(elementPath(container, blocks[mid]), point) < 0) lo = mid + 1;
    else hi = mid;
  }
  const startOf = (b: Element) => blockOffsets[Number(b.getAttribute(BLOCK_INDEX_ATTRIBUTE))];
  const endOf = (b: Element) => startOf(b) + textLength(b);
  if (affinity === 'forward')
    return lo < blocks.length ? startOf(blocks[lo]) : endOf(blocks[blocks.length - 1]);
  return lo > 0 ? endOf(blocks[lo - 1]) : startOf(blocks[0]);
}

// ---------------------------------------------------------------------------------------------
// Walking the DOM

/**
 * The rendered element of block `index`, or null. Painting thousands of highlights asks for
 * blocks thousands of times, so the container's block elements are indexed once and the index
 * is checked (still in the container, still that block) on every use, rebuilt when stale.
 */
export function blockElement(container: Element, index: number): Element | null {
  const isBlock = (element: Element | undefined): element is Element =>
    Boolean(
      element &&
      element.parentNode &&
      element.getAttribute(BLOCK_INDEX_ATTRIBUTE) === String(index) &&
      isInside(container, element),
    );
  const cached = blockIndex.get(container)?.[index];
  if (isBlock(cached)) return cached;
  // Blocks are rendered in order, so the list in document order usually is the index; it is
  // checked on every use, and read attribute by attribute only when it is not.
  const inOrder = [...container.querySelectorAll(`[${BLOCK_INDEX_ATTRIBUTE}]`)];
  if (isBlock(inOrder[index])) {
    blockIndex.set(container, inOrder);
    return inOrder[index];
  }
  const elements: Element[] = [];
  for (const element of inOrder) {
    const at = Number(element.getAttribute(BLOCK_INDEX_ATTRIBUTE));
    if (Number.isInteger(at) && at >= 0) elements[at] = element;
  }
  blockIndex.set(container, elements);
  return elements[index] ?? null;
}

const blockIndex = new WeakMap<Element, Element[]>();

/** Index of the block whose text (or following separator) holds `offset`. */
export function blockContaining(blockOffsets: readonly number[], offset: number): number {
  let lo = 0;
  let hi = blockOffsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blockOffsets[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

function isNotText(node: Node): boolean {
  return isElement(node) && NOT_TEXT_SELECTOR_ATTRIBUTES.some((a) => node.hasAttribute(a));
}

function isInside(container: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (n === container) return true;
  return false;
}

/** The block element holding `node` (or `node` itself), unless it lies in text that is not article text. */
function enclosingBlock(container: Element, node: Node): Element | null {
  for (let n: Node | null = node; n && n !== container; n = n.parentNode) {
    if (isElement(n) && n.hasAttribute(BLOCK_INDEX_ATTRIBUTE)) return n;
  }
  return null;
}

function enclosingNotText(container: Element, node: Node): boolean {
  for (let n: Node | null = node.parentNode; n && n !== container; n = n.parentNode)
    if (isNotText(n)) return true;
  return false;
}

/** The article-text nodes of a block, in document order. */
function textNodesOf(root: Node): Text[] {
  const out: Text[] = [];
  const visit = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) out.push(child as Text);
      else if (isElement(child) && !isNotText(child)) visit(child);
    }
  };
  visit(root);
  return out;
}

function textLength(root: Node): number {
  return textNodesOf(root).reduce((sum, t) => sum + t.data.length, 0);
}

/**
 * Characters of article text in `block` before the boundary point (node, offset). A point
 * inside text that is not article text (chrome nested in a block) counts as where that
 * element stands.
 */
function textBefore(block: Element, node: Node, offset: number): number {
  let total = 0;
  let found = false;
  const count = (n: Node) => {
    if (n.nodeType === TEXT_NODE) total += (n as Text).data.length;
    else if (isElement(n) && !isNotText(n)) for (const child of n.childNodes) count(child);
  };
  const visit = (n: Node, skipped: boolean): void => {
    if (found) return;
    if (n === node) {
      found = true;
      if (skipped) return;
      if (n.nodeType === TEXT_NODE) total += Math.min(offset, (n as Text).data.length);
      else for (let i = 0; i < Math.min(offset, n.childNodes.length); i++) count(n.childNodes[i]);
      return;
    }
    if (n.nodeType === TEXT_NODE) {
      if (!skipped) total += (n as Text).data.length;
      return;
    }
    const skipChildren = skipped || isNotText(n);
    for (const child of n.childNodes) {
      visit(child, skipChildren);
      if (found) return;
    }
  };
  visit(block, false);
  return total;
}

/** Child-index path from `container` to `node`. */
function elementPath(container: Node, node: Node): number[] {
  const path: number[] = [];
  for (let n: Node = node; n !== container && n.parentNode; n = n.parentNode) {
    path.push(Array.prototype.indexOf.call(n.parentNode.childNodes, n) as number);
  }
  return path.reverse();
}

/**
 * A sortable path for a boundary point: a point between children k - 1 and k of an element
 * sorts as k - 0.5 beneath it; a point in a text node sorts as the text node itself.
 */
function pointPath(container: Node, node: Node, offset: number): number[] {
  const path = elementPath(container, node);
  if (node.nodeType !== TEXT_NODE && node.childNodes.length > 0) path.push(offset - 0.5);
  return path;
}

function comparePaths(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
