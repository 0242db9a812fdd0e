/**
 * Heights of the Passages list rows, computed from the text instead of measured. Measuring rows
 * as they appear makes the virtualizer recompute the offsets of every row after them, which with
 * tens of thousands of rows costs more than a frame per scroll step. So each row gets the lines
 * its quote and note will likely need at the list's width (at most 3 and 2), and clamps its text
 * to exactly those lines: a wrong guess ends a quote a line early or leaves a line blank, never
 * overlaps.
 */

/** Pixel sizes that views.css gives the rows; keep the two in step. */
export const ROW_METRICS = {
  padding: 20,
  border: 1,
  gap: 4,
  quoteFont: 15,
  quoteLine: 25.5,
  noteFont: 13,
  noteLine: 19.5,
  metaLine: 22,
  /** Swatch, the gap after it and the row's side padding. */
  chrome: 12 + 10 + 32,
  /** `.passage-body` max-width (60em of the 14 px UI font). */
  maxText: 840,
  maxQuoteLines: 3,
  maxNoteLines: 2,
} as const;

/** Width of a text in em, roughly: CJK and other wide characters 1, the rest about half. */
function ems(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80) width += code === 32 ? 0.28 : 0.52;
    else if (code < 0xdc00 || code > 0xdfff) width += 1; // a surrogate pair counts once
  }
  return width;
}

/** Widths in em of a pre-line text's paragraphs. */
function paragraphEms(text: string): number[] {
  return text ? text.split('\n').map(ems) : [];
}

/** Lines paragraphs of these widths (em) need in `width` pixels at `font` pixels, up to `max`. */
function linesFor(paragraphs: readonly number[], font: number, width: number, max: number): number {
  let lines = 0;
  for (const em of paragraphs) {
    // Words wrap whole, so lines fill less than the full width; 0.92 allows for it.
    lines += Math.max(1, Math.ceil((em * font) / (width * 0.92)));
    if (lines >= max) return max;
  }
  return lines;
}

interface Shape {
  quote: number[];
  note: number[];
}

// Per highlight record: a changed highlight is a new object, so it is measured again.
const shapes = new WeakMap<object, Shape>();

function shapeOf(highlight: { quote: { exact: string }; note: string }): Shape {
  let shape = shapes.get(highlight);
  if (!shape) {
    shape = { quote: paragraphEms(highlight.quote.exact), note: paragraphEms(highlight.note.trim()) };
    shapes.set(highlight, shape);
  }
  return shape;
}

export interface RowLayout {
  quoteLines: number;
  noteLines: number;
  height: number;
}

/** Text width inside a row of a list `listWidth` pixels wide. */
export function textWidth(listWidth: number): number {
  return Math.max(120, Math.min(ROW_METRICS.maxText, listWidth - ROW_METRICS.chrome));
}

/** The lines and height of a highlight's row when its text is `width` pixels wide. */
export function rowLayout(highlight: { quote: { exact: string }; note: string }, width: number): RowLayout {
  const m = ROW_METRICS;
  const shape = shapeOf(highlight);
  const quoteLines = Math.max(1, linesFor(shape.quote, m.quoteFont, width, m.maxQuoteLines));
  const noteLines = linesFor(shape.note, m.noteFont, width, m.maxNoteLines);
  const height =
    m.padding +
    m.border +
    quoteLines * m.quoteLine +
    m.gap +
    m.metaLine +
    (noteLines > 0 ? m.gap + noteLines * m.noteLine : 0);
  return { quoteLines, noteLines, height: Math.ceil(height) };
}
