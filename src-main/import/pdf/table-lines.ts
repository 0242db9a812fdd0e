/**
 * Which baselines of a PDF page are rows of a table. A baseline whose text falls apart at wide
 * gaps (over 2.5 em) into cells is a row candidate, unless it is two wide pieces (over 30 % of
 * the page each: the lines of two columns drawn side by side). Two or more candidates in a row,
 * top to bottom and at an even pitch, are a table; each of its rows becomes one line with its cells separated by
 * tabs, which the paragraph stage keeps as a `table-row` block of its own, never joined into a
 * paragraph or taken for a heading. Within a table, a row is also cut where a cell starts at a
 * column that other rows' cells start at (a long label close to the next column). A lone
 * candidate (a 文号 line with a 签发人 at its right) is not a table.
 */
import type { TextRun } from './load-pdf';

/** The runs of one baseline between two wide gaps. */
export interface Cell {
  runs: TextRun[];
  /** Whether pdf.js filled the gap before this cell with a space of its own (text drawn in one go). */
  bridged: boolean;
}

const WIDE_PIECE = 0.3;

function isRowCandidate(cells: Cell[], pageWidth: number): boolean {
  if (cells.length < 2) return false;
  if (cells.length > 2) return true;
  const width = (cell: Cell) => {
    const last = cell.runs[cell.runs.length - 1];
    return last.x + last.width - cell.runs[0].x;
  };
  return !cells.every((cell) => width(cell) > pageWidth * WIDE_PIECE);
}

/** Left edges where cells of at least two rows start, left to right. */
function columnStarts(rows: Cell[][]): number[] {
  const starts = rows.flatMap((cells) => cells.map((cell) => cell.runs[0]));
  const columns: { x: number; rows: number; size: number }[] = [];
  for (const run of starts.sort((a, b) => a.x - b.x)) {
    const column = columns.at(-1);
    if (column && run.x - column.x <= run.size * 0.5) column.rows++;
    else columns.push({ x: run.x, rows: 1, size: run.size });
  }
  return columns.filter((c) => c.rows >= 2).map((c) => c.x);
}

/** A table's rows cut again at its column starts. */
function alignedCells(rows: Cell[][]): Cell[][] {
  const starts = columnStarts(rows);
  return rows.map((cells) => {
    const out: Cell[] = [];
    let column = -1;
    for (const run of cells.flatMap((cell) => cell.runs)) {
      let at = column;
      while (at + 1 < starts.length && run.x >= starts[at + 1] - run.size * 0.5) at++;
      if (at !== column || out.length === 0) out.push({ runs: [], bridged: true });
      out[out.length - 1].runs.push(run);
      column = at;
    }
    return out;
  });
}

/**
 * The baselines (top to bottom) that are table rows, each with its cells; baselines that are
 * not are absent.
 */
export function tableRows(baselines: Cell[][], pageWidth: number): Map<number, Cell[]> {
  const rows = new Map<number, Cell[]>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= 2) {
      const cells = alignedCells(run.map((i) => baselines[i]));
      run.forEach((i, k) => rows.set(i, cells[k]));
    }
    run = [];
  };
  const y = (i: number) => baselines[i][0].runs[0].y;
  baselines.forEach((cells, i) => {
    if (!isRowCandidate(cells, pageWidth)) return close();
    // Rows follow each other at an even pitch: a wider gap starts something else.
    const last = run.at(-1);
    if (last !== undefined) {
      const gap = y(last) - y(i);
      const pitch = run.length >= 2 ? y(run[run.length - 2]) - y(last) : 4 * cells[0].runs[0].size;
      if (gap > pitch * 1.5) close();
    }
    run.push(i);
  });
  close();
  return rows;
}
