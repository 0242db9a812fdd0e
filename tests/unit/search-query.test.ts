/** Search folding and the query language. */
import { describe, expect, it } from 'vitest';
import { fold } from '../../src-shared/search/fold';
import { parseQuery, stem } from '../../src-shared/search/query';
import { findAll } from '../../src-shared/search/match';

describe('fold', () => {
  it('folds full-width, NFKC forms and case', () => {
    expect(fold('ＡＢＣ１２')).toBe('abc12');
    expect(fold('Hello ＷＯＲＬＤ')).toBe('hello world');
    expect(fold('ｶﾀｶﾅ')).toBe('カタカナ');
  });

  it('maps Traditional Chinese to Simplified, both ways finding each other', () => {
    expect(fold('記者')).toBe('记者');
    expect(fold('記者')).toBe(fold('记者'));
    expect(fold('發展臺灣頭髮')).toBe('发展台湾头发');
  });

  it('keeps the length: every offset of the folded text is the same offset in the original', () => {
    const samples = ['ﬁne ㈱ ①', '𠀋 emoji 😀 and Ǆ', 'İstanbul ß', '铁路１２３０６号'];
    for (const text of samples) expect(fold(text)).toHaveLength(text.length);
    expect(fold('ﬁ')).toBe('ﬁ');
  });
});

describe('parseQuery', () => {
  it('makes CJK runs substrings and Latin words stemmed prefixes', () => {
    const q = parseQuery('精确 Searching 铁路12306');
    expect(q.terms).toEqual([
      { text: '精确', mode: 'substring', raw: '精确' },
      { text: 'search', mode: 'prefix', raw: 'Searching' },
      { text: '铁路12306', mode: 'substring', raw: '铁路12306' },
    ]);
  });

  it('reads phrases, exclusions and filters', () => {
    const q = parseQuery(
      '"Carbon Tax" -draft tag:Policy color:green in:title,notes before:2021-6 after:2019 in:nowhere',
    );
    expect(q.terms).toEqual([{ text: 'carbon tax', mode: 'substring', raw: 'Carbon Tax' }]);
    expect(q.excluded.map((t) => t.text)).toEqual(['draft']);
    expect(q.tags).toEqual(['policy']);
    expect(q.colors).toEqual(['green']);
    expect(q.fields).toEqual(['title', 'notes']);
    expect(q.before).toBe('2021-06');
    expect(q.after).toBe('2019');
    expect(q.unknown).toEqual(['in:nowhere']);
  });

  it('folds the query like the text (full-width and Traditional)', () => {
    expect(parseQuery('ＡＢＣ１２').terms[0]).toMatchObject({ text: 'abc12', mode: 'prefix' });
    expect(parseQuery('記者').terms[0].text).toBe('记者');
    expect(parseQuery('「記者」').terms[0]).toMatchObject({ text: '记者', mode: 'substring' });
  });

  it('stems common English endings', () => {
    expect(stem('searches')).toBe('search');
    expect(stem('studies')).toBe('stud');
    expect(stem('walked')).toBe('walk');
    expect(stem('cats')).toBe('cat');
    expect(stem('class')).toBe('class');
    expect(stem('gas')).toBe('gas');
  });
});

describe('findAll (the find bar)', () => {
  it('finds CJK substrings anywhere and Latin words at word starts', () => {
    const text = '这里利用的是足够有效精确的知识。Report the port: ports 铁路12306';
    expect(findAll(text, '精确').map(([s, e]) => text.slice(s, e))).toEqual(['精确']);
    expect(findAll(text, 'port').map(([s, e]) => text.slice(s, e))).toEqual(['port', 'port']);
    expect(findAll(text, '12306').map(([s, e]) => text.slice(s, e))).toEqual(['12306']);
    expect(findAll('記者與记者', '记者')).toEqual([
      [0, 2],
      [3, 5],
    ]);
  });
});
