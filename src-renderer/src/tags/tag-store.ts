/**
 * Tags: the records behind tag names used on highlights and articles, and the actions on them
 * (rename, merge, color, hotkey, delete, article tags). `ensureTags` runs inside the caller's
 * transaction, so a highlight and its new tags are written together. Every action writes all
 * it touches in one transaction and pushes an undo entry holding the before-images.
 */
import type { EntityTable } from 'dexie';
import { db } from '../db/db';
import type { Article, Highlight, Tag } from '../db/models';
import { undoable, undoStack } from '../undo/undo-stack';
import { undoLabel, type UndoLabel } from '../undo/undo-label';
import { RecordChanges } from './record-changes';
import { tagMatches, type TagUsage } from './tag-tree';
import { recordTagRename } from '../sync/tag-renames';

export {
  buildTagTree,
  flattenTagTree,
  tagMatches,
  tagWithAncestors,
  type TagNode,
  type TagUsage,
} from './tag-tree';

/** Colors new tags get, in turn; readable on light and dark backgrounds. */
export const TAG_PALETTE = [
  '#b45309',
  '#047857',
  '#1d4ed8',
  '#be185d',
  '#6d28d9',
  '#0e7490',
  '#4d7c0f',
  '#9f1239',
  '#475569',
];

/** A tag name as stored: trimmed, inner white space collapsed, no empty path parts. */
export function normalizeTagName(name: string): string {
  return name
    .split('/')
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .join('/');
}

/** Names normalized, empty ones dropped, duplicates removed (first occurrence kept). */
export function normalizeTagList(names: readonly string[]): string[] {
  return [...new Set(names.map(normalizeTagName).filter(Boolean))];
}

function colorFor(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return TAG_PALETTE[hash % TAG_PALETTE.length];
}

/** Creates the tags that do not exist yet. Call inside a transaction that includes db.tags. */
export async function ensureTags(names: readonly string[], now = new Date().toISOString()): Promise<void> {
  const unique = normalizeTagList(names);
  if (unique.length === 0) return;
  const existing = await db.tags.bulkGet(unique);
  const missing: Tag[] = unique
    .filter((_, i) => !existing[i])
    .map((name) => ({ name, color: colorFor(name), hotkey: null, createdAt: now }));
  if (missing.length > 0) await db.tags.bulkAdd(missing);
}

export interface TagActionOptions {
  /** What the status line shows for Undo; the UI passes it translated. */
  label?: UndoLabel;
  /** False for a rename that arrived through sync (no undo entry, no new rename record). */
  undoable?: boolean;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Records carrying `name` (and, with `children`, any `name/…`), read through the multiEntry index. */
function recordsWithTag<T extends { id: string; tags: string[] }>(
  table: EntityTable<T, 'id'>,
  name: string,
  children: boolean,
): Promise<T[]> {
  const matches = children ? (tag: string) => tagMatches(name, tag) : (tag: string) => tag === name;
  const candidates = children
    ? table.where('tags').startsWith(name).distinct()
    : table.where('tags').equals(name);
  return candidates.filter((record) => record.tags.some(matches)).toArray();
}

/** Tag records for names that have none yet, recorded as part of the change. */
export async function addMissingTags(
  changes: RecordChanges,
  names: Iterable<string>,
  now: string,
): Promise<void> {
  for (const name of new Set(names)) {
    if (changes.current('tags', name, await db.tags.get(name))) continue;
    changes.set('tags', name, undefined, { name, color: colorFor(name), hotkey: null, createdAt: now });
  }
}

/** Tag actions read and write articles, highlights and tags together, all or nothing. */
function inTagTransaction<T>(work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.articles, db.highlights, db.tags, work);
}

function pushUndo(changes: RecordChanges, label: UndoLabel): void {
  if (changes.isEmpty) return;
  undoStack.push({ label, undo: () => changes.write('before'), redo: () => changes.write('after') });
}

export interface RenameResult {
  /** Highlights and articles whose tags changed. */
  highlights: number;
  articles: number;
  /** True when the new name (or a child's) already existed and the tags were merged into it. */
  merged: boolean;
}

