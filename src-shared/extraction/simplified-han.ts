/**
 * Traditional Chinese read as Simplified, character by character: the table maps each
 * Traditional Han character to its Simplified form (國 → 国, 記者 → 记者) and every other UTF-16
 * code unit to itself, so a folded text has the original's length, offset for offset. The
 * extraction rules are written in Simplified; a Taiwanese or Hong Kong page is read through this.
 * (Search folding builds on the same table: src-shared/search/fold.ts.)
 */
import { Converter } from 'opencc-js';
import { TRADITIONAL_ONLY_CHARS } from '../articles/text-language';

let table: Uint16Array | null = null;

/** The CJK blocks OpenCC's character tables cover (BMP only: the map is per code unit). */
export const HAN_RANGES: readonly [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

function buildTable(): Uint16Array {
  const result = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) result[c] = c;
  // One character per line, so OpenCC converts characters, never phrases.
  const toSimplified = Converter({ from: 't', to: 'cn' });
  const chars: string[] = [];
  for (const [from, to] of HAN_RANGES) for (let c = from; c <= to; c++) chars.push(String.fromCharCode(c));
  const converted = toSimplified(chars.join('\n')).split('\n');
  if (converted.length !== chars.length) return result;
  let i = 0;
  for (const [from, to] of HAN_RANGES)
    for (let c = from; c <= to; c++, i++)
      if (converted[i].length === 1) result[c] = converted[i].charCodeAt(0);
  return result;
}

/** The Traditional → Simplified table: built on first use (about a tenth of a second), then shared. */
export function simplifiedHanTable(): Uint16Array {
  table ??= buildTable();
  return table;
}

const CHUNK = 8192;

/** Each UTF-16 code unit of a text through a table: the result has the text's length, offset for offset. */
export function mapCodeUnits(text: string, map: Uint16Array): string {
  const n = text.length;
  if (n === 0) return text;
  const parts: string[] = [];
  const buffer = new Uint16Array(Math.min(n, CHUNK));
  for (let start = 0; start < n; start += CHUNK) {
    const end = Math.min(n, start + CHUNK);
    for (let i = start; i < end; i++) buffer[i - start] = map[text.charCodeAt(i)];
    parts.push(String.fromCharCode.apply(null, buffer.subarray(0, end - start) as unknown as number[]));
  }
  return parts.length === 1 ? parts[0] : parts.join('');
}

/** A text with its Traditional Han characters made Simplified; same length, offset for offset. */
export function toSimplifiedHan(text: string): string {
  return mapCodeUnits(text, simplifiedHanTable());
}

/** How much of a text is read to tell its script: a page's styles and scripts may come first. */
const SAMPLE = 4_000_000;

/**
 * Common characters written only in Traditional: a text holding none of them is not read
 * further (and the table is not built for it).
 */
const TRADITIONAL_MARKS = new RegExp(`[${TRADITIONAL_ONLY_CHARS}]`, 'u');

/**
 * Whether a text is written in Traditional Chinese: at least 5 % of its Han characters (and
 * at least five) change when made Simplified, and it is not Japanese (its kana fewer than a
 * tenth of its Han characters: Japanese keeps many Traditional forms, 時, 間, 東).
 */
export function isTraditionalChinese(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (!TRADITIONAL_MARKS.test(sample)) return false;
  const map = simplifiedHanTable();
  let han = 0;
  let changed = 0;
  let kana = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) {
      han++;
      if (map[c] !== c) changed++;
    }
  }
  return changed >= 5 && changed >= 0.05 * han && kana < 0.1 * han;
}
