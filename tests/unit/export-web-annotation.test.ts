/**
 * Highlights as W3C Web Annotations: the JSON-LD shape of the model, and selectors that find the
 * passage again in the article's text (positions counted in characters, as the model asks).
 */
import { describe, it, expect } from 'vitest';
import { ANNOTATION_CONTEXT, highlightsToWebAnnotations } from '../../src-renderer/src/export/web-annotation';
import { canonicalText } from '../../src-shared/articles/canonical-text';
import type { ArticleWithContent } from '../../src-renderer/src/db/models';
import { NOW, highlightOn, seedArticle, seedHighlights } from './export-fixtures';

describe('highlightsToWebAnnotations', () => {
  const article = seedArticle();
  const highlights = seedHighlights(article);
  const collection = highlightsToWebAnnotations(article, highlights, NOW);
  const text = canonicalText(article.blocks);

  it('is an AnnotationCollection of Annotations in reading order', () => {
    const json = JSON.parse(JSON.stringify(collection));
    expect(json['@context']).toBe(ANNOTATION_CONTEXT);
    expect(json.type).toBe('AnnotationCollection');
    expect(json.total).toBe(highlights.length);
    const items = json.first.items;
    expect(items).toHaveLength(highlights.length);
    for (const item of items) {
      expect(item.type).toBe('Annotation');
      expect(item.target.source).toBe(`urn:gloss:article:${article.id}`);
      expect(item.target.selector.map((s: { type: string }) => s.type)).toEqual([
        'TextQuoteSelector',
        'TextPositionSelector',
      ]);
    }
    const starts = items.map(
      (i: { target: { selector: [unknown, { start: number }] } }) => i.target.selector[1].start,
    );
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('comments when there is a note, highlights otherwise, and tags with tagging bodies', () => {
    const byId = new Map(collection.first.items.map((a) => [a.id.replace('urn:gloss:highlight:', ''), a]));
    for (const h of highlights) {
      const annotation = byId.get(h.id)!;
      expect(annotation.motivation).toBe(h.note ? 'commenting' : 'highlighting');
      const notes = (annotation.body ?? []).filter((b) => b.purpose === 'commenting').map((b) => b.value);
      const tags = (annotation.body ?? []).filter((b) => b.purpose === 'tagging').map((b) => b.value);
      expect(notes).toEqual(h.note ? [h.note] : []);
      expect(tags).toEqual(h.tags);
      expect(annotation.created).toBe(h.createdAt);
      expect(annotation.modified).toBe(h.updatedAt);
      const [quote, position] = annotation.target.selector;
      expect(text.slice(position.start, position.end)).toBe(quote.exact); // the seed is all BMP
    }
  });

  it('counts positions in characters, not UTF-16 units, after astral characters', () => {
    const astral: ArticleWithContent = {
      ...article,
      blocks: [
        { kind: 'paragraph', text: '😀𠀀 emoji and a rare Han character' },
        { kind: 'paragraph', text: 'then the passage' },
      ],
    };
    const t = canonicalText(astral.blocks);
    const h = highlightOn(t, astral.id, { id: 'x', from: 'the passage' });
    const [, position] = highlightsToWebAnnotations(astral, [h], NOW).first.items[0].target.selector;
    expect(position.start).toBe(h.position.start - 2);
    expect(position.end).toBe(h.position.end - 2);
    expect([...t].slice(position.start, position.end).join('')).toBe('the passage');
  });
});
