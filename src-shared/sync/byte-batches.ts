/**
 * Cuts a list into consecutive groups whose sizes add up to at most a limit (an item larger
 * than the limit alone makes a group of its own: it cannot be cut, and the receiver says so).
 * The sync engine uses it to keep each replication request under what the main process carries.
 */
export function splitBySize<T>(items: readonly T[], sizeOf: (item: T) => number, limit: number): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = sizeOf(item);
    if (group.length > 0 && size + itemSize > limit) {
      groups.push(group);
      group = [];
      size = 0;
    }
    group.push(item);
    size += itemSize;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
