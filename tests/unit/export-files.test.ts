/**
 * File names that work on every system and in Obsidian links, and the library exported as a
 * folder of notes with an index.
 */
import { describe, it, expect } from 'vitest';
import { MAX_BASE_LENGTH, safeFileName } from '../../src-renderer/src/export/file-name';
import { INDEX_FILE_NAME, libraryToFiles } from '../../src-renderer/src/export/library-files';
import type { Highlight } from '../../src-renderer/src/db/models';
import { NOW, markdownShape, seedArticle, seedHighlights } from './export-fixtures';

const name = (title: string, used = new Set<string>()) => safeFileName(title, used);

describe('safeFileName', () => {
  it('keeps Chinese and other scripts as they are', () => {
    expect(name('深情无限梦毕圆——深圳市对口帮扶毕节20周年回顾与展望')).toBe(
      '深情无限梦毕圆——深圳市对口帮扶毕节20周年回顾与展望.md',
    );
    expect(name('Überblick: café')).toBe('Überblick_ café.md');
  });

  it('replaces reserved, link-breaking and control characters', () => {
    expect(name('a<b>c:d"e/f\\g|h?i*j')).toBe('a_b_c_d_e_f_g_h_i_j.md');
    expect(name('Heading #1 ^x [[y]]')).toBe('Heading _1 _x __y__.md');
    expect(name('tab\there\nnew\u0000null\u007f')).toBe('tab here new_null_.md');
  });

  it('avoids Windows device names, with or without an extension, in any case', () => {
    for (const device of ['CON', 'nul', 'Com1', 'LPT9', 'aux', 'PRN'])
      expect(name(device)).toBe(`${device}_.md`);
    expect(name('con.txt')).toBe('con_.txt.md');
    expect(name('Console')).toBe('Console.md');
  });

  it('drops trailing dots and spaces, leading dots, and names nothing "" ', () => {
    expect(name('The end...  ')).toBe('The end.md');
    expect(name('.hidden')).toBe('hidden.md');
    expect(name(' ... ')).toBe('Untitled.md');
    expect(name('???')).toBe('___.md');
  });

  it('limits the length without splitting a surrogate pair', () => {
    const long = `${'字'.repeat(MAX_BASE_LENGTH - 1)}😀tail`;
    const result = name(long);
    const base = result.slice(0, -'.md'.length);
    expect(base.length).toBeLessThanOrEqual(MAX_BASE_LENGTH);
    expect(base).toBe('字'.repeat(MAX_BASE_LENGTH - 1));
    expect(name('a'.repeat(500))).toBe(`${'a'.repeat(MAX_BASE_LENGTH)}.md`);
  });

  it('numbers collisions, ignoring case', () => {
    const used = new Set<string>();
    expect(safeFileName('Report', used)).toBe('Report.md');
    expect(safeFileName('report', used)).toBe('report (2).md');
    expect(safeFileName('REPORT', used)).toBe('REPORT (3).md');
    expect(safeFileName('Report (2)', used)).toBe('Report (2) (2).md');
    expect(used.has('report.md')).toBe(true);
  });
});

describe('libraryToFiles', () => {
  const seed = seedArticle();
  const second = {
    ...seed,
    id: 'second',
    title: 'index',
    importedAt: '2024-05-02T00:00:00.000Z',
    contentHash: 'h2',
  };
  const third = { ...seed, id: 'third', importedAt: '2024-05-03T00:00:00.000Z', contentHash: 'h3' };
  const highlights = seedHighlights(seed);
  const files = libraryToFiles({
    articles: [third, second, seed],
    highlightsByArticle: new Map<string, Highlight[]>([[seed.id, highlights]]),
    now: NOW,
  });

  it('writes one note per article and an index, with names that never collide', () => {
    expect(files.map((f) => f.name)).toEqual([
      `${seed.title}.md`,
      'index (2).md',
      `${seed.title} (2).md`,
      INDEX_FILE_NAME,
    ]);
    expect(files[0].text).toContain(`gloss-id: "${seed.id}"`);
    expect(markdownShape(files[0].text).blockquotes).toBe(highlights.length);
  });

  it('links every article from the index, newest first', () => {
    const index = files.find((f) => f.name === INDEX_FILE_NAME)!.text;
    const links = [...index.matchAll(/\[\[([^\]]+)\]\]/g)].map((m) => m[1]);
    expect(links).toEqual([`${seed.title} (2)`, 'index (2)', seed.title]);
    expect(index).toContain(`[[${seed.title}]]`);
    expect(index).toMatch(/5 highlights/);
    expect(markdownShape(index).html).toHaveLength(2);
  });
});
