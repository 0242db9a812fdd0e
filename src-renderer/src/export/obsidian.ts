/**
 * Obsidian's conventions for exported notes: tag names, block ids, and the gloss:// links that
 * reopen an article or a passage in Gloss.
 */

/**
 * A tag name as Obsidian accepts it: spaces become `_`, characters a tag cannot hold become `_`,
 * `/` stays (nested tags), and an all-digit tag gets a leading `_` (Obsidian ignores `#1997`).
 * Returns null for a name with nothing left.
 */
export function obsidianTag(name: string): string | null {
  const cleaned = name
    .normalize('NFC')
    .trim()
    .replace(/^#+/, '')
    .replace(/\s+/g, '_')
    .replace(/[^\p{L}\p{M}\p{N}_\-/]/gu, '_')
    .replace(/\/{2,}/g, '/')
    .replace(/^\/+|\/+$/g, '');
  if (cleaned === '' || /^_*$/.test(cleaned)) return null;
  return /^[\d/]+$/.test(cleaned) ? `_${cleaned}` : cleaned;
}

/** Inline `#tags`, in the given order, without repeats. */
export function inlineTags(names: readonly string[]): string {
  const seen = new Set<string>();
  for (const name of names) {
    const tag = obsidianTag(name);
    if (tag !== null) seen.add(tag);
  }
  return [...seen].map((tag) => `#${tag}`).join(' ');
}

/** FNV-1a, base 36: a short stable suffix, not a security measure. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * The `^blockid` of a highlight. Obsidian block ids hold only letters, digits and `-`; an id with
 * other characters is cleaned and given a hash of the original, so two ids never meet.
 */
export function highlightBlockId(highlightId: string): string {
  if (/^[A-Za-z0-9-]+$/.test(highlightId)) return `gloss-${highlightId}`;
  const cleaned = highlightId.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return `gloss-${cleaned ? `${cleaned}-` : ''}${shortHash(highlightId)}`;
}

function encodeLinkPart(value: string): string {
  // Parentheses are left alone by encodeURIComponent but end a Markdown link destination.
  return encodeURIComponent(value).replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** `gloss://article/<articleId>` or `gloss://article/<articleId>#<highlightId>`. */
export function glossLink(articleId: string, highlightId?: string): string {
  const base = `gloss://article/${encodeLinkPart(articleId)}`;
  return highlightId === undefined ? base : `${base}#${encodeLinkPart(highlightId)}`;
}
