/**
 * An article's descriptive fields (title, authors, published day, site, source address), the
 * person's edits of them, and the rule that joins the two: a field the person edited keeps the
 * person's value whatever a later extraction (Reopen with encoding, re-import) finds.
 * Pure: shared by the renderer's stores, the exporters and the tests.
 */

export const INFO_FIELDS = ['title', 'byline', 'publishedAt', 'siteName', 'sourceUrl'] as const;
export type InfoField = (typeof INFO_FIELDS)[number];

export interface ArticleInfo {
  title: string;
  byline: string | null;
  /** `YYYY-MM-DD`. */
  publishedAt: string | null;
  siteName: string | null;
  /** The address the page was saved from, when it says so (canonical link, og:url, MHTML). */
  sourceUrl: string | null;
}

/** The fields the person set by hand; a field absent here is the extractor's. */
export type UserEdits = Partial<ArticleInfo>;

/** Fields the extractor was unsure of, so the library marks the article for a look. */
export type UnsureField = 'title' | 'byline' | 'publishedAt';

/** The extracted fields with every field the person edited put back. */
export function withUserEdits<T extends Partial<ArticleInfo>>(extracted: T, edits: UserEdits | undefined): T {
  if (!edits) return extracted;
  const merged: T = { ...extracted };
  for (const field of INFO_FIELDS) {
    if (Object.prototype.hasOwnProperty.call(edits, field)) {
      (merged as Record<InfoField, unknown>)[field] = edits[field];
    }
  }
  return merged;
}

/** What the extractor was unsure of and the person has not settled by editing it. */
export function stillUnsure(
  unsure: readonly UnsureField[] | undefined,
  edits: UserEdits | undefined,
): UnsureField[] {
  return (unsure ?? []).filter((field) => !edits || !Object.prototype.hasOwnProperty.call(edits, field));
}

export type InfoInput = { ok: true; value: string | null } | { ok: false; problem: 'date' | 'url' | 'title' };

/**
 * A value typed into the Article info panel, checked: blank clears a field (not the title), a
 * date must be a real `YYYY-MM-DD` day, an address must be http(s) or file.
 */
export function readInfoInput(field: InfoField, raw: string): InfoInput {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (field === 'title') return text === '' ? { ok: false, problem: 'title' } : { ok: true, value: text };
  if (text === '') return { ok: true, value: null };
  if (field === 'publishedAt') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) return { ok: false, problem: 'date' };
    const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    const real =
      date.getUTCFullYear() === +m[1] && date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3];
    return real ? { ok: true, value: text } : { ok: false, problem: 'date' };
  }
  if (field === 'sourceUrl') {
    return /^(https?|file):\/\/\S+$/i.test(text) ? { ok: true, value: text } : { ok: false, problem: 'url' };
  }
  return { ok: true, value: text };
}
