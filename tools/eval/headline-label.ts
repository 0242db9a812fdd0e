/**
 * A page's headline as its own markup states it twice, for corpora that ship no titles: the
 * text of an `<h1>` that the page's metadata repeats word for word (og:title, twitter:title, the
 * JSON-LD headline or the whole `<title>`; never the site's name, og:site_name). Pages
 * where no single `<h1>` is confirmed that way get no label and their title is not scored.
 *
 * The rule reads the markup directly and shares no code with the extractor's title scoring, so
 * it can score it: a label is what two independent parts of the page agree on, not what Gloss
 * would choose.
 */
import { parseHTML } from 'linkedom';

/** Letters and digits only, NFKC, lower case: how a label is compared. */
export function labelKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .toLowerCase();
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function metaContent(document: Document, names: string[]): string[] {
  const out: string[] = [];
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
    if (names.includes(name)) out.push(clean(el.getAttribute('content')));
  }
  return out;
}

function jsonLdHeadlines(document: Document): string[] {
  const out: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.headline === 'string') out.push(clean(record.headline));
      if (record['@graph']) visit(record['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD states nothing.
    }
  }
  return out;
}

/** The confirmed `<h1>` of a decoded page, or null when the page states no headline twice. */
export function headlineLabel(html: string): string | null {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const documentTitle = clean(document.querySelector('title')?.textContent);
  const siteNames = metaContent(document, ['og:site_name', 'application-name']).map(labelKey);
  const stated = [
    ...metaContent(document, ['og:title', 'twitter:title']),
    ...jsonLdHeadlines(document),
    documentTitle,
  ]
    .map(labelKey)
    .filter((k) => Array.from(k).length >= 4 && !siteNames.includes(k));
  const confirmed = new Map<string, string>();
  for (const h1 of Array.from(document.querySelectorAll('h1'))) {
    const text = clean(h1.textContent);
    const key = labelKey(text);
    if (Array.from(key).length >= 4 && stated.includes(key)) confirmed.set(key, text);
  }
  return confirmed.size === 1 ? [...confirmed.values()][0] : null;
}
