/**
 * The article's title: the page's own heading when the <title>/og:title confirms it, else
 * og:title, the JSON-LD headline or <title>, without a site suffix (" - 新华网", "_新浪网",
 * " | Site") or prefix.
 */
import { compact } from '../../../src-shared/extraction/compact';

const SEPARATORS = /\s+[-|–—·:»]+\s+|\s*(?:[|｜_]|__|--|－|——)\s*/;

/** The longest part of a title split at its separators: site and channel names are short. */
export function stripSiteName(title: string, siteName?: string | null): string {
  let text = title.replace(/\s+/g, ' ').trim();
  if (siteName) {
    const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const stripped = text.replace(new RegExp(`\\s*(?:[-|–—_:｜]+\\s*)${escaped}\\s*$`), '').trim();
    if (stripped.length > 0) text = stripped;
  }
  const parts = text
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length < 2) return text;
  let best = parts[0];
  for (const part of parts) if (Array.from(part).length > Array.from(best).length) best = part;
  return best;
}

export interface TitleSources {
  documentTitle: string | null;
  ogTitle: string | null;
  /** twitter:title: stands in for og:title when the page gives none. */
  twitterTitle?: string | null;
  jsonLdHeadline: string | null;
  siteName: string | null;
  /** Headings of the page (h1 first), in document order. */
  headings: string[];
}

export function chooseTitle(sources: TitleSources): string {
  const ogTitle = sources.ogTitle ?? sources.twitterTitle ?? null;
  const references = [ogTitle, sources.jsonLdHeadline, sources.documentTitle].filter((t): t is string => !!t);
  // The longest heading the title confirms: a logo heading ("新华网") is confirmed too, but short.
  let confirmed: string | null = null;
  for (const heading of sources.headings) {
    const h = compact(heading);
    if (h.length < 4 || (confirmed && h.length <= compact(confirmed).length)) continue;
    if (
      references.some(
        (ref) =>
          compact(ref).includes(h) ||
          (h.includes(compact(stripSiteName(ref))) && compact(stripSiteName(ref)).length >= 4),
      )
    ) {
      confirmed = heading.replace(/\s+/g, ' ').trim();
    }
  }
  if (confirmed) return confirmed;
  const best = ogTitle ?? sources.jsonLdHeadline ?? sources.documentTitle;
  return best ? stripSiteName(best, sources.siteName) : '';
}
