/**
 * Re-export into a file the person has edited: only the managed region and Gloss's frontmatter
 * keys change; the person's text, keys and tags stay.
 */
import { describe, it, expect } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { articleToMarkdown } from '../../src-renderer/src/export/article-markdown';
import { glossIdOf, mergeManagedRegion } from '../../src-renderer/src/export/managed-region';
import { NOW, seedArticle, seedHighlights } from './export-fixtures';

const article = seedArticle();
const highlights = seedHighlights(article);
const first = articleToMarkdown({ article, highlights: highlights.slice(0, 2), now: NOW });
const second = articleToMarkdown({
  article: { ...article, title: 'Renamed in Gloss', tags: ['对口帮扶', 'new-tag'] },
  highlights,
  now: '2024-07-01T00:00:00.000Z',
});

function frontmatterOf(text: string): Record<string, unknown> {
  return parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]) as Record<string, unknown>;
}

/** The person's edits: text above and below the region, a key of their own, a tag of their own. */
function edited(exported: string): string {
  return exported
    .replace('gloss-id:', 'rating: 5 # my own key\ngloss-id:')
    .replace('  - "east_west"', '  - "east_west"\n  - my-own-tag')
    .replace('<!-- gloss:begin', '## My summary\n\nWritten by me, above the markers.\n\n<!-- gloss:begin')
    .concat('\n## Later thoughts\n\n> a quote I typed myself\n');
}

describe('mergeManagedRegion', () => {
  it('writes the new export when there is no file yet', () => {
    expect(mergeManagedRegion(null, second)).toBe(second);
    expect(mergeManagedRegion('  \n', second)).toBe(second);
  });

  it('replaces the managed region and keeps the text written outside it', () => {
    const merged = mergeManagedRegion(edited(first), second);
    expect(merged).toContain('## My summary\n\nWritten by me, above the markers.\n\n<!-- gloss:begin');
    expect(merged).toContain('<!-- gloss:end -->\n\n## Later thoughts\n\n> a quote I typed myself\n');
    expect(merged).toContain('# Renamed in Gloss');
    expect(merged).not.toContain(`# ${article.title}`);
    for (const h of highlights) expect(merged).toContain(`#${h.id})`);
    expect(merged.split('<!-- gloss:begin').length).toBe(2);
  });

  it("rewrites Gloss's frontmatter keys, keeps the person's keys and the tags they added", () => {
    const fm = frontmatterOf(mergeManagedRegion(edited(first), second));
    expect(fm.title).toBe('Renamed in Gloss');
    expect(fm.exported).toBe('2024-07-01T00:00:00.000Z');
    expect(fm.rating).toBe(5);
    expect(fm.tags).toEqual(['对口帮扶', 'new-tag', 'east_west', 'my-own-tag']);
    expect(fm['gloss-id']).toBe(article.id);
  });

  it('is stable: exporting the same thing twice changes nothing', () => {
    const once = mergeManagedRegion(edited(first), second);
    expect(mergeManagedRegion(once, second)).toBe(once);
  });

  it('keeps a file without markers whole and appends the region after it', () => {
    const mine = '# My own note\n\nNothing from Gloss here.\n';
    const merged = mergeManagedRegion(mine, second);
    expect(merged.startsWith('---\n')).toBe(true);
    expect(merged).toContain('# My own note\n\nNothing from Gloss here.\n\n<!-- gloss:begin');
    expect(frontmatterOf(merged)['gloss-id']).toBe(article.id);
  });

  it('does not cut a file whose end marker was deleted: it appends instead', () => {
    const broken = edited(first).replace('<!-- gloss:end -->', 'the person deleted the end marker');
    const merged = mergeManagedRegion(broken, second);
    const brokenBody = broken.slice(broken.indexOf('\n---\n', 3) + 5);
    expect(merged).toContain(brokenBody.trimEnd());
    expect(merged).toContain('the person deleted the end marker');
    expect(merged).toContain('> a quote I typed myself');
    expect(merged.trimEnd().endsWith('<!-- gloss:end -->')).toBe(true);
  });

  it('keeps Windows line ends and a byte order mark', () => {
    const windows = `\uFEFF${edited(first).replace(/\n/g, '\r\n')}`;
    const merged = mergeManagedRegion(windows, second);
    expect(merged.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(merged.replace(/\r\n/g, '')).not.toContain('\n');
    expect(merged).toContain('Written by me, above the markers.');
  });

  it('keeps a frontmatter written with flow lists and comments', () => {
    const existing = first.replace(
      /tags:\n(?: {2}- .*\n)+/,
      "tags: [mine, 'also mine', 对口帮扶] # inline\n",
    );
    const fm = frontmatterOf(mergeManagedRegion(existing, second));
    expect(fm.tags).toEqual(['对口帮扶', 'new-tag', 'mine', 'also mine']);
  });

  it('tells which article a file was exported for', () => {
    expect(glossIdOf(edited(first))).toBe(article.id);
    expect(glossIdOf(`\uFEFF${first.replace(/\n/g, '\r\n')}`)).toBe(article.id);
    expect(glossIdOf('# no frontmatter')).toBeNull();
    expect(glossIdOf("---\ngloss-id: 'plain'\n---\n")).toBe('plain');
  });
});
