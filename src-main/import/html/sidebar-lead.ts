/**
 * A blog's sidebar at the top of the kept text. On an old page laid out in one table, the cell
 * Readability keeps can hold the sidebar beside the post: its widgets' titles ("个人信息",
 * "最新文章", "文章分类") stay as short lines while the lists under them go, as link lists,
 * to the removed text. Kept short lines with removed lists between them, before the first
 * paragraph of prose, are that sidebar: they move to the removed text too, so the article (and
 * the search for its headline) starts at the post.
 */
import type { ArticleBlock, RemovedBlock } from '../../ipc/contract';
import { factsOfLine, isMetaLine } from './chinese-conventions';

/** A paragraph of prose, not a widget's label: this many letters and a sentence's punctuation. */
const PROSE_MIN = 80;
/** A widget's title or a blog's one-line description stays under this many letters. */
const SIDEBAR_LINE_MAX = 60;
/** Lists removed between the kept lines: a share bar and a tools bar may be two; three or more are widgets. */
const LISTS_MIN = 3;
/** Entries of those lists together: a blog's widgets list its posts, archives and links. */
const ENTRIES_TOTAL_MIN = 8;
/** Entries a removed list holds, at least, to be a widget's. */
const ENTRIES_MIN = 2;

function letters(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

function isProse(text: string): boolean {
  return letters(text) >= PROSE_MIN && /[。！？；，,.!?;]/.test(text);
}

/**
 * How many of the article's first blocks are a sidebar's: those up to the last list removed
 * before the first paragraph of prose, when lists were removed among them at three places or
 * more, and every one of them is a short line that is no heading, date or byline. 0 when the
 * article opens otherwise.
 */
export function sidebarLead(blocks: readonly ArticleBlock[], removed: readonly RemovedBlock[]): number {
  const firstProse = blocks.findIndex((block) => isProse(block.text));
  if (firstProse < 2) return 0;
  // Where a list stood: a widget's list has two entries or more (a post's "#1" link is none).
  const entriesAt = new Map<number, number>();
  for (const r of removed) {
    if ((r.reason !== 'link-list' && r.reason !== 'navigation') || r.beforeBlock < 1) continue;
    if (r.beforeBlock > firstProse) continue;
    const entries = r.text.split('\n').filter((line) => letters(line) > 0).length;
    entriesAt.set(r.beforeBlock, (entriesAt.get(r.beforeBlock) ?? 0) + entries);
  }
  const listsAt = [...entriesAt].filter(([, entries]) => entries >= ENTRIES_MIN).map(([at]) => at);
  if (listsAt.length < LISTS_MIN) return 0;
  if (listsAt.reduce((sum, at) => sum + (entriesAt.get(at) ?? 0), 0) < ENTRIES_TOTAL_MIN) return 0;
  const lead = Math.max(...listsAt);
  // A heading, a date or a byline among them is the article's own header, not a widget.
  const widgetLine = (block: ArticleBlock) =>
    block.kind !== 'heading' &&
    letters(block.text) <= SIDEBAR_LINE_MAX &&
    !isMetaLine(block.text) &&
    factsOfLine(block.text).author === null &&
    !/^by\s/i.test(block.text.trim());
  return blocks.slice(0, lead).every(widgetLine) ? lead : 0;
}

/**
 * The article without its first `lead` blocks, which join the removed text as navigation in the
 * place they stood; the removed text after them is placed against the blocks that remain.
 */
export function dropLead(
  blocks: ArticleBlock[],
  removed: RemovedBlock[],
  lead: number,
): { blocks: ArticleBlock[]; removed: RemovedBlock[] } {
  if (lead <= 0) return { blocks, removed };
  const moved: RemovedBlock[] = [];
  let next = removed.length;
  const before = (at: number) =>
    removed.filter((r) => r.beforeBlock === at).map((r) => ({ ...r, beforeBlock: 0 }));
  for (let i = 0; i < lead; i++) {
    moved.push(...before(i));
    moved.push({ id: `r${next++}`, text: blocks[i].text, reason: 'navigation', beforeBlock: 0 });
  }
  const after = removed
    .filter((r) => r.beforeBlock >= lead)
    .map((r) => ({ ...r, beforeBlock: r.beforeBlock - lead }));
  return { blocks: blocks.slice(lead), removed: [...moved, ...after] };
}