/**
 * Renames a tag and its children (`from/x` → `to/x`) on every highlight and article, in one
 * transaction. Renaming onto an existing name merges: the existing record keeps its color and
 * takes the renamed tag's hotkey only when it has none.
 */
export const renameTag = undoable(async function renameTag(
  from: string,
  to: string,
  options: TagActionOptions = {},
): Promise<RenameResult | null> {
  const source = normalizeTagName(from);
  const target = normalizeTagName(to);
  if (!source || !target || source === target) return null;
  const rename = (name: string): string =>
    tagMatches(source, name) ? target + name.slice(source.length) : name;
  const changes = new RecordChanges();
  let merged = false;

  await inTagTransaction(async () => {
    const now = new Date().toISOString();
    const usedNames: string[] = [];
    for (const highlight of await recordsWithTag<Highlight>(db.highlights, source, true)) {
      const tags = normalizeTagList(highlight.tags.map(rename));
      usedNames.push(...tags.filter((tag) => tagMatches(target, tag)));
      if (!sameList(tags, highlight.tags))
        changes.set('highlights', highlight.id, highlight, { ...highlight, tags, updatedAt: now });
    }
    for (const article of await recordsWithTag<Article>(db.articles, source, true)) {
      const tags = normalizeTagList(article.tags.map(rename));
      usedNames.push(...tags.filter((tag) => tagMatches(target, tag)));
      if (!sameList(tags, article.tags)) changes.set('articles', article.id, article, { ...article, tags });
    }

    const records = await db.tags
      .where('name')
      .startsWith(source)
      .filter((tag) => tagMatches(source, tag.name))
      .toArray();
    for (const record of records) changes.set('tags', record.name, record, undefined);
    for (const record of records) {
      const name = rename(record.name);
      const existing = changes.current('tags', name, await db.tags.get(name));
      if (!existing) {
        changes.set('tags', name, undefined, { ...record, name });
        continue;
      }
      merged = true;
      if (existing.hotkey === null && record.hotkey !== null)
        changes.set('tags', name, existing, { ...existing, hotkey: record.hotkey });
    }
    for (const name of usedNames) {
      if (!changes.has('tags', name) && (await db.tags.get(name))) merged = true;
    }
    await addMissingTags(changes, usedNames, now);
    await changes.write('after');
  });

  if (options.undoable !== false) {
    pushUndo(changes, options.label ?? undoLabel('tags.undo.rename'));
    await recordTagRename(source, target);
  }
  return { highlights: changes.count('highlights'), articles: changes.count('articles'), merged };
});

/** Moves every use of `source` (and its children) onto `target`, which keeps its color and hotkey. */
export function mergeTags(
  source: string,
  target: string,
  options: TagActionOptions = {},
): Promise<RenameResult | null> {
  return renameTag(source, target, {
    ...options,
    label: options.label ?? undoLabel('tags.undo.merge'),
  });
}

export interface DeleteTagOptions extends TagActionOptions {
  /** Also delete `name/…`. Without it, children keep their names and the parent stays implied. */
  includeChildren?: boolean;
}

/** Removes a tag from every highlight and article and deletes its record; returns how many uses it had. */
export const deleteTag = undoable(async function deleteTag(
  name: string,
  options: DeleteTagOptions = {},
): Promise<number> {
  const tagName = normalizeTagName(name);
  if (!tagName) return 0;
  const children = options.includeChildren ?? false;
  const doomed = children ? (tag: string) => tagMatches(tagName, tag) : (tag: string) => tag === tagName;
  const changes = new RecordChanges();

  await inTagTransaction(async () => {
    const now = new Date().toISOString();
    for (const highlight of await recordsWithTag<Highlight>(db.highlights, tagName, children)) {
      changes.set('highlights', highlight.id, highlight, {
        ...highlight,
        tags: highlight.tags.filter((tag) => !doomed(tag)),
        updatedAt: now,
      });
    }
    for (const article of await recordsWithTag<Article>(db.articles, tagName, children)) {
      changes.set('articles', article.id, article, {
        ...article,
        tags: article.tags.filter((tag) => !doomed(tag)),
      });
    }
    const records = children
      ? await db.tags
          .where('name')
          .startsWith(tagName)
          .filter((tag) => doomed(tag.name))
          .toArray()
      : [await db.tags.get(tagName)].filter((tag): tag is Tag => tag !== undefined);
    for (const record of records) changes.set('tags', record.name, record, undefined);
    await changes.write('after');
  });

  pushUndo(changes, options.label ?? undoLabel('tags.undo.delete'));
  return changes.count('highlights') + changes.count('articles');
});

