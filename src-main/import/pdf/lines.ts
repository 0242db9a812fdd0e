/**
 * Text runs → lines in reading order. Runs on one baseline make a line; a wide gap splits it
 * (a column gutter); a page whose lines fall on both sides of an empty vertical band is read
 * column by column, with lines that span the band (a title) kept above or below the columns.
 */
import type { PdfPage, TextRun } from './load-pdf';

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

function segments(row: TextRun[], page: PdfPage): Line[] {
  const out: Line[] = [];
  let current: TextRun[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const text = joinRuns(current);
    if (text !== '') {
      const sizes = current.map((r) => r.size);
      const widest = current.reduce((a, b) => (b.text.length > a.text.length ? b : a));
      out.push({
        page: page.number,
        text,
        x: current[0].x,
        right: Math.max(...current.map((r) => r.x + r.width)),
        y: current[0].y,
        size: Math.max(...sizes),
        font: widest.font,
        column: 0,
        pageWidth: page.width,
        pageHeight: page.height,
      });
    }
    current = [];
  };
  for (const run of row) {
    const last = current.at(-1);
    if (last && run.x - (last.x + last.width) > 2.5 * Math.max(run.size, last.size)) flush();
    current.push(run);
  }
  flush();
  return out;
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
  const lines = baselines(page.runs).flatMap((row) => segments(row, page));
  const split = gutter(lines, page.width);
  if (split === null) return lines;
  const left = lines.filter((l) => l.right <= split);
  const right = lines.filter((l) => l.x >= split).map((l) => ({ ...l, column: 1 }));
  const spanning = lines.filter((l) => l.x < split && l.right > split);
  const top = Math.max(...[...left, ...right].map((l) => l.y));
  return [...spanning.filter((l) => l.y > top), ...left, ...right, ...spanning.filter((l) => l.y <= top)];
}
