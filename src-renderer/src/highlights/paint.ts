/**
 * Paints anchored highlights with the CSS Custom Highlight API: ranges registered per color, no
 * change to the article's DOM (so offsets, selection and React's rendering are untouched).
 * See docs/highlight-rendering.md for the measurement against wrapping text in <mark>.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../db/models';
import { rangeFromOffsets } from '../reader/text-map';

export interface PaintedHighlight {
  id: string;
  color: HighlightColor;
  start: number;
  end: number;
}

const FOCUS = 'gloss-focus';
const FLASH = 'gloss-flash';

interface CssHighlights {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

function registry(): { highlights: CssHighlights; Highlight: new (...ranges: Range[]) => unknown } | null {
  const css = globalThis.CSS as unknown as { highlights?: CssHighlights } | undefined;
  const HighlightClass = (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown })
    .Highlight;
  if (!css?.highlights || !HighlightClass) return null;
  return { highlights: css.highlights, Highlight: HighlightClass };
}

export function supportsCustomHighlights(): boolean {
  return registry() !== null;
}

/**
 * Registers every highlight's range under its color; returns how many were painted. `ranges`
 * keeps the DOM ranges of earlier paints (valid while the article's DOM is the same), so a
 * change to one highlight does not map the other thousands again.
 */
export function paintHighlights(
  container: HTMLElement,
  blockOffsets: readonly number[],
  items: readonly PaintedHighlight[],
  ranges: Map<string, Range | null> = new Map(),
): number {
  const api = registry();
  if (!api) return 0;
  const byColor = new Map<HighlightColor, Range[]>(HIGHLIGHT_COLORS.map((c) => [c, []]));
  let painted = 0;
  for (const item of items) {
    const key = `${item.start}:${item.end}`;
    let range = ranges.get(key);
    if (range === undefined || (range && !container.contains(range.startContainer))) {
      range = rangeFromOffsets(container, blockOffsets, item.start, item.end);
      ranges.set(key, range);
    }
    if (!range) continue;
    byColor.get(item.color)?.push(range);
    painted++;
  }
  // Change the registered sets in place, by difference: replacing them makes the browser
  // repaint every highlighted passage of the article, which on a long one takes most of a second.
  const registered = api.highlights as unknown as Map<string, Set<Range>>;
  for (const [color, wanted] of byColor) {
    const current = registered.get(`gloss-${color}`);
    if (!current) {
      api.highlights.set(`gloss-${color}`, new api.Highlight(...wanted));
      continue;
    }
    const keep = new Set(wanted);
    for (const range of [...current]) if (!keep.has(range)) current.delete(range);
    for (const range of wanted) if (!current.has(range)) current.add(range);
  }
  return painted;
}

/** Paints one new highlight at once, before the database round trip repaints them all. */
export function paintOne(color: HighlightColor, range: Range): void {
  const api = registry();
  if (!api) return;
  const existing = (api.highlights as unknown as Map<string, Set<Range>>).get(`gloss-${color}`);
  if (existing) existing.add(range);
  else api.highlights.set(`gloss-${color}`, new api.Highlight(range));
}

export function clearHighlights(): void {
  const api = registry();
  if (!api) return;
  for (const color of HIGHLIGHT_COLORS) api.highlights.delete(`gloss-${color}`);
  api.highlights.delete(FOCUS);
  api.highlights.delete(FLASH);
}

/** Outlines the focused highlight (keyboard and click focus). */
export function paintFocus(
  container: HTMLElement,
  blockOffsets: readonly number[],
  item: { start: number; end: number } | null,
): void {
  const api = registry();
  if (!api) return;
  const range = item ? rangeFromOffsets(container, blockOffsets, item.start, item.end) : null;
  if (range) api.highlights.set(FOCUS, new api.Highlight(range));
  else api.highlights.delete(FOCUS);
}

/** Briefly flashes a passage the person jumped to. */
export function flashPassage(
  container: HTMLElement,
  blockOffsets: readonly number[],
  item: { start: number; end: number },
): void {
  const api = registry();
  if (!api) return;
  const range = rangeFromOffsets(container, blockOffsets, item.start, item.end);
  if (!range) return;
  api.highlights.set(FLASH, new api.Highlight(range));
  window.setTimeout(() => api.highlights.delete(FLASH), 1200);
}

/**
 * The innermost highlight at a canonical-text offset: among those containing it, the shortest
 * (nested and overlapping highlights both stay reachable by clicking).
 */
export function innermostAt<T extends { start: number; end: number }>(
  items: readonly T[],
  offset: number,
): T | null {
  let best: T | null = null;
  for (const item of items) {
    if (item.start <= offset && offset < item.end && (!best || item.end - item.start < best.end - best.start))
      best = item;
  }
  return best;
}
