/**
 * A page saved as text opens with its `<title>` and shows its headline again just above the
 * article's text, after menus and link lists. The nearest title-like line in the few lines
 * above where the text starts whose character pairs are mostly the `<title>`'s, and which holds
 * most of the `<title>`'s headline part (not a kicker, not a section's name), is that headline: the page's own spelling, without the site's name, rather than the `<title>`.
 */
import { bigramsOf, titleKey } from '../html/title-candidates';
import { isMetaLine, looksLikeTitle } from './front-matter';
import { withoutSiteParts } from './site-suffix';

/** How far above the text's first line the headline may stand. */
const REACH = 8;

function pairs(text: string): string[] {
  return bigramsOf(titleKey(text));
}

/** The share of `line`'s character pairs found in `title` (0 when it has fewer than 3). */
export function sharedWithTitle(line: string, title: string): number {
  const own = pairs(line);
  if (own.length < 3) return 0;
  const theirs = new Set(pairs(title));
  return own.filter((p) => theirs.has(p)).length / own.length;
}

/**
 * The index of the headline above `textStart` (the article's first line), or -1. Byline and
 * date lines between them are passed over; `pageTitle` is the saved page's first line.
 */
export function headlineAbove(lines: string[], textStart: number, pageTitle: string): number {
  const headline = withoutSiteParts(pageTitle, lines.slice(1));
  for (let i = textStart - 1; i >= Math.max(1, textStart - REACH); i--) {
    const text = lines[i];
    if (isMetaLine(text) || !looksLikeTitle(text)) continue;
    // Mostly the <title>'s words, and most of its headline: not a kicker or a section's name.
    if (sharedWithTitle(text, pageTitle) >= 0.6 && sharedWithTitle(headline, text) >= 0.5) return i;
  }
  return -1;
}
