/**
 * Which existing tags the tag picker offers for what has been typed: names containing the text,
 * those starting with it (or with a path part starting with it) first; tags already chosen left out.
 */

/** Up to `limit` names for `query`; with an empty query, the first names in natural order. */
export function suggestTags(
  names: readonly string[],
  query: string,
  chosen: readonly string[],
  limit = 8,
): string[] {
  const taken = new Set(chosen.map((name) => name.toLowerCase()));
  const needle = query.trim().toLowerCase();
  const scored: { name: string; rank: number }[] = [];
  for (const name of names) {
    const lower = name.toLowerCase();
    if (taken.has(lower)) continue;
    if (!needle) {
      scored.push({ name, rank: 0 });
      continue;
    }
    const at = lower.indexOf(needle);
    if (at < 0) continue;
    const rank = at === 0 ? 0 : lower[at - 1] === '/' ? 1 : 2;
    scored.push({ name, rank });
  }
  scored.sort(
    (a, b) =>
      a.rank - b.rank || a.name.localeCompare(b.name, undefined, { numeric: true, sensitivity: 'base' }),
  );
  return scored.slice(0, limit).map((entry) => entry.name);
}

/** The existing name the typed text means (same letters, any case), if there is one. */
export function existingTagName(names: readonly string[], typed: string): string | undefined {
  const lower = typed.toLowerCase();
  return names.find((name) => name.toLowerCase() === lower);
}
