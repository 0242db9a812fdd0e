/**
 * The byline and date of a page saved as text, when the fact lines right under its title state
 * none: the HTML path's rules over a page's lines (creditNearTitle: labels and names around the
 * title and at the article's end; dateInLines: dates weighed by where they stand and what
 * surrounds them, a yearless date, the nearest date line) read over the saved lines. What the
 * plain-text extractor made of each line stands in for the page's regions: its menus are
 * navigation, its footer a footer, its comments a comment region.
 */
import type { RemovedReason } from '../../ipc/contract';
import { creditNearTitle } from '../html/credit-near-title';
import { titleKey } from '../html/title-candidates';
import { type DateEvidence, dateInLines } from '../html/publication-date';
import type { Region, TextSegment } from '../html/to-blocks';

/** What the plain-text extractor decided for a line. */
export type LineVerdict =
  { kind: 'title' } | { kind: 'content' } | { kind: 'removed'; reason: RemovedReason };

export interface WrittenFacts {
  byline: string | null;
  /** The byline came from an unlabelled name, a photographer, an editor or a 来源. */
  bylineUnsure: boolean;
  date: DateEvidence | null;
}

/**
 * The regions a saved page's lines tell apart: its footer and its comment thread. A line the
 * extractor removed as navigation is only a short line without sentences, as a dateline is.
 */
const REGION: Partial<Record<RemovedReason, Region>> = {
  footer: 'footer',
  disclaimer: 'footer',
  comment: 'comment',
};

function regionOf(verdict: LineVerdict): Region {
  return verdict.kind === 'removed' ? (REGION[verdict.reason] ?? 'main') : 'main';
}

/**
 * The byline and date the lines `texts` state around their title (`title`, as the extractor
 * chose it) and the article's ends.
 */
export function writtenFacts(texts: string[], verdicts: LineVerdict[], title: string): WrittenFacts {
  const page: TextSegment[] = texts.map((text, i) => ({
    kind: 'paragraph',
    text,
    linkChars: 0,
    region: regionOf(verdicts[i]),
  }));
  const titleAt = verdicts.findIndex((v) => v.kind === 'title');
  const start = verdicts.findIndex((v) => v.kind === 'content');
  let end = -1;
  for (let i = verdicts.length - 1; i >= 0 && end < 0; i--) if (verdicts[i].kind === 'content') end = i;
  const articleStart = Math.max(0, start);
  const near = titleAt >= 0 ? titleAt : articleStart;
  const articleEnd = end < 0 ? page.length : end;
  const credit = creditNearTitle(page, near, titleAt >= 0, articleEnd);
  // A saved page opens with its <title>: the headline shown again further down, above the
  // article, is where its byline and date stand.
  const key = titleKey(title);
  const again =
    key.length >= 4 ? texts.findIndex((t, i) => i > titleAt && i <= articleStart && titleKey(t) === key) : -1;
  const anchors = [titleAt, again, articleStart].filter((a) => a >= 0);
  return {
    byline: credit.author,
    bylineUnsure: credit.authorRank >= 3.5,
    date: dateInLines(page, anchors, articleEnd, near, { addresses: [], savedAt: null }),
  };
}
