/**
 * Writes to highlights: create, change color, note, tags and date, delete — each at once in a
 * Dexie transaction (so a crash or quit right after never loses it) and each undoable.
 */
import { db } from '../db/db';
import type { Highlight, HighlightColor } from '../db/models';
import { describeRange } from '../../../src-shared/anchoring';
import { ensureTags, normalizeTagName } from '../tags/tag-store';
import { undoStack } from '../undo/undo-stack';
import { undoLabel, type UndoLabel } from '../undo/undo-label';

export interface NewHighlight {
  articleId: string;
  /** The article's canonical text the offsets refer to. */
  text: string;
  start: number;
  end: number;
  color: HighlightColor;
  note?: string;
  tags?: string[];
  date?: Highlight['date'];
}

async function put(highlight: Highlight): Promise<void> {
  await db.transaction('rw', db.highlights, db.tags, async () => {
    await ensureTags(highlight.tags);
    await db.highlights.put(highlight);
  });
}

async function remove(id: string): Promise<void> {
  await db.highlights.delete(id);
}

/**
 * Each change reads the record it changes, so changes run one after another in the order they
 * were asked for: a note saved and a Delete pressed right after it, or two quick edits, never
 * read the record before the earlier one has written it (which would lose the note from undo,
 * or one of the edits). An undo pressed before a change has written waits for it too.
 */
let queue: Promise<unknown> = Promise.resolve();
function inOrder<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return undoStack.track(run);
}

export function createHighlight(
  input: NewHighlight,
  options: { undoLabel?: UndoLabel } = {},
): Promise<Highlight> {
  return inOrder(() => create(input, options));
}

async function create(input: NewHighlight, options: { undoLabel?: UndoLabel }): Promise<Highlight> {
  const now = new Date().toISOString();
  const { quote, position } = describeRange(input.text, input.start, input.end);
  const highlight: Highlight = {
    id: crypto.randomUUID(),
    articleId: input.articleId,
    color: input.color,
    quote,
    position,
    note: input.note ?? '',
    tags: [...new Set((input.tags ?? []).map(normalizeTagName).filter(Boolean))],
    date: input.date ?? null,
    createdAt: now,
    updatedAt: now,
  };
  await put(highlight);
  undoStack.push({
    label: options.undoLabel ?? undoLabel('highlights.created'),
    undo: () => remove(highlight.id),
    redo: () => put(highlight),
  });
  return highlight;
}

export type HighlightChange = Partial<
  Pick<Highlight, 'color' | 'note' | 'tags' | 'date' | 'quote' | 'position'>
>;

/** Applies a change and records it for undo; `coalesceKey` merges quick successive edits (typing a note). */
export function updateHighlight(
  id: string,
  change: HighlightChange,
  label = undoLabel('highlights.edited'),
  coalesceKey?: string,
): Promise<void> {
  return inOrder(() => update(id, change, label, coalesceKey));
}

async function update(
  id: string,
  change: HighlightChange,
  label: UndoLabel,
  coalesceKey?: string,
): Promise<void> {
  const before = await db.highlights.get(id);
  if (!before) return;
  const after: Highlight = {
    ...before,
    ...change,
    tags: change.tags ? [...new Set(change.tags.map(normalizeTagName).filter(Boolean))] : before.tags,
    updatedAt: new Date().toISOString(),
  };
  await put(after);
  if (
    coalesceKey &&
    lastCoalesce?.key === coalesceKey &&
    lastCoalesce.id === id &&
    Date.now() - lastCoalesce.at < 1500
  ) {
    lastCoalesce.at = Date.now();
    lastCoalesce.after = after;
    return;
  }
  const entry = { key: coalesceKey, id, at: Date.now(), after };
  lastCoalesce = coalesceKey ? entry : null;
  undoStack.push({
    label,
    undo: () => put(before),
    redo: () => put(entry.after),
  });
}

let lastCoalesce: { key?: string; id: string; at: number; after: Highlight } | null = null;

export function deleteHighlight(id: string, label = undoLabel('highlights.deleted')): Promise<void> {
  return inOrder(() => removeWithUndo(id, label));
}

async function removeWithUndo(id: string, label: UndoLabel): Promise<void> {
  const before = await db.highlights.get(id);
  if (!before) return;
  await remove(id);
  undoStack.push({ label, undo: () => put(before), redo: () => remove(id) });
}
