/** Tag actions on the database (fake-indexeddb): rename, merge, delete, color, hotkey, article tags, undo. */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src-renderer/src/db/db';
import type { Article, Highlight, Tag } from '../../src-renderer/src/db/models';
import {
  buildTagTree,
  deleteTag,
  flattenTagTree,
  mergeTags,
  renameTag,
  setArticleTags,
  setTagColor,
  setTagHotkey,
  tagMatches,
  tagUsage,
  tagWithAncestors,
} from '../../src-renderer/src/tags/tag-store';
import { existingTagName, suggestTags } from '../../src-renderer/src/tags/tag-suggestions';
import { undoStack } from '../../src-renderer/src/undo/undo-stack';
import { articleRecord } from './support/article-record';

const T0 = '2024-01-01T00:00:00.000Z';

function article(id: string, tags: string[] = []): Article {
  return articleRecord(id, { importedAt: T0, charCount: 100, encodingSource: 'bom', tags });
}

function highlight(id: string, tags: string[], articleId = 'a1'): Highlight {
  return {
    id,
    articleId,
    color: 'yellow',
    quote: { type: 'TextQuoteSelector', exact: `quote ${id}`, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 5 },
    note: '',
    tags,
    date: null,
    createdAt: T0,
    updatedAt: T0,
  };
}

const tag = (name: string, color = '#111111', hotkey: number | null = null): Tag => ({
  name,
  color,
  hotkey,
  createdAt: T0,
});

async function snapshot() {
  return {
    articles: await db.articles.orderBy('id').toArray(),
    highlights: await db.highlights.orderBy('id').toArray(),
    tags: await db.tags.orderBy('name').toArray(),
  };
}

const tagsOf = async (id: string) => (await db.highlights.get(id))!.tags;

beforeEach(async () => {
  await Promise.all([db.articles.clear(), db.highlights.clear(), db.tags.clear()]);
});

describe('renameTag', () => {
  beforeEach(async () => {
    await db.tags.bulkAdd([
      tag('policy', '#aa0000', 3),
      tag('policy/milestone', '#00aa00'),
      tag('policyX'),
      tag('other'),
    ]);
    await db.articles.bulkAdd([article('a1', ['policy/milestone']), article('a2', ['other'])]);
    await db.highlights.bulkAdd([
      highlight('h1', ['policy']),
      highlight('h2', ['policy/milestone', 'other']),
      highlight('h3', ['policyX']),
      highlight('h4', ['other']),
    ]);
  });

  it('renames the tag and its children on highlights, articles and tag records', async () => {
    const result = await renameTag('policy', 'law');
    expect(result).toEqual({ highlights: 2, articles: 1, merged: false });
    expect(await tagsOf('h1')).toEqual(['law']);
    expect(await tagsOf('h2')).toEqual(['law/milestone', 'other']);
    expect(await tagsOf('h3')).toEqual(['policyX']);
    expect((await db.articles.get('a1'))!.tags).toEqual(['law/milestone']);
    const names = (await db.tags.orderBy('name').toArray()).map((t) => [t.name, t.color, t.hotkey]);
    expect(names).toEqual([
      ['law', '#aa0000', 3],
      ['law/milestone', '#00aa00', null],
      ['other', '#111111', null],
      ['policyX', '#111111', null],
    ]);
    expect((await db.highlights.get('h1'))!.updatedAt).not.toBe(T0);
  });

  it('is undone to the exact previous records, and redone', async () => {
    const before = await snapshot();
    await renameTag('policy', 'law');
    const after = await snapshot();
    expect(await undoStack.undo()).toBe(true);
    expect(await snapshot()).toEqual(before);
    expect(await undoStack.redo()).toBe(true);
    expect(await snapshot()).toEqual(after);
  });

  it('merges when the new name exists: one tag per item, the target keeps its color', async () => {
    await db.highlights.put(highlight('h5', ['policy', 'other']));
    const result = await renameTag('policy', 'other');
    expect(result?.merged).toBe(true);
    expect(await tagsOf('h5')).toEqual(['other']);
    expect(await tagsOf('h2')).toEqual(['other/milestone', 'other']);
    const other = await db.tags.get('other');
    // The target had no hotkey, so it takes the renamed tag's.
    expect(other).toMatchObject({ color: '#111111', hotkey: 3 });
    expect(await db.tags.get('policy')).toBeUndefined();
    const usage = await tagUsage();
    expect(usage.get('other')).toEqual({ highlights: 4, articles: 1 });
    expect(usage.has('policy')).toBe(false);
  });

  it('moves a tag under itself without losing the child it already had', async () => {
    const before = await snapshot();
    await renameTag('policy', 'policy/milestone');
    expect(await tagsOf('h1')).toEqual(['policy/milestone']);
    expect(await tagsOf('h2')).toEqual(['policy/milestone/milestone', 'other']);
    expect((await db.tags.get('policy/milestone'))!.color).toBe('#aa0000');
    expect((await db.tags.get('policy/milestone/milestone'))!.color).toBe('#00aa00');
    await undoStack.undo();
    expect(await snapshot()).toEqual(before);
  });

  it('does nothing for the same name or an empty one', async () => {
    expect(await renameTag('policy', ' policy ')).toBeNull();
    expect(await renameTag('policy', ' / ')).toBeNull();
  });
});

