/**
 * Body lines → blocks. Lines are joined back into the paragraph they were typeset from by
 * geometry: a paragraph ends where a line stops short of the column's right edge (the next
 * line's first word would have fitted), where the next line is indented, where the gap to the
 * next line is wider than the leading, or where the type size changes. A paragraph that runs
 * over a page or column break stays one block. CJK lines join without a space, Latin lines
 * with one, and a word hyphenated at a line end is rejoined. A table's row is a block of its own.
 */
import type { ArticleBlock } from '../../../src-shared/model-types';
import { isCjk, type Line } from './lines';

export interface PdfBlock extends ArticleBlock {
  page: number;
}

/** The body's type size: the size most characters are set in. */
export function bodySize(lines: Line[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) {
    const size = Math.round(l.size * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + l.text.length);
  }
  let best = 0;
  let bestCount = -1;
  for (const [size, count] of chars) if (count > bestCount) [best, bestCount] = [size, count];
  return best;
}

interface Column {
  left: number;
  right: number;
  leading: number;
}

function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor((s.length - 1) * q)];
}

const median = (values: number[]) => quantile(values, 0.5);

/** Left and right edges and leading of each page's columns, from its body-size lines. */
function measureColumns(lines: Line[], size: number): (line: Line) => Column {
  const groups = new Map<string, Line[]>();
  for (const l of lines) {
    if (Math.abs(l.size - size) > size * 0.1 || l.table) continue;
    const key = `${l.page}|${l.column}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  const measured = new Map<string, Column>();
  const byColumn = new Map<number, Column[]>();
  for (const [key, group] of groups) {
    if (group.length < 4) continue;
    const gaps = group
      .slice(1)
      .map((l, i) => group[i].y - l.y)
      .filter((g) => g > 0);
    const column = {
      left: Math.min(...group.map((l) => l.x)),
      right: Math.max(...group.map((l) => l.right)),
      // The usual line distance: the lower quartile, since gaps between paragraphs can be most gaps.
      leading: quantile(gaps, 0.25) || size * 1.5,
    };
    measured.set(key, column);
    const index = Number(key.split('|')[1]);
    byColumn.set(index, [...(byColumn.get(index) ?? []), column]);
  }
  const typical = (index: number): Column => {
    const columns = byColumn.get(index) ?? [...byColumn.values()].flat();
    if (columns.length === 0) {
      const all = lines.filter((l) => l.column === index);
      return {
        left: Math.min(...all.map((l) => l.x)),
        right: Math.max(...all.map((l) => l.right)),
        leading: size * 1.5,
      };
    }
    return {
      left: median(columns.map((c) => c.left)),
      right: median(columns.map((c) => c.right)),
      leading: median(columns.map((c) => c.leading)),
    };
  };
  return (line) => measured.get(`${line.page}|${line.column}`) ?? typical(line.column);
}

/** Punctuation a line may not start with: it travels with the character before it. */
const NO_BREAK_BEFORE = /^.[，。、；：！？）」』”’》〉】…·,.;:!?)\]]*/u;

/**
 * Width the next line's first unbreakable unit needs: a CJK character with the closing
 * punctuation that follows it, or a Latin word.
 */
function firstWordWidth(line: Line): number {
  const perChar = (line.right - line.x) / Math.max(1, line.text.length);
  if (isCjk(line.text[0])) return line.size * (NO_BREAK_BEFORE.exec(line.text)?.[0].length ?? 1);
  const word = /^\S+/.exec(line.text)?.[0] ?? '';
  return (word.length + 1) * perChar;
}

export function joinLineText(before: string, after: string): string {
  const last = before.at(-1);
  if (isCjk(last) || isCjk(after[0])) return before + after;
  if (/\p{L}-$/u.test(before) && /^\p{Ll}/u.test(after)) return before.slice(0, -1) + after;
  return `${before} ${after}`;
}

const SENTENCE_END = /[。！？；：，、.!?;:,]$/u;

export function linesToBlocks(lines: Line[]): PdfBlock[] {
  if (lines.length === 0) return [];
  const size = bodySize(lines);
  const columnOf = measureColumns(lines, size);
  const headingSizes = [
    ...new Set(lines.filter((l) => l.size >= size * 1.15).map((l) => Math.round(l.size))),
  ].sort((a, b) => b - a);
  const levelOf = (line: Line) => {
    const rank = headingSizes.indexOf(Math.round(line.size));
    return rank < 0 ? 0 : Math.min(rank + 1, 3);
  };
  const blocks: PdfBlock[] = [];
  let current: { text: string; lines: Line[] } | null = null;
  const finish = () => {
    if (!current) return;
    const first = current.lines[0];
    const level = levelOf(first);
    const lone = current.lines.length === 1;
    const shortLabel =
      lone && current.text.length <= 25 && !SENTENCE_END.test(current.text) && !/^\d/.test(current.text);
    if (level > 0) blocks.push({ kind: 'heading', level, text: current.text, page: first.page });
    else if (shortLabel)
      blocks.push({
        kind: 'heading',
        level: Math.max(3, headingSizes.length + 1),
        text: current.text,
        page: first.page,
      });
    else blocks.push({ kind: 'paragraph', text: current.text, page: first.page });
    current = null;
  };
  let previous: Line | null = null;
  for (const line of lines) {
    if (line.table) {
      // A table's row stands alone: never joined to the text around it, never a heading.
      finish();
      blocks.push({ kind: 'table-row', text: line.text, page: line.page });
      previous = null;
      continue;
    }
    if (previous && current && !continues(previous, line, columnOf, levelOf)) finish();
    if (current) current.text = joinLineText(current.text, line.text);
    else current = { text: line.text, lines: [] };
    current.lines.push(line);
    previous = line;
  }
  finish();
  return blocks;
}

/** Whether `next` carries on the paragraph that `line` is in. */
function continues(
  line: Line,
  next: Line,
  columnOf: (l: Line) => Column,
  levelOf: (l: Line) => number,
): boolean {
  const heading = levelOf(line);
  if (heading !== levelOf(next) || Math.abs(line.size - next.size) > line.size * 0.1) return false;
  const sameColumn = line.page === next.page && line.column === next.column;
  if (heading > 0) return sameColumn && line.y - next.y <= line.size * 1.8;
  const column = columnOf(line);
  const nextColumn = columnOf(next);
  if (sameColumn && (line.y - next.y > column.leading * 1.35 || next.y >= line.y)) return false;
  if (next.x - nextColumn.left > next.size * 0.8) return false;
  if (line.x - column.left > line.size * 4 && line.right < column.right - line.size * 4) return false;
  return column.right - line.right <= firstWordWidth(next) + next.size * 0.5;
}
