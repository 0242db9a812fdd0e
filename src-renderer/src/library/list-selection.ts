/**
 * Many-article selection in the library, as people know it from file managers: a click selects
 * one row, Ctrl/Cmd-click adds or removes a row, Shift-click (or Shift+arrows) selects the range
 * from the anchor, Ctrl/Cmd+A selects every listed row. Pure: the list's order comes in.
 */
export interface ListSelection {
  ids: ReadonlySet<string>;
  /** Where a Shift range starts. */
  anchor: string | null;
}

export const EMPTY_SELECTION: ListSelection = { ids: new Set(), anchor: null };

export type SelectGesture = 'only' | 'toggle' | 'range';

export function select(
  selection: ListSelection,
  order: readonly string[],
  id: string,
  gesture: SelectGesture,
): ListSelection {
  if (gesture === 'toggle') {
    const ids = new Set(selection.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    return { ids, anchor: id };
  }
  if (gesture === 'range' && selection.anchor !== null) {
    const from = order.indexOf(selection.anchor);
    const to = order.indexOf(id);
    if (from >= 0 && to >= 0) {
      const [a, b] = from <= to ? [from, to] : [to, from];
      return { ids: new Set(order.slice(a, b + 1)), anchor: selection.anchor };
    }
  }
  return { ids: new Set([id]), anchor: id };
}

export function selectAll(order: readonly string[]): ListSelection {
  return { ids: new Set(order), anchor: order[0] ?? null };
}

/** Drops ids no longer listed (filtered out or deleted). */
export function keepListed(selection: ListSelection, order: readonly string[]): ListSelection {
  const listed = new Set(order);
  if ([...selection.ids].every((id) => listed.has(id))) return selection;
  return {
    ids: new Set([...selection.ids].filter((id) => listed.has(id))),
    anchor: selection.anchor !== null && listed.has(selection.anchor) ? selection.anchor : null,
  };
}

/** The article before or after `current` in the list (for the next/previous article keys). */
export function neighbour(order: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.indexOf(current);
  if (at < 0) return step > 0 ? order[0] : order[order.length - 1];
  const next = at + step;
  return next >= 0 && next < order.length ? order[next] : null;
}
