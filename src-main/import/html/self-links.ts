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
import { lettersKey } from '../../../src-shared/extraction/compact';
import type { DomDocument } from './dom';
import { isEditionMark } from './publication-date';

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

/**
 * On an edition's page saved under another name ("中国青年报.html"), the lines its list of the
 * edition's titles names: a link's text the page also shows as a line of its own (not a link),
 * of a headline's length. The 主题 is listed; the 引题 and 副题 around it are not. At most three
 * such texts, or the page names nothing. `lines` are the page's; its links are read only when
 * one of them marks an edition's page.
 */
export function listedOnEditionPage(
  document: DomDocument,
  lines: { text: string; linkChars: number }[],
): string[] {
  if (!lines.some((line) => isEditionMark(line.text))) return [];
  const listed = new Set(
    Array.from(document.querySelectorAll('a[href]')).map((link) => lettersKey(link.textContent ?? '')),
  );
  const texts = new Set<string>();
  for (const line of lines) {
    const text = line.text.trim();
    const size = Array.from(text).length;
    if (line.linkChars > 0 || size < HEADLINE_MIN || size > HEADLINE_MAX) continue;
    if (listed.has(lettersKey(text))) texts.add(text);
  }
  return texts.size <= MOST_TEXTS ? [...texts] : [];
}

/** A listed headline's length, in characters. */
const HEADLINE_MIN = 6;
const HEADLINE_MAX = 60;
