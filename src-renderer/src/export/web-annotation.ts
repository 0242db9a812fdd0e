/**
 * Highlights as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/), so other
 * tools (Hypothesis, Zotero, annotation stores) can read them: one AnnotationCollection per
 * article, each highlight a TextQuoteSelector plus a TextPositionSelector on the article's text.
 */
import { canonicalText } from '../../../src-shared/articles/canonical-text';
import type { ArticleWithContent, Highlight, HighlightColor } from '../db/models';
import { inDocumentOrder, isoTime } from './highlight-markdown';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Background colors of the five highlight colors, for the annotations' stylesheet. */
const CSS_COLORS: Record<HighlightColor, string> = {
  yellow: '#fde68a',
  green: '#bbf7d0',
  blue: '#bfdbfe',
  pink: '#fbcfe8',
  purple: '#e9d5ff',
};

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/markdown';
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: {
    source: string;
    styleClass: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  stylesheet: { type: 'CssStylesheet'; value: string };
}

export interface WebAnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  generated: string;
  generator: { type: 'Software'; name: 'Gloss' };
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export function articleUrn(articleId: string): string {
  return `urn:gloss:article:${encodeURIComponent(articleId)}`;
}

/**
 * UTF-16 offsets → code point offsets: the model counts characters, Gloss counts code units;
 * they differ only after characters outside the Basic Multilingual Plane (emoji, rare Han).
 */
function codePointOffsets(text: string, offsets: readonly number[]): Map<number, number> {
  const wanted = [...new Set(offsets)].sort((a, b) => a - b);
  const result = new Map<number, number>();
  let units = 0;
  let points = 0;
  let i = 0;
  while (i < wanted.length) {
    if (units >= wanted[i] || units >= text.length) {
      result.set(wanted[i], points + Math.max(0, wanted[i] - units));
      i++;
      continue;
    }
    const code = text.charCodeAt(units);
    const next = text.charCodeAt(units + 1);
    units += code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    points++;
  }
  return result;
}

/** The article's text is needed to count the selectors' offsets in characters. */
export function highlightsToWebAnnotations(
  article: ArticleWithContent,
  highlights: readonly Highlight[],
  now: Date | string,
): WebAnnotationCollection {
  const ordered = inDocumentOrder(highlights);
  const text = canonicalText(article.blocks);
  const points = codePointOffsets(
    text,
    ordered.flatMap((h) => [h.position.start, h.position.end]),
  );
  const items = ordered.map((h): WebAnnotation => {
    const body: TextualBody[] = [];
    if (h.note.trim())
      body.push({ type: 'TextualBody', value: h.note, purpose: 'commenting', format: 'text/markdown' });
    for (const tag of h.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
    const styleClass = `gloss-${h.color}`;
    return {
      id: `urn:gloss:highlight:${encodeURIComponent(h.id)}`,
      type: 'Annotation',
      motivation: h.note.trim() ? 'commenting' : 'highlighting',
      created: h.createdAt,
      modified: h.updatedAt,
      ...(body.length > 0 ? { body } : {}),
      target: {
        source: articleUrn(article.id),
        styleClass,
        selector: [
          { type: 'TextQuoteSelector', exact: h.quote.exact, prefix: h.quote.prefix, suffix: h.quote.suffix },
          {
            type: 'TextPositionSelector',
            start: points.get(h.position.start) ?? h.position.start,
            end: points.get(h.position.end) ?? h.position.end,
          },
        ],
      },
      stylesheet: {
        type: 'CssStylesheet',
        value: `.${styleClass} { background-color: ${CSS_COLORS[h.color]}; }`,
      },
    };
  });
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `${articleUrn(article.id)}:annotations`,
    type: 'AnnotationCollection',
    label: article.title,
    generated: isoTime(now),
    generator: { type: 'Software', name: 'Gloss' },
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
