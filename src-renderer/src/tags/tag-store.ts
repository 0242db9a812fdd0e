/**
 * Tags: the records behind tag names used on highlights and articles. `ensureTags` runs inside
 * the caller's transaction, so a highlight and its new tags are written together.
 */
import { db } from '../db/db';
import type { Tag } from '../db/models';

/** Colors new tags get, in turn; readable on light and dark backgrounds. */
export const TAG_PALETTE = ['#b45309', '#047857', '#1d4ed8', '#be185d', '#6d28d9', '#0e7490', '#4d7c0f', '#9f1239', '#475569'];

/** A tag name as stored: trimmed, inner white space collapsed, no empty path parts. */
export function normalizeTagName(name: string): string {
  return name
    .split('/')
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .join('/');
}

function colorFor(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return TAG_PALETTE[hash % TAG_PALETTE.length];
}

/** Creates the tags that do not exist yet. Call inside a transaction that includes db.tags. */
export async function ensureTags(names: readonly string[], now = new Date().toISOString()): Promise<void> {
  const unique = [...new Set(names.map(normalizeTagName).filter(Boolean))];
  if (unique.length === 0) return;
  const existing = await db.tags.bulkGet(unique);
  const missing: Tag[] = unique
    .filter((_, i) => !existing[i])
    .map((name) => ({ name, color: colorFor(name), hotkey: null, createdAt: now }));
  if (missing.length > 0) await db.tags.bulkAdd(missing);
}
