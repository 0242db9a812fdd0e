/**
 * Three-way merge of a note's Markdown with diff-match-patch: the changes each side made since
 * their common version are both applied. When they cannot both apply (the same words changed
 * two ways), nothing is dropped: the note keeps both versions under a conflict marker for the
 * person to resolve. The result does not depend on which side is "ours".
 */
import DiffMatchPatch from 'diff-match-patch';

export const CONFLICT_MARKER = '<!-- gloss:sync-conflict -->';

export interface TextMergeResult {
  text: string;
  /** True when both versions were kept because the edits overlapped. */
  conflict: boolean;
}

/** Whether a note holds an unresolved sync conflict. */
export function hasConflict(text: string): boolean {
  return text.includes(CONFLICT_MARKER);
}

/**
 * Merges `first` and `second`, both edited from `base`. Callers pass the sides in a fixed
 * order (the later edit first), so two replicas merging the same versions get the same text.
 */
export function mergeText(base: string, first: string, second: string): TextMergeResult {
  if (first === second) return { text: first, conflict: false };
  if (second === base) return { text: first, conflict: false };
  if (first === base) return { text: second, conflict: false };
  const dmp = new DiffMatchPatch();
  dmp.Match_Threshold = 0.3;
  dmp.Patch_DeleteThreshold = 0.3;
  const patches = dmp.patch_make(base, second);
  const [merged, applied] = dmp.patch_apply(patches, first);
  if (applied.every(Boolean) && cleanlyCombined(dmp, base, first, second, merged))
    return { text: merged, conflict: false };
  return { text: keepBoth(first, second), conflict: true };
}

/**
 * A patch can "apply" by fuzzy matching onto text the other side rewrote; require that every
 * character the first side inserted is still there, or call it a conflict.
 */
function cleanlyCombined(
  dmp: DiffMatchPatch,
  base: string,
  first: string,
  second: string,
  merged: string,
): boolean {
  const insertedBy = (edited: string) =>
    dmp
      .diff_main(base, edited)
      .filter(([op]) => op === 1)
      .map(([, text]) => text);
  return [...insertedBy(first), ...insertedBy(second)].every((text) => merged.includes(text));
}

function keepBoth(first: string, second: string): string {
  return `${first}\n\n${CONFLICT_MARKER}\n\n${second}`;
}
