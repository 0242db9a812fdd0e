/**
 * A page saved as text opens with its `<title>` and shows its headline again just above the
 * article's text, after menus and link lists. The nearest title-like line in the few lines
 * above where the text starts whose character pairs are mostly the `<title>`'s, and which holds
 * most of the `<title>`'s headline part (not a kicker, not a section's name), is that headline:
 * the page's own spelling, without the site's name, rather than the `<title>`. So is a longer
 * line that holds nearly all of the `<title>`'s headline, when at least 40 % of it is the
 * `<title>`'s (the page's full headline beside a shortened `<title>`).
 */
import { bigramsOf, titleKey } from '../html/title-candidates';
import { isMetaLine, looksLikeTitle } from './front-matter';

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
 * date lines between them are passed over. The article's first line itself is the headline when
 * it reads as one (no closing full stop) and matches: the span of text found below a page's
 * menus starts at the headline when nothing but menus stands above it. `page` is the saved
 * page's first line and its headline part (without the site's name).
 */
export function headlineAbove(
  lines: string[],
  textStart: number,
  page: { line: string; headline: string },
): number {
  const pageTitle = page.line;
  const headline = page.headline;
  for (let i = textStart; i >= Math.max(1, textStart - REACH); i--) {
    const text = lines[i];
    if (isMetaLine(text) || !looksLikeTitle(text)) continue;
    if (i === textStart && /[.。．]$/.test(text)) continue;
    // Mostly the <title>'s words, and most of its headline: not a kicker or a section's name.
    const ownInTitle = sharedWithTitle(text, pageTitle);
    const headlineInOwn = sharedWithTitle(headline, text);
    if (ownInTitle >= 0.6 && headlineInOwn >= 0.5) return i;
    // The <title>'s short headline, nearly whole, in a longer one ("How to Care for Hydrangeas"
    // in "How to Care for Hydrangeas to Get the Most Beautiful Blooms on the Block").
    if (headlineInOwn >= 0.9 && ownInTitle >= 0.4) return i;
  }
  return -1;
}
