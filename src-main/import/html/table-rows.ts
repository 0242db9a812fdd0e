/**
 * A table of a converted document (DOCX through mammoth, an EPUB chapter) → the text of each
 * row, its cells separated by tabs, so a row reads as a row instead of every cell becoming a
 * paragraph of its own. Rows of a table nested in a cell stay inside that cell's text.
 */
import { type DomElement, type DomNode, isElement, tagOf, TEXT_NODE } from './dom';

/** The separator between the cells of a `table-row` block. */
export const CELL_SEPARATOR = '\t';

/** Elements whose text stands apart from its neighbours' inside a cell (two paragraphs, a list). */
const SEPARATE = /^(p|div|li|br|h[1-6]|ul|ol|table|tr|td|th|blockquote|pre)$/;

/** A cell's text on one line: paragraphs inside it joined with a space. */
function cellText(cell: DomElement): string {
  const parts: string[] = [];
  const walk = (node: DomNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) parts.push(child.textContent ?? '');
      else if (isElement(child)) {
        const apart = SEPARATE.test(tagOf(child));
        if (apart) parts.push(' ');
        walk(child);
        if (apart) parts.push(' ');
      }
    }
  };
  walk(cell);
  return parts.join('').replace(/\s+/gu, ' ').trim();
}

/** The rows of `table` (its caption first, as a row of one cell), empty rows left out. */
export function tableRowTexts(table: DomElement): string[] {
  const rows: string[] = [];
  const visit = (element: DomElement) => {
    for (const child of Array.from(element.children)) {
      if (!isElement(child)) continue;
      const tag = tagOf(child);
      if (tag === 'caption') rows.push(cellText(child));
      else if (tag === 'tr') {
        const cells = Array.from(child.children).filter((c) => /^t[dh]$/.test(tagOf(c)));
        const texts = cells.map(cellText);
        if (texts.some((t) => t !== '')) rows.push(texts.join(CELL_SEPARATOR));
      } else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') visit(child);
    }
  };
  visit(table);
  return rows.filter((row) => row !== '');
}