describe('mergeTags', () => {
  it('moves every use of the source and its children onto the target, undoably', async () => {
    await db.tags.bulkAdd([tag('draft', '#000001', 1), tag('draft/old'), tag('todo', '#000002', 2)]);
    await db.articles.bulkAdd([article('a1', ['draft', 'todo'])]);
    await db.highlights.bulkAdd([
      highlight('h1', ['draft']),
      highlight('h2', ['draft/old']),
      highlight('h3', ['todo', 'draft']),
    ]);
    const before = await snapshot();
    const result = await mergeTags('draft', 'todo');
    expect(result).toEqual({ highlights: 3, articles: 1, merged: true });
    expect(await tagsOf('h1')).toEqual(['todo']);
    expect(await tagsOf('h2')).toEqual(['todo/old']);
    expect(await tagsOf('h3')).toEqual(['todo']);
    expect((await db.articles.get('a1'))!.tags).toEqual(['todo']);
    expect(await db.tags.get('todo')).toMatchObject({ color: '#000002', hotkey: 2 });
    expect((await db.tags.toArray()).map((t) => t.name).sort()).toEqual(['todo', 'todo/old']);
    expect(Object.fromEntries(await tagUsage())).toEqual({
      todo: { highlights: 2, articles: 1 },
      'todo/old': { highlights: 1, articles: 0 },
    });
    await undoStack.undo();
    expect(await snapshot()).toEqual(before);
  });
});

describe('deleteTag', () => {
  beforeEach(async () => {
    await db.tags.bulkAdd([tag('x'), tag('x/y'), tag('z')]);
    await db.articles.bulkAdd([article('a1', ['x', 'z']), article('a2', ['x/y'])]);
    await db.highlights.bulkAdd([
      highlight('h1', ['x']),
      highlight('h2', ['x', 'z']),
      highlight('h3', ['x/y']),
      highlight('h4', ['z']),
    ]);
  });

  it('removes the tag from every highlight and article, returns the uses, keeps children', async () => {
    expect(await deleteTag('x')).toBe(3);
    expect(await tagsOf('h1')).toEqual([]);
    expect(await tagsOf('h2')).toEqual(['z']);
    expect(await tagsOf('h3')).toEqual(['x/y']);
    expect((await db.articles.get('a1'))!.tags).toEqual(['z']);
    expect(await db.tags.get('x')).toBeUndefined();
    expect(await db.tags.get('x/y')).toBeDefined();
    const usage = await tagUsage();
    expect(usage.get('z')).toEqual({ highlights: 2, articles: 1 });
    expect(usage.has('x')).toBe(false);
  });

  it('removes the children too when asked, and is undone exactly', async () => {
    const before = await snapshot();
    expect(await deleteTag('x', { includeChildren: true })).toBe(5);
    expect((await db.tags.toArray()).map((t) => t.name)).toEqual(['z']);
    expect(await tagsOf('h3')).toEqual([]);
    await undoStack.undo();
    expect(await snapshot()).toEqual(before);
  });
});

