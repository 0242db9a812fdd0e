/**
 * Readability, as Gloss runs it on a page. One change: where Readability decides whether a
 * block with pictures is a gallery or an article, it counts the text's commas, and it counts
 * only the ASCII one; its own scoring counts the Chinese "，" too (`REGEXPS.commas`). So a
 * Chinese post with a few pictures and no <p> was dropped as a gallery, and the next post kept.
 * Here the check counts the commas the scoring counts.
 */
import { Readability } from '@mozilla/readability';
import type { DomDocument } from './dom';

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

interface ReadabilityInternals {
  REGEXPS: { commas: RegExp };
  _getInnerText(element: unknown): string;
}

class CommaAwareReadability extends Readability {
  /** The times `separator` stands in `element`'s text; "," counts every comma Readability scores. */
  _getCharCount(element: unknown, separator = ','): number {
    const self = this as unknown as ReadabilityInternals;
    const text = self._getInnerText(element);
    if (separator !== ',') return text.split(separator).length - 1;
    // REGEXPS.commas is global: match() counts every one and leaves no lastIndex behind.
    return (text.match(self.REGEXPS.commas) ?? []).length;
  }
}

/** The article's HTML as Readability finds it in `document` (which it rearranges), or null. */
export function runReadability(document: DomDocument): string | null {
  const parsed = new CommaAwareReadability(document as unknown as ReadabilityDocument, {
    keepClasses: true,
  }).parse();
  return parsed?.content ?? null;
}
