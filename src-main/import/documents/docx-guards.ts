/**
 * Checks on a Word file's XML before mammoth reads it. Word never writes a DOCTYPE: one that
 * declares entities is refused (a "billion laughs" or an external entity would otherwise reach
 * the parser), with a sentence instead of the parser's error. Nesting past `MAX_DOCX_DEPTH`
 * (tables inside tables, thousands deep) would overflow mammoth's recursion, so it is refused
 * in one linear scan before that happens.
 */
import { ImportRefusal } from '../types';

/** XML nesting read in a Word part: tables nested 80 deep (three levels each) stay under it. */
export const MAX_DOCX_DEPTH = 256;

export const DOCX_MESSAGES = {
  doctype:
    'This Word file declares its own XML entities (a DOCTYPE), which Word never writes; Gloss does not read it, because such a file can be made to exhaust memory or to reach other files.',
  tooNested: `This Word file nests its contents more than ${MAX_DOCX_DEPTH} levels deep (tables inside tables, far beyond what Word makes), so Gloss does not read it.`,
} as const;

const TAG = /<(\/?)[A-Za-z_][\w:.-]*(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g;

/** The deepest element nesting of `xml`, counted up to `limit + 1` (the scan stops there). */
export function xmlDepth(xml: string, limit = MAX_DOCX_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[2]) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) break;
    }
  }
  return deepest;
}

/** Throws the refusal a Word file's XML parts call for, if any. */
export function checkDocxParts(parts: Record<string, Uint8Array>): void {
  const decoder = new TextDecoder('utf-8');
  for (const [name, bytes] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    const xml = decoder.decode(bytes);
    if (/<!DOCTYPE/i.test(xml)) throw new ImportRefusal(DOCX_MESSAGES.doctype, 'docx-doctype');
    if (xmlDepth(xml) > MAX_DOCX_DEPTH) throw new ImportRefusal(DOCX_MESSAGES.tooNested, 'docx-too-nested');
  }
}
