/**
 * Folding for search: the same function is applied to indexed text and to queries, so that
 * full-width and half-width forms (ＡＢＣ１２ = ABC12), NFKC compatibility forms, letter case and
 * Traditional/Simplified Chinese (記者 = 记者) compare equal.
 *
 * Folding maps each UTF-16 code unit to exactly one code unit, so an offset in the folded text is
 * the same offset in the original: snippets and painted hits are cut from the original text.
 * A character whose folded form would be longer (ﬁ → fi) is kept as it is.
 */
import { HAN_RANGES, mapCodeUnits, simplifiedHanTable } from '../extraction/simplified-han';

let table: Uint16Array | null = null;

function buildTable(): Uint16Array {
  const result = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    result[c] = c;
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const folded = String.fromCharCode(c).normalize('NFKC').toLowerCase();
    if (folded.length === 1) result[c] = folded.charCodeAt(0);
  }
  // U+FFFF is no character; the index uses it in its keys.
  result[0xffff] = 0xfffd;
  // Traditional → Simplified, character by character, after NFKC (a compatibility ideograph
  // first becomes its unified form).
  const simplified = simplifiedHanTable();
  for (const [from, to] of HAN_RANGES) for (let c = from; c <= to; c++) result[c] = simplified[result[c]];
  return result;
}

/** The folding table: built on first use (about a tenth of a second), then shared. */
export function foldTable(): Uint16Array {
  table ??= buildTable();
  return table;
}

/** Folds a text; the result has the same length, offset for offset. */
export function fold(text: string): string {
  return mapCodeUnits(text, foldTable());
}
