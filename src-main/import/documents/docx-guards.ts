/**
 * Checks on a Word file's XML before mammoth reads it. Word never writes a DOCTYPE: one that
 * declares entities is refused (a "billion laughs" or an external entity would otherwise reach
 * the parser), with a sentence instead of the parser's error. Nesting past `MAX_DOCX_DEPTH`
 * (tables inside tables, thousands deep) would overflow mammoth's recursion, so it is refused
 * in one linear scan before that happens; every part that reads as XML is checked, whatever its
 * name, and a stack overflow mammoth meets anyway gets the same sentence.
 */
import { ImportRefusal } from '../types';

/** XML nesting read in a Word part: tables nested 80 deep (three levels each) stay under it. */
export const MAX_DOCX_DEPTH = 256;

export const DOCX_MESSAGES = {
  doctype:
    'This Word file declares its own XML entities (a DOCTYPE), which Word never writes; Gloss does not read it, because such a file can be made to exhaust memory or to reach other files.',
  broken: 'This Word file is damaged: its XML breaks off inside a tag or a comment, so Gloss cannot read it.',
  tooNested: `This Word file nests its contents more than ${MAX_DOCX_DEPTH} levels deep (tables inside tables, far beyond what Word makes), so Gloss does not read it.`,
} as const;

export interface XmlShape {
  /** The deepest element nesting, counted up to `limit + 1` (the scan stops there). */
  depth: number;
  /** False when a tag, comment, CDATA section or processing instruction never ends. */
  complete: boolean;
}

/**
 * The nesting of `xml`, in one linear pass: comments, CDATA sections and processing
 * instructions are stepped over (tags written inside them are no elements), and a tag ends at
 * its first `>` outside quotes; a `<` inside a tag means the XML is broken.
 */
export function xmlShape(xml: string, limit = MAX_DOCX_DEPTH): XmlShape {
  let depth = 0;
  let deepest = 0;
  let at = 0;
  const skipTo = (from: number, end: string) => {
    const found = xml.indexOf(end, from);
    return found < 0 ? -1 : found + end.length;
  };
  while (at < xml.length) {
    const open = xml.indexOf('<', at);
    if (open < 0) break;
    let next: number;
    if (xml.startsWith('<!--', open)) next = skipTo(open + 4, '-->');
    else if (xml.startsWith('<![CDATA[', open)) next = skipTo(open + 9, ']]>');
    else if (xml.startsWith('<?', open)) next = skipTo(open + 2, '?>');
    else {
      let end = open + 1;
      let quote = '';
      for (; end < xml.length; end++) {
        const c = xml[end];
        // No `<` may stand inside a tag, not even in a quoted value: the XML is broken there.
        if (c === '<') return { depth: deepest, complete: false };
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
      }
      if (end >= xml.length) return { depth: deepest, complete: false };
      const closing = xml[open + 1] === '/';
      if (/[A-Za-z_]/.test(xml[open + (closing ? 2 : 1)] ?? '')) {
        if (closing) depth = Math.max(0, depth - 1);
        else if (xml[end - 1] !== '/' && ++depth > deepest) {
          deepest = depth;
          if (deepest > limit) break;
        }
      }
      next = end + 1;
    }
    if (next < 0) return { depth: deepest, complete: false };
    at = next;
  }
  return { depth: deepest, complete: true };
}

/** Whether a part's bytes start as XML does (after a byte order mark and white space). */
function looksLikeXml(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    i < bytes.length &&
    i < 64 &&
    (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
  )
    i++;
  return bytes[i] === 0x3c; // '<'
}

/**
 * Throws the refusal a Word file's parts call for, if any. Every part that reads as XML is
 * checked, whatever its name: the package's relationships may point mammoth at any of them.
 */
export function checkDocxParts(parts: Record<string, Uint8Array>): void {
  const decoder = new TextDecoder('utf-8');
  for (const bytes of Object.values(parts)) {
    if (!looksLikeXml(bytes)) continue;
    const xml = decoder.decode(bytes);
    if (/<!DOCTYPE/i.test(xml)) throw new ImportRefusal(DOCX_MESSAGES.doctype, 'docx-doctype');
    const shape = xmlShape(xml);
    if (shape.depth > MAX_DOCX_DEPTH) throw new ImportRefusal(DOCX_MESSAGES.tooNested, 'docx-too-nested');
    if (!shape.complete) throw new ImportRefusal(DOCX_MESSAGES.broken, 'docx-damaged');
  }
}

/** mammoth's own stack overflow, should nesting reach it some other way: the same refusal. */
export function refusalForMammothError(error: unknown): unknown {
  return error instanceof RangeError && /call stack/i.test(error.message)
    ? new ImportRefusal(DOCX_MESSAGES.tooNested, 'docx-too-nested')
    : error;
}
