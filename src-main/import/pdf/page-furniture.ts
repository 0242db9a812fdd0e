/**
 * Running headers, footers and page numbers: text in the top or bottom margin of the page that
 * is a page number in a printed form (`— 3 —`, `- 3 -`, `第3页 共10页`, `3/10`, `Page 3 of 10`,
 * a bare number) or that repeats at the same place on most pages. They leave the body and go to
 * the removed text, each with its own reason.
 */
import type { Line } from './lines';

export type FurnitureKind = 'page-number' | 'running-header';

const DASHES = '[—–\\-－―─~～]';
const PAGE_NUMBER_FORMS: RegExp[] = [
  new RegExp(`^${DASHES}+\\s*\\d{1,4}\\s*${DASHES}+$`, 'u'),
  /^第\s*\d{1,4}\s*页\s*[,，/／]?\s*(共\s*\d{1,4}\s*页)?$/u,
  /^共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页$/u,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/u,
  /^page\s+\d{1,4}(\s+(of|\/)\s+\d{1,4})?$/iu,
  /^p\.\s*\d{1,4}$/iu,
  /^\d{1,4}$/u,
  /^[ivxlc]{1,6}$/iu,
  /^[([（]\s*\d{1,4}\s*[)\]）]$/u,
];

export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return PAGE_NUMBER_FORMS.some((form) => form.test(t));
}

/** Share of the page height, at the top and at the bottom, where furniture is looked for. */
const MARGIN = 0.14;

function inMargin(line: Line): boolean {
  return line.y > line.pageHeight * (1 - MARGIN) || line.y < line.pageHeight * MARGIN;
}

/** The same text at the same place, digits ignored (a header that carries the page number). */
function placeKey(line: Line): string {
  const band = line.y > line.pageHeight / 2 ? 'top' : 'bottom';
  return `${band}|${Math.round(line.y / 6)}|${line.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
}

/** Which lines are page furniture, and of which kind. */
export function findFurniture(pages: Line[][]): Map<Line, FurnitureKind> {
  const found = new Map<Line, FurnitureKind>();
  const counts = new Map<string, Set<number>>();
  for (const lines of pages) {
    for (const line of lines) {
      if (!inMargin(line)) continue;
      const key = placeKey(line);
      const seen = counts.get(key) ?? new Set<number>();
      seen.add(line.page);
      counts.set(key, seen);
    }
  }
  const repeatedOn = Math.max(2, Math.ceil(pages.length * 0.5));
  for (const lines of pages) {
    // The first and last lines of a page are where its number is printed, even outside the margin.
    const edges = new Set([lines[0], lines.at(-1)]);
    for (const line of lines) {
      const nearEdge = line.y > line.pageHeight * 0.75 || line.y < line.pageHeight * 0.25;
      const marginal = inMargin(line) || (edges.has(line) && nearEdge);
      if (marginal && isPageNumber(line.text)) found.set(line, 'page-number');
      else if (inMargin(line) && pages.length >= 2 && (counts.get(placeKey(line))?.size ?? 0) >= repeatedOn) {
        found.set(line, 'running-header');
      }
    }
  }
  return found;
}
