/** The reading workflow's writes (fake-indexeddb): status for many at once with undo, bulk tags, opening, progress, the version 2 upgrade. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, GlossDB } from '../../src-renderer/src/db/db';

import { undoStack } from '../../src-renderer/src/undo/undo-stack';
import {
  addTagToArticles,
  markOpened,
  saveReadingProgress,
  setReadingStatus,
} from '../../src-renderer/src/workflow/reading-workflow';
import { articleRecord } from './support/article-record';
import { undoLabel } from '../../src-renderer/src/undo/undo-label';

const article = articleRecord;

beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.articles.bulkAdd([article('a'), article('b', { tags: ['红色'] }), article('c')]);
});

describe('reading workflow', () => {
  it('sets the status of many articles as one undoable step', async () => {
    expect(await setReadingStatus(['a', 'b'], 'finished', undoLabel('status.set.finished'))).toBe(2);
    expect((await db.articles.bulkGet(['a', 'b', 'c'])).map((a) => a?.status)).toEqual([
      'finished',
      'finished',
      undefined,
    ]);
    await undoStack.undo();
    expect((await db.articles.bulkGet(['a', 'b'])).map((a) => a?.status)).toEqual([undefined, undefined]);
    await undoStack.redo();
    expect((await db.articles.get('b'))?.status).toBe('finished');
  });

  it('adds one tag to many articles, creating the tag, and undoes it', async () => {
    expect(
      await addTagToArticles(['a', 'b', 'c'], '红色', undoLabel('library.bulkTagged', { tag: '红色' })),
    ).toBe(2);
    expect((await db.articles.toArray()).map((a) => a.tags)).toEqual([['红色'], ['红色'], ['红色']]);
    expect(await db.tags.get('红色')).toBeTruthy();
    await undoStack.undo();
    expect((await db.articles.toArray()).map((a) => a.tags)).toEqual([[], ['红色'], []]);
  });

  it('moves an Inbox article to Reading when opened, and keeps a finished one finished', async () => {
    await db.articles.update('c', { status: 'finished' });
    await markOpened('a', '2024-05-01T00:00:00.000Z');
    await markOpened('c', '2024-05-02T00:00:00.000Z');
    expect(await db.articles.get('a')).toMatchObject({
      status: 'reading',
      lastOpenedAt: '2024-05-01T00:00:00.000Z',
    });
    expect((await db.articles.get('c'))?.status).toBe('finished');
  });

  it('stores progress between 0 and 1 with the reading position', async () => {
    await saveReadingProgress('a', 120, 1.7);
    expect(await db.articles.get('a')).toMatchObject({ progress: 1, readingPosition: { offset: 120 } });
  });
});

describe('schema version 2', () => {
  it('gives articles of version 1 a status, progress and last opened', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores({ articles: 'id, &contentHash, importedAt, title, publishedAt, *tags' });
    await old
      .table('articles')
      .bulkAdd([
        article('x'),
        article('y', { readingPosition: { offset: 5, updatedAt: '2024-02-02T00:00:00.000Z' } }),
      ]);
    old.close();
    const upgraded = new GlossDB(name);
    expect(await upgraded.articles.get('x')).toMatchObject({
      status: 'inbox',
      progress: 0,
      lastOpenedAt: null,
    });
    expect(await upgraded.articles.get('y')).toMatchObject({
      status: 'reading',
      lastOpenedAt: '2024-02-02T00:00:00.000Z',
    });
    expect(await upgraded.articles.where('status').equals('reading').count()).toBe(1);
    upgraded.close();
  });
});