/** Sets a tag's CSS color, creating the record when the name is used but has none. */
export const setTagColor = undoable(async function setTagColor(
  name: string,
  color: string,
  options: TagActionOptions = {},
): Promise<void> {
  const tagName = normalizeTagName(name);
  if (!tagName) return;
  const changes = new RecordChanges();
  await inTagTransaction(async () => {
    const before = await db.tags.get(tagName);
    if (before?.color === color) return;
    const base = before ?? { name: tagName, color, hotkey: null, createdAt: new Date().toISOString() };
    changes.set('tags', tagName, before, { ...base, color });
    await changes.write('after');
  });
  pushUndo(changes, options.label ?? undoLabel('tags.undo.color'));
});

/** Gives a tag the hotkey Shift+1…9 (or none); the tag that had it loses it. */
export const setTagHotkey = undoable(async function setTagHotkey(
  name: string,
  hotkey: number | null,
  options: TagActionOptions = {},
): Promise<void> {
  const tagName = normalizeTagName(name);
  if (!tagName) return;
  if (hotkey !== null && !(Number.isInteger(hotkey) && hotkey >= 1 && hotkey <= 9)) {
    throw new RangeError(`A tag hotkey is 1 to 9 or none, not ${hotkey}`);
  }
  const changes = new RecordChanges();
  await inTagTransaction(async () => {
    const before = await db.tags.get(tagName);
    if (before && before.hotkey === hotkey) return;
    if (hotkey !== null) {
      const holders = await db.tags.filter((tag) => tag.hotkey === hotkey && tag.name !== tagName).toArray();
      for (const holder of holders) changes.set('tags', holder.name, holder, { ...holder, hotkey: null });
    }
    const base = before ?? {
      name: tagName,
      color: colorFor(tagName),
      hotkey: null,
      createdAt: new Date().toISOString(),
    };
    changes.set('tags', tagName, before, { ...base, hotkey });
    await changes.write('after');
  });
  pushUndo(changes, options.label ?? undoLabel('tags.undo.hotkey'));
});

/** The tag that Shift+`hotkey` applies, if any. */
export async function tagWithHotkey(hotkey: number): Promise<Tag | undefined> {
  return db.tags.filter((tag) => tag.hotkey === hotkey).first();
}

/** Replaces an article's tags (normalized, deduplicated), creating missing tag records; undoable. */
export const setArticleTags = undoable(async function setArticleTags(
  articleId: string,
  tags: readonly string[],
  options: TagActionOptions = {},
): Promise<string[] | null> {
  const names = normalizeTagList(tags);
  const changes = new RecordChanges();
  let found = false;
  await inTagTransaction(async () => {
    const before = await db.articles.get(articleId);
    if (!before) return;
    found = true;
    if (sameList(before.tags, names)) return;
    changes.set('articles', articleId, before, { ...before, tags: names });
    await addMissingTags(changes, names, new Date().toISOString());
    await changes.write('after');
  });
  if (!found) return null;
  pushUndo(changes, options.label ?? undoLabel('tags.undo.articleTags'));
  return names;
});

/**
 * Uses of each tag name: highlights and articles carrying it. Reads only the multiEntry index
 * keys, never the records, so it stays cheap with tens of thousands of highlights.
 */
export async function tagUsage(): Promise<Map<string, TagUsage>> {
  const [highlightKeys, articleKeys] = await Promise.all([
    db.highlights.orderBy('tags').keys(),
    db.articles.orderBy('tags').keys(),
  ]);
  const usage = new Map<string, TagUsage>();
  const entry = (name: string): TagUsage => {
    let counts = usage.get(name);
    if (!counts) usage.set(name, (counts = { highlights: 0, articles: 0 }));
    return counts;
  };
  for (const key of highlightKeys) entry(String(key)).highlights++;
  for (const key of articleKeys) entry(String(key)).articles++;
  return usage;
}
