/**
 * The text word-extractor reads from a legacy Word (.doc) file → blocks. Word ends every table
 * cell with a cell mark and every row with a row mark; word-extractor turns a cell mark into a
 * tab and a row mark into a tab (Word's files) or a line break (LibreOffice's). So a line that
 * ends with a tab is a table row, and a line of several rows (`a\tb\t\tc\td\t\t`) is cut where the
 * row marks fall: after the same number of cells each time. A cell of several paragraphs arrives
 * as lines without a tab before the row's next cell; within a table they are joined into that
 * cell with a space. Each row becomes a `table-row` block, its cells separated by tabs, as from
 * DOCX; every other line is a paragraph.
 */
import type { ArticleBlock } from '../../ipc/contract';
import { CELL_SEPARATOR } from '../html/table-rows';

const clean = (text: string) => text.replace(/[\s\u3000]+/gu, ' ').trim();

/**
 * The rows of one line of cells ending with the last cell's mark: cut every n + 1 cells when the
 * (n + 1)th is always empty (a row mark read as a tab); null when no such n fits.
 */
function markedRows(cells: string[]): string[][] | null {
  if (cells.at(-1) !== '') return null;
  const marks = cells.slice(0, -1);
  for (let n = 2; n <= marks.length; n++) {
    if ((marks.length + 1) % (n + 1) !== 0) continue;
    const rows: string[][] = [];
    let fits = true;
    for (let at = 0; at < marks.length; at += n + 1) {
      if (at + n < marks.length && marks[at + n] !== '') fits = false;
      rows.push(marks.slice(at, at + n));
    }
    if (fits) return rows;
  }
  return null;
}

/**
 * A row's text → its rows and the paragraph after them: Word's last row mark is followed by the
 * next paragraph on the same line (`a\tb\t\tNext`). Null when the text ends no row.
 */
function splitRows(text: string): { rows: string[][]; after: string } | null {
  if (text.endsWith('\t')) {
    const cells = text.slice(0, -1).split('\t');
    return { rows: markedRows(cells) ?? [cells], after: '' };
  }
  const end = text.lastIndexOf('\t\t');
  if (end < 0 || text.slice(end + 2).includes('\t')) return null;
  const rows = markedRows(text.slice(0, end).split('\t').concat(''));
  return rows ? { rows, after: text.slice(end + 2) } : null;
}

const endsRow = (line: string | undefined) => line !== undefined && splitRows(line) !== null;

/** Whether a line ending a row follows within a few lines: a cell of several paragraphs. */
function rowEndsSoon(lines: string[], from: number): boolean {
  for (let j = from; j < Math.min(lines.length, from + 20); j++) if (endsRow(lines[j])) return true;
  return false;
}

export function blocksFromDocText(text: string): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  const paragraph = (line: string) => {
    const t = clean(line);
    if (t !== '') blocks.push({ kind: 'paragraph', text: t });
  };
  const lines = text.split(/\r?\n|\r/);
  // The lines of the row being read: a cell's paragraphs come as lines of their own.
  let row: string[] = [];
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const hasTab = line.includes('\t');
    const midRow = row.some((l) => l.includes('\t'));
    const joinsRow =
      endsRow(line) ||
      midRow ||
      (hasTab && rowEndsSoon(lines, i)) ||
      // A paragraph of the next row's first cell, in a table already begun.
      (inTable && clean(line) !== '' && (lines[i + 1]?.includes('\t') ?? false));
    if (!joinsRow) {
      inTable = false;
      paragraph(line.replace(/\t/g, ' '));
      continue;
    }
    row.push(line);
    const split = splitRows(row.join(' '));
    if (!split) continue;
    row = [];
    inTable = split.after === '';
    for (const cells of split.rows) {
      const texts = cells.map(clean);
      if (texts.some((t) => t !== '')) blocks.push({ kind: 'table-row', text: texts.join(CELL_SEPARATOR) });
    }
    paragraph(split.after);
  }
  row.forEach((line) => paragraph(line.replace(/\t/g, ' ')));
  return blocks;
}
