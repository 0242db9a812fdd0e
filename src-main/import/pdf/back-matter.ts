/**
 * Footnotes and tables of a PDF, set after the body instead of interleaved with it. A footnote is
 * text below a page's last body-size line, in the lower part of the page, in smaller type: either
 * clearly smaller (under 0.85 × the body size) or slightly smaller and starting with a note marker
 * (`①`, `[1]`, `1.`, `注：`, `*`). Each marker starts a note of its own. A table is a run of
 * `table-row` blocks, with the caption line just above it (`表1 …`, `Table 2 …`). Both are
 * appended after the body under a heading of their own ("Tables", "Notes"; 表格, 注释 for Chinese
 * text), every block keeping the page it was printed on.
 */
import { guessLanguage } from '../../../src-shared/articles/text-language';
import type { Line } from './lines';
import { joinLineText, type PdfBlock } from './paragraphs';

/** How a footnote begins: a circled or bracketed number, a number and a stop, 注, an asterisk or dagger. */
const NOTE_MARKER =
  /^(?:[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF]|[[［(（〔]\s*\d{1,3}\s*[\]］)）〕]|\d{1,3}\s*[.、．)）]|\d{1,3}\s+\S|注\s*[:：\d\u2460-\u2473]|[*＊†‡]|[\u00B9\u00B2\u00B3\u2070-\u2079]+)/u;

export function startsLikeNote(text: string): boolean {
  return NOTE_MARKER.test(text);
}

/** Footnotes: on each page, the small type below its last body-size line, in its lower 45 %. */
export function splitFootnotes(lines: Line[], size: number): { body: Line[]; notes: Line[] } {
  const lowestBody = new Map<number, number>();
  for (const l of lines) {
    if (l.size >= size * 0.95 && !l.table)
      lowestBody.set(l.page, Math.min(lowestBody.get(l.page) ?? Infinity, l.y));
  }
  const candidates = lines.filter(
    (l) =>
      !l.table &&
      l.size <= size * 0.92 &&
      l.y < (lowestBody.get(l.page) ?? -Infinity) &&
      l.y < l.pageHeight * 0.45,
  );
  const notes = new Set<Line>();
  for (const page of new Set(candidates.map((l) => l.page))) {
    const onPage = candidates.filter((l) => l.page === page);
    const top = onPage.reduce((a, b) => (b.y > a.y ? b : a));
    if (onPage.some((l) => l.size < size * 0.85) || startsLikeNote(top.text))
      for (const l of onPage) notes.add(l);
  }
  return { body: lines.filter((l) => !notes.has(l)), notes: lines.filter((l) => notes.has(l)) };
}

/** Footnote lines → one paragraph per note: a marker or a new page starts the next one. */
export function footnoteBlocks(lines: Line[]): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  let previous: Line | null = null;
  for (const line of lines) {
    const current = blocks.at(-1);
    const next =
      !current ||
      !previous ||
      previous.page !== line.page ||
      startsLikeNote(line.text) ||
      // A gap of more than two lines parts notes that carry no marker.
      previous.y - line.y > line.size * 2.4;
    if (next) blocks.push({ kind: 'paragraph', text: line.text, page: line.page });
    else current.text = joinLineText(current.text, line.text);
    previous = line;
  }
  return blocks;
}

const CAPTION = /^(?:附?表|Table|Tab\.)\s*[0-9一二三四五六七八九十A-Z]/iu;

/** The body without its tables, and the tables (each with its caption) in the order they were printed. */
export function takeTables(blocks: PdfBlock[]): { body: PdfBlock[]; tables: PdfBlock[][] } {
  const body: PdfBlock[] = [];
  const tables: PdfBlock[][] = [];
  let table: PdfBlock[] | null = null;
  for (const block of blocks) {
    if (block.kind !== 'table-row') {
      table = null;
      body.push(block);
      continue;
    }
    if (!table) {
      table = [];
      const caption = body.at(-1);
      if (caption && caption.text.length <= 80 && CAPTION.test(caption.text)) {
        body.pop();
        table.push({ ...caption, kind: 'paragraph', level: undefined });
      }
      tables.push(table);
    }
    table.push(block);
  }
  return { body, tables };
}

const SECTION_NAMES = {
  cjk: { tables: '表格', notes: '注释' },
  other: { tables: 'Tables', notes: 'Notes' },
} as const;

/** Tables, then footnotes, each under a heading of its own, to follow the body. */
export function backMatter(body: PdfBlock[], tables: PdfBlock[][], notes: PdfBlock[]): PdfBlock[] {
  const sample = body.map((b) => b.text).join('\n') || notes.map((b) => b.text).join('\n');
  const names = guessLanguage(sample).startsWith('zh') ? SECTION_NAMES.cjk : SECTION_NAMES.other;
  const out: PdfBlock[] = [];
  const section = (name: string, blocks: PdfBlock[]) => {
    if (blocks.length === 0) return;
    // The heading belongs to the page its first entry is on, so a page mark never lands inside it.
    out.push({ kind: 'heading', level: 2, text: name, page: blocks[0].page }, ...blocks);
  };
  section(names.tables, tables.flat());
  section(names.notes, notes);
  return out;
}
