/**
 * Text runs → lines in reading order. Runs on one baseline make a line; a wide gap splits it
 * (a column gutter), and the rows of a table (table-lines.ts) become one line each with their
 * cells separated by tabs; a page whose lines fall on both sides of an empty vertical band is
 * read column by column, with lines that span the band (a title) kept above or below the columns.
 */
import type { PdfPage, TextRun } from './load-pdf';
import { CELL_SEPARATOR } from '../html/table-rows';
import { tableRows, type Cell } from './table-lines';

export interface Line {
  page: number;
  text: string;
  /** Left and right edges and baseline, PDF points (y up). */
  x: number;
  right: number;
  y: number;
  size: number;
  font: string;
  /** 0 for single-column text and the left column, 1 for the right column. */
  column: number;
  /** A row of a table: `text` holds its cells separated by tabs. */
  table?: boolean;
  pageWidth: number;
  pageHeight: number;
}

const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** Runs on one baseline, left to right. */
function baselines(runs: TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextRun[][] = [];
  let row: TextRun[] = [];
  let rowY = Number.NaN;
  for (const run of sorted) {
    if (row.length > 0 && Math.abs(run.y - rowY) <= Math.max(1, 0.4 * Math.min(run.size, row[0].size))) {
      row.push(run);
      continue;
    }
    if (row.length > 0) rows.push(row);
    row = [run];
    rowY = run.y;
  }
  if (row.length > 0) rows.push(row);
  return rows.map((r) => r.sort((a, b) => a.x - b.x));
}

function joinRuns(runs: TextRun[]): string {
  let text = '';
  let end = Number.NaN;
  for (const run of runs) {
    const gap = run.x - end;
    const last = text.at(-1);
    if (text !== '' && gap > 0.2 * run.size && !/\s/.test(last ?? '') && !/^\s/.test(run.text)) {
      if (!(isCjk(last) && isCjk(run.text[0]))) text += ' ';
    }
    text += run.text;
    end = run.x + run.width;
  }
  return text.replace(/\s+/gu, ' ').trim();
}

function lineOf(runs: TextRun[], page: PdfPage, text: string): Line {
  const widest = runs.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  return {
    page: page.number,
    text,
    x: runs[0].x,
    right: Math.max(...runs.map((r) => r.x + r.width)),
    y: runs[0].y,
    size: Math.max(...runs.map((r) => r.size)),
    font: widest.font,
    column: 0,
    pageWidth: page.width,
    pageHeight: page.height,
  };
}

/**
 * A baseline's runs cut at gaps wider than 2.5 em. The spaces pdf.js adds between pieces of
 * text drawn one after the other are not text: they only tell that the gap was drawn over.
 */
function cellsOf(row: TextRun[]): Cell[] {
  const cells: Cell[] = [];
  let current: Cell = { runs: [], bridged: false };
  let spaced = false;
  for (const run of row) {
    if (run.text.trim() === '') {
      spaced = true;
      continue;
    }
    const last = current.runs.at(-1);
    if (last && run.x - (last.x + last.width) > 2.5 * Math.max(run.size, last.size)) {
      cells.push(current);
      current = { runs: [], bridged: spaced };
    }
    current.runs.push(run);
    spaced = false;
  }
  if (current.runs.length > 0) cells.push(current);
  return cells;
}

/**
 * Lines of a baseline that is no table row: its pieces, those drawn in one go joined again with
 * the space pdf.js put between them.
 */
function plainLines(cells: Cell[], page: PdfPage): Line[] {
  const pieces: { runs: TextRun[]; texts: string[] }[] = [];
  for (const cell of cells) {
    const text = joinRuns(cell.runs);
    const last = pieces.at(-1);
    if (cell.bridged && last) {
      last.runs.push(...cell.runs);
      last.texts.push(text);
    } else pieces.push({ runs: [...cell.runs], texts: [text] });
  }
  return pieces.flatMap(({ runs, texts }) => {
    const text = texts.filter((t) => t !== '').join(' ');
    return text === '' ? [] : [lineOf(runs, page, text)];
  });
}

function tableLine(cells: Cell[], page: PdfPage): Line[] {
  const text = cells.map((cell) => joinRuns(cell.runs)).join(CELL_SEPARATOR);
  return text.trim() === ''
    ? []
    : [
        {
          ...lineOf(
            cells.flatMap((c) => c.runs),
            page,
            text,
          ),
          table: true,
        },
      ];
}

/** An x position in the middle of the page that the lines of two columns stay clear of. */
function gutter(lines: Line[], width: number): number | null {
  if (lines.length < 8) return null;
  let best: { x: number; span: number } | null = null;
  let runStart = -1;
  const step = 2;
  for (let x = width * 0.3; x <= width * 0.7 + step; x += step) {
    const crossing = lines.filter((l) => l.x < x && l.right > x).length;
    const clear = x <= width * 0.7 && crossing <= lines.length * 0.1;
    if (clear && runStart < 0) runStart = x;
    if (!clear && runStart >= 0) {
      const span = x - runStart;
      if (!best || span > best.span) best = { x: (runStart + x - step) / 2, span };
      runStart = -1;
    }
  }
  if (!best) return null;
  const left = lines.filter((l) => l.right <= best.x).length;
  const right = lines.filter((l) => l.x >= best.x).length;
  return left >= 4 && right >= 4 ? best.x : null;
}

export function pageLines(page: PdfPage): Line[] {
  const rows = baselines(page.runs).map(cellsOf);
  const table = tableRows(rows, page.width);
  const lines = rows.flatMap((cells, i) => {
    const tableCells = table.get(i);
    return tableCells ? tableLine(tableCells, page) : plainLines(cells, page);
  });
  const split = gutter(lines, page.width);
  if (split === null) return lines;
  const left = lines.filter((l) => l.right <= split);
  const right = lines.filter((l) => l.x >= split).map((l) => ({ ...l, column: 1 }));
  const spanning = lines.filter((l) => l.x < split && l.right > split);
  const top = Math.max(...[...left, ...right].map((l) => l.y));
  return [...spanning.filter((l) => l.y > top), ...left, ...right, ...spanning.filter((l) => l.y <= top)];
}
