/**
 * Documents by tag, so that a `tag:` filter starts from the tagged documents instead of scanning
 * every document's tags. Lists only grow (documents are numbered in the order they are added);
 * a removed document stays listed and is dropped by the caller's liveness and tag checks.
 */
import { intersect } from './gram-index';

export class TagIndex {
  private byTag = new Map<string, number[]>();

  add(doc: number, tags: readonly string[]): void {
    if (tags.length === 0) return;
    const distinct = tags.length === 1 ? [tags[0].toLowerCase()] : new Set(tags.map((t) => t.toLowerCase()));
    for (const tag of distinct) {
      const list = this.byTag.get(tag);
      if (list) list.push(doc);
      else this.byTag.set(tag, [doc]);
    }
  }

  /**
   * Documents carrying every wanted tag (lower case), where a tag `a` is carried by a document
   * tagged `a` or `a/…`; ascending, may include removed documents.
   */
  docs(wanted: readonly string[]): number[] {
    let result: number[] | null = null;
    for (const w of wanted) {
      const lists: number[][] = [];
      for (const [tag, list] of this.byTag) if (tag === w || tag.startsWith(`${w}/`)) lists.push(list);
      const union = lists.length === 1 ? lists[0] : unionSorted(lists);
      result = result === null ? union : intersect(result, union);
      if (result.length === 0) break;
    }
    return result ?? [];
  }
}

function unionSorted(lists: number[][]): number[] {
  const all: number[] = [];
  for (const list of lists) for (const doc of list) all.push(doc);
  all.sort((a, b) => a - b);
  let unique = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[unique++] = all[i];
  all.length = unique;
  return all;
}
