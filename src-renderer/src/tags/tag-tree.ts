/**
 * Tag hierarchy: names with `/` form a tree (`policy/milestone` sits under `policy`). Pure
 * functions, shared by the tag manager, the passages filter and the timeline.
 */
import type { Tag } from '../db/models';

/** True when `name` is the filter tag itself or one of its descendants. */
export function tagMatches(filter: string, name: string): boolean {
  return (
    name === filter || (name.length > filter.length && name.startsWith(filter) && name[filter.length] === '/')
  );
}

/** `a/b/c` → `['a', 'a/b', 'a/b/c']`: the name and every parent it implies. */
export function tagWithAncestors(name: string): string[] {
  const result: string[] = [];
  let from = 0;
  for (;;) {
    const slash = name.indexOf('/', from);
    if (slash < 0) break;
    result.push(name.slice(0, slash));
    from = slash + 1;
  }
  result.push(name);
  return result;
}

export interface TagUsage {
  highlights: number;
  articles: number;
}

export interface TagNode {
  /** Full name, e.g. `policy/milestone`. */
  name: string;
  /** Last part of the name, e.g. `milestone`. */
  label: string;
  depth: number;
  /** The stored record; null for a parent only implied by its children's names. */
  tag: Tag | null;
  /** Uses of this exact name. */
  usage: TagUsage;
  /** Uses of this name and every descendant (an item carrying two of them counts twice). */
  total: number;
  children: TagNode[];
}

const compareLabels = (a: TagNode, b: TagNode): number =>
  a.label.localeCompare(b.label, undefined, { numeric: true, sensitivity: 'base' }) ||
  (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

/**
 * The tag tree: every stored tag, every name in use (even without a record) and the parents
 * their names imply, siblings in natural order.
 */
export function buildTagTree(
  tags: readonly (Tag | string)[],
  usage: ReadonlyMap<string, TagUsage> = new Map(),
): TagNode[] {
  const records = new Map<string, Tag>();
  for (const tag of tags) if (typeof tag !== 'string') records.set(tag.name, tag);
  const names = new Set<string>();
  for (const tag of tags) names.add(typeof tag === 'string' ? tag : tag.name);
  for (const name of usage.keys()) names.add(name);

  const nodes = new Map<string, TagNode>();
  const roots: TagNode[] = [];
  const nodeFor = (name: string): TagNode => {
    let node = nodes.get(name);
    if (node) return node;
    const slash = name.lastIndexOf('/');
    node = {
      name,
      label: slash < 0 ? name : name.slice(slash + 1),
      depth: slash < 0 ? 0 : name.split('/').length - 1,
      tag: records.get(name) ?? null,
      usage: usage.get(name) ?? { highlights: 0, articles: 0 },
      total: 0,
      children: [],
    };
    nodes.set(name, node);
    if (slash < 0) roots.push(node);
    else nodeFor(name.slice(0, slash)).children.push(node);
    return node;
  };
  for (const name of names) if (name) nodeFor(name);

  const finish = (list: TagNode[]): number => {
    list.sort(compareLabels);
    let sum = 0;
    for (const node of list) {
      node.total = node.usage.highlights + node.usage.articles + finish(node.children);
      sum += node.total;
    }
    return sum;
  };
  finish(roots);
  return roots;
}

/** The tree in display order, depth first, skipping the children of collapsed names. */
export function flattenTagTree(
  roots: readonly TagNode[],
  collapsed: ReadonlySet<string> = new Set(),
): TagNode[] {
  const out: TagNode[] = [];
  const walk = (list: readonly TagNode[]) => {
    for (const node of list) {
      out.push(node);
      if (!collapsed.has(node.name)) walk(node.children);
    }
  };
  walk(roots);
  return out;
}
