/**
 * The words a page links to itself with. A page saved under its address's own name
 * ("content_412345.htm", "t20190305_123456.shtml") that links to that very name names itself:
 * an e-paper lists the page's headline among its edition's titles, a breadcrumb ends with the
 * article it stands on. Such a link's text is a title the page gives for itself, as <title> is,
 * and it tells the headline from the 引题 and 副题 set around it when <title> names only the site.
 *
 * Only a name an address gives counts: one with a digit in it and not a generic page's
 * ("index.html", "detail.html"), which every page of a site may link to.
 */
import type { DomDocument } from './dom';

/** Names every page of a site may link to: its home, a list, a template's one script. */
const GENERIC_NAME =
  /^(?:index|default|main|home|page|list|detail|details|article|content|show|view|news)\d?\.\w+$/i;
/** At most this many different texts: a page that links to itself everywhere names nothing. */
const MOST_TEXTS = 3;
const LONGEST_TEXT = 200;

/** The last segment of a link's path, decoded and lower-cased; '' for anything else. */
function lastSegment(href: string): string {
  const path = href.trim().split(/[?#]/)[0];
  if (path === '' || /^(?:javascript|mailto|data|tel):/i.test(path)) return '';
  const segment = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(segment).toLowerCase();
  } catch {
    return segment.toLowerCase();
  }
}

/** The texts of the page's links to the file it was saved as, when its name is an address's own. */
export function selfLinkTexts(document: DomDocument, fileName: string): string[] {
  const name = fileName
    .slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
    .toLowerCase();
  if (!/\d/.test(name) || !/\.s?html?$/.test(name) || GENERIC_NAME.test(name)) return [];
  const texts = new Set<string>();
  for (const link of Array.from(document.querySelectorAll('a[href]'))) {
    if (lastSegment(link.getAttribute('href') ?? '') !== name) continue;
    const text = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text !== '' && Array.from(text).length <= LONGEST_TEXT) texts.add(text);
  }
  return texts.size <= MOST_TEXTS ? [...texts] : [];
}
