/**
 * Highlight changes asked for in quick succession apply in order: a note saved and a Delete
 * pressed before the note's write has finished still leave undo with the note, and two quick
 * edits of different fields both stay.
 */
import './support/renderer-globals';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src-renderer/src/db/db';
import {
  createHighlight,
  deleteHighlight,
  updateHighlight,
} from '../../src-renderer/src/highlights/highlight-store';
import { undoStack } from '../../src-renderer/src/undo/undo-stack';
import { undoLabel } from '../../src-renderer/src/undo/undo-label';

const TEXT = '深圳和毕节的距离不断缩短、联系日益密切，形成了无法割舍的血肉亲情。';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('highlight changes in quick succession', () => {
  it('a Delete right after a note keeps the note for undo', async () => {
    const highlight = await createHighlight({ articleId: 'a1', text: TEXT, start: 0, end: 8, color: 'blue' });
    // No await between the two: the note's write and the delete are both in flight.
    const noted = updateHighlight(
      highlight.id,
      { note: 'started before 1997' },
      undoLabel('highlights.noteEdited'),
      'note',
    );
    const deleted = deleteHighlight(highlight.id);
    await Promise.all([noted, deleted]);
    expect(await db.highlights.get(highlight.id)).toBeUndefined();
    await undoStack.undo();
    expect((await db.highlights.get(highlight.id))?.note).toBe('started before 1997');
  });

  it('two quick edits of different fields are both kept', async () => {
    const highlight = await createHighlight({ articleId: 'a1', text: TEXT, start: 0, end: 8, color: 'blue' });
    await Promise.all([
      updateHighlight(highlight.id, { note: 'a note' }),
      updateHighlight(highlight.id, { color: 'pink' }),
    ]);
    const stored = await db.highlights.get(highlight.id);
    expect(stored?.note).toBe('a note');
    expect(stored?.color).toBe('pink');
  });
});
