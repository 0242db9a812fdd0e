/**
 * Highlight changes asked for in quick succession apply in order: a note saved and a Delete
 * pressed before the note's write has finished still leave undo with the note, an undo pressed
 * while the delete is still writing undoes the delete (not the note before it), and two quick
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

  it('an undo pressed while the delete is still writing brings the highlight back with its note', async () => {
    const highlight = await createHighlight({ articleId: 'a1', text: TEXT, start: 0, end: 8, color: 'blue' });
    await updateHighlight(
      highlight.id,
      { note: 'started before 1997' },
      undoLabel('highlights.noteEdited'),
      'note',
    );
    // The list hides the highlight as soon as the delete starts; Ctrl+Z can come before it commits.
    const deleted = deleteHighlight(highlight.id);
    const undone = undoStack.undo();
    await Promise.all([deleted, undone]);
    expect((await db.highlights.get(highlight.id))?.note).toBe('started before 1997');
    // The note's own entry is still there, under the delete's.
    await undoStack.undo();
    expect((await db.highlights.get(highlight.id))?.note).toBe('');
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
