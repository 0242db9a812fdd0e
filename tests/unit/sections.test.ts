/** Sections of a long article: every block in exactly one, in order, bounded, breaking before headings. */
import { describe, expect, it } from 'vitest';
import type { ArticleBlock } from '../../src-renderer/src/db/models';
import { MAX_BLOCKS, planSections } from '../../src-renderer/src/reader/sections';

const paragraph = (text = '第一条 为了规范行政行为，制定本条例。'): ArticleBlock => ({
  kind: 'paragraph',
  text,
});
const heading = (text: string): ArticleBlock => ({ kind: 'heading', text, level: 2 });

describe('planSections', () => {
  it('covers every block once, in order, with no section longer than the maximum', () => {
    const blocks = Array.from({ length: 1000 }, (_, i) => (i % 97 === 0 ? heading(`第${i}章`) : paragraph()));
    const sections = planSections(blocks);
    expect(sections[0].start).toBe(0);
    expect(sections.at(-1)!.end).toBe(blocks.length);
    for (let i = 1; i < sections.length; i++) expect(sections[i].start).toBe(sections[i - 1].end);
    for (const s of sections) {
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_BLOCKS);
    }
  });

  it('starts a new section at a heading once the current one is long enough, not before', () => {
    const blocks = [
      ...Array.from({ length: 10 }, () => paragraph()),
      heading('第二章'),
      ...Array.from({ length: 30 }, () => paragraph()),
      heading('第三章'),
      ...Array.from({ length: 5 }, () => paragraph()),
    ];
    const sections = planSections(blocks);
    // The heading after 10 blocks stays inside; the one after 41 blocks opens a section.
    expect(sections.map((s) => [s.start, s.end])).toEqual([
      [0, 41],
      [41, 47],
    ]);
  });

  it('keeps a short article in one section and an empty one in one empty section', () => {
    expect(planSections([paragraph(), heading('一'), paragraph()])).toEqual([
      expect.objectContaining({ start: 0, end: 3 }),
    ]);
    expect(planSections([])).toEqual([{ start: 0, end: 0, estimatedEm: 0 }]);
  });

  it('estimates taller sections for longer text, counting CJK lines shorter than Latin ones', () => {
    const short = planSections([paragraph('短')])[0].estimatedEm;
    const cjk = planSections([paragraph('字'.repeat(400))])[0].estimatedEm;
    const latin = planSections([paragraph('w'.repeat(400))])[0].estimatedEm;
    expect(cjk).toBeGreaterThan(latin);
    expect(latin).toBeGreaterThan(short);
  });
});
