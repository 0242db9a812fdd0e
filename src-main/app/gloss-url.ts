/**
 * gloss:// links: the only URLs the operating system may hand to Gloss (from a browser, another
 * app or a note). They arrive from outside, so the parser is a strict allow-list written by hand
 * rather than WHATWG `URL`, which would quietly decode `%2e%2e`, drop dot segments and accept
 * credentials. Pure: no electron import, runs in tests.
 *
 * Accepted, and nothing else:
 *   gloss://article/<article-id>
 *   gloss://article/<article-id>#<highlight-id>
 * with an optional trailing slash after the article id. Ids are 1–64 characters of
 * `[A-Za-z0-9_-]` (the app's ids are `crypto.randomUUID()` strings).
 *
 * Case: the scheme and the host are case-insensitive, as RFC 3986 says they are
 * (`GLOSS://ARTICLE/x` opens article `x`); ids are case-sensitive and returned as written.
 */

export type GlossUrl =
  { kind: 'article'; articleId: string; highlightId: string | null } | { kind: 'invalid'; reason: string };

export const GLOSS_URL_MAX_LENGTH = 2048;

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const SCHEME_PATTERN = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const UNICODE_SPACES_AND_INVISIBLES = /[\u1680\u2000-\u200f\u2028-\u202f\u205f\u2060\u3000\ufeff]/;

/** C0 and C1 controls, DEL, spaces and invisible marks: none can appear in a link Gloss made. */
function hasControlOrSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || (code >= 0x7f && code <= 0xa0)) return true;
  }
  return UNICODE_SPACES_AND_INVISIBLES.test(text);
}

function invalid(reason: string): GlossUrl {
  return { kind: 'invalid', reason };
}

/** Shows untrusted text inside a reason sentence: quoted, escaped, short. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

export function parseGlossUrl(input: string): GlossUrl {
  if (typeof input !== 'string' || input.length === 0) return invalid('The link is empty.');
  if (input.length > GLOSS_URL_MAX_LENGTH) {
    return invalid(`The link is longer than ${GLOSS_URL_MAX_LENGTH} characters.`);
  }
  if (hasControlOrSpace(input)) return invalid('The link contains spaces or control characters.');

  const scheme = SCHEME_PATTERN.exec(input);
  if (!scheme) return invalid('The text is not a link: it has no scheme such as "gloss:".');
  if (scheme[1].toLowerCase() !== 'gloss') {
    return invalid(
      `The link uses the ${quote(scheme[1].toLowerCase() + ':')} scheme; Gloss opens only gloss:// links.`,
    );
  }
  const rest = input.slice(scheme[0].length);
  if (!rest.startsWith('//')) return invalid('A Gloss link starts with "gloss://".');

  // Checked on the whole link before splitting, so no encoded form of ".", "/" or "#" survives.
  if (rest.includes('%'))
    return invalid('The link contains percent-encoded characters, which Gloss links never use.');
  if (rest.includes('\\')) return invalid('The link contains a backslash.');

  const hashAt = rest.indexOf('#');
  const beforeHash = hashAt === -1 ? rest.slice(2) : rest.slice(2, hashAt);
  const fragment = hashAt === -1 ? null : rest.slice(hashAt + 1);
  if (beforeHash.includes('?'))
    return invalid('The link has a query string ("?…"), which Gloss links never use.');

  const slashAt = beforeHash.indexOf('/');
  const host = slashAt === -1 ? beforeHash : beforeHash.slice(0, slashAt);
  const path = slashAt === -1 ? '' : beforeHash.slice(slashAt + 1);
  if (host.includes('@'))
    return invalid('The link contains a user name or password ("…@"), which Gloss links never use.');
  if (host.includes(':')) return invalid('The link contains a port (":…"), which Gloss links never use.');
  if (host === '')
    return invalid('The link has no destination after "gloss://"; expected "gloss://article/<id>".');
  if (host.toLowerCase() !== 'article') {
    return invalid(`The link points to ${quote(host)}; Gloss links point to "article".`);
  }

  const segments = path.endsWith('/') ? path.slice(0, -1).split('/') : path.split('/');
  if (path === '' || segments[0] === '')
    return invalid('The link names no article; expected "gloss://article/<id>".');
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    return invalid('The link contains "." or ".." path segments.');
  }
  if (segments.length > 1) return invalid('The link has extra path segments after the article id.');
  const articleId = segments[0];
  if (!ID_PATTERN.test(articleId)) {
    return invalid('The article id must be 1 to 64 letters, digits, "-" or "_".');
  }

  // An empty fragment ("…/x#") is what some apps leave behind when trimming; it means no highlight.
  if (fragment === null || fragment === '') return { kind: 'article', articleId, highlightId: null };
  if (!ID_PATTERN.test(fragment)) {
    return invalid('The highlight id after "#" must be 1 to 64 letters, digits, "-" or "_".');
  }
  return { kind: 'article', articleId, highlightId: fragment };
}

/**
 * The gloss:// link in a command line, if any. Windows and Linux start Gloss (or signal the
 * running instance) with the link as one argv item; macOS uses the open-url event instead.
 * Returns the first item whose scheme is gloss (any case), valid or not, so that a malformed
 * link is reported to the user by parseGlossUrl instead of being ignored.
 */
export function findGlossUrlInArgv(argv: readonly string[]): string | null {
  for (const arg of argv) {
    if (typeof arg === 'string' && /^gloss:/i.test(arg)) return arg;
  }
  return null;
}