describe('color, hotkey and article tags', () => {
  it('gives a hotkey to one tag at a time, undoably', async () => {
    await db.tags.bulkAdd([tag('a', '#1', 4), tag('b')]);
    const before = await snapshot();
    await setTagHotkey('b', 4);
    expect((await db.tags.get('a'))!.hotkey).toBeNull();
    expect((await db.tags.get('b'))!.hotkey).toBe(4);
    await undoStack.undo();
    expect(await snapshot()).toEqual(before);
    await expect(setTagHotkey('b', 10)).rejects.toThrow(RangeError);
    await setTagHotkey('a', null);
    expect((await db.tags.get('a'))!.hotkey).toBeNull();
  });

  it('changes a color and undoes it', async () => {
    await db.tags.add(tag('a', '#123456'));
    await setTagColor('a', '#654321');
    expect((await db.tags.get('a'))!.color).toBe('#654321');
    await undoStack.undo();
    expect((await db.tags.get('a'))!.color).toBe('#123456');
  });

  it('sets article tags, creating missing tag records, and undo removes what it created', async () => {
    await db.articles.add(article('a1', ['old']));
    await db.tags.add(tag('old'));
    const before = await snapshot();
    expect(await setArticleTags('a1', [' new ', 'old', 'new', 'topic / sub '])).toEqual([
      'new',
      'old',
      'topic/sub',
    ]);
    expect((await db.articles.get('a1'))!.tags).toEqual(['new', 'old', 'topic/sub']);
    expect((await db.tags.toArray()).map((t) => t.name).sort()).toEqual(['new', 'old', 'topic/sub']);
    await undoStack.undo();
    expect(await snapshot()).toEqual(before);
    expect(await setArticleTags('missing', ['x'])).toBeNull();
  });
});

describe('tag hierarchy', () => {
  it('matches a parent with its children only', () => {
    expect(tagMatches('policy', 'policy')).toBe(true);
    expect(tagMatches('policy', 'policy/milestone')).toBe(true);
    expect(tagMatches('policy', 'policyX')).toBe(false);
    expect(tagMatches('policy/milestone', 'policy')).toBe(false);
    expect(tagWithAncestors('a/b/c')).toEqual(['a', 'a/b', 'a/b/c']);
  });

  it('builds a tree with implied parents, own counts and subtree totals', () => {
    const usage = new Map([
      ['policy/milestone', { highlights: 3, articles: 1 }],
      ['policy/law', { highlights: 2, articles: 0 }],
      ['zeta', { highlights: 1, articles: 0 }],
    ]);
    const tree = buildTagTree([tag('zeta'), tag('Alpha'), 'policy/milestone'], usage);
    expect(tree.map((n) => n.name)).toEqual(['Alpha', 'policy', 'zeta']);
    const policy = tree[1];
    expect(policy.tag).toBeNull();
    expect(policy.total).toBe(6);
    expect(policy.children.map((n) => [n.label, n.depth, n.total])).toEqual([
      ['law', 1, 2],
      ['milestone', 1, 4],
    ]);
    expect(flattenTagTree(tree, new Set(['policy'])).map((n) => n.name)).toEqual(['Alpha', 'policy', 'zeta']);
    expect(flattenTagTree(tree).map((n) => n.name)).toEqual([
      'Alpha',
      'policy',
      'policy/law',
      'policy/milestone',
      'zeta',
    ]);
  });
});

describe('tag suggestions', () => {
  const names = ['policy', 'policy/milestone', 'milestone', 'Economy', 'history/china', 'misc'];

  it('offers names containing the text, prefix and path-part matches first, chosen ones left out', () => {
    expect(suggestTags(names, 'mile', [])).toEqual(['milestone', 'policy/milestone']);
    expect(suggestTags(names, 'i', ['misc'])).toEqual([
      'history/china',
      'milestone',
      'policy',
      'policy/milestone',
    ]);
    expect(suggestTags(names, 'ECON', [])).toEqual(['Economy']);
    expect(suggestTags(names, '', ['policy'], 3)).toEqual(['Economy', 'history/china', 'milestone']);
    expect(suggestTags(names, 'zzz', [])).toEqual([]);
  });

  it('finds the existing spelling of a typed name', () => {
    expect(existingTagName(names, 'economy')).toBe('Economy');
    expect(existingTagName(names, 'econ')).toBeUndefined();
  });
});
