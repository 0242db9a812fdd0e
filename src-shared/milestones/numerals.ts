/**
 * Low-level reading for the date scanners: width folding that keeps offsets, white space runs
 * inside a line, and month/day numbers written in Arabic or Chinese numerals.
 */

/**
 * Full-width ASCII (０-９, ，, ／, －…) → ASCII. One code unit maps to one code unit, so every
 * offset found in the folded text is an offset in the original.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Spaces of any kind (U+0020, U+00A0, U+3000…) and tabs; never a line break. */
const INLINE_SPACE = /[\p{Zs}\t]/u;

export function isInlineSpace(ch: string | undefined): boolean {
  return ch !== undefined && INLINE_SPACE.test(ch);
}

/** Index of the first character at or after `i` that is not an inline space. */
export function skipSpaces(text: string, i: number): number {
  while (i < text.length && isInlineSpace(text[i])) i++;
  return i;
}

/** Digits of a year written digit by digit: 一九九七, 二〇一六 (〇 and ○ are both used for zero). */
export const CJK_YEAR_DIGITS = '〇○零一二三四五六七八九';
const CJK_DIGIT_VALUE: Record<string, number> = Object.fromEntries(
  [...CJK_YEAR_DIGITS].map((ch, i) => [ch, Math.max(0, i - 2)]),
);

/**
 * 一九九七 → 1997. Pages also mix in Arabic zeros or the letter O (二00四, 二OO四); the caller
 * has matched exactly four such characters.
 */
export function cjkYearValue(digits: string): number {
  let value = 0;
  for (const ch of digits) value = value * 10 + (/[0-9]/.test(ch) ? Number(ch) : (CJK_DIGIT_VALUE[ch] ?? 0));
  return value;
}

/** 九 → 9, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31. */
function cjkSmallValue(numeral: string): number {
  const ten = numeral.indexOf('十');
  if (ten < 0) return CJK_DIGIT_VALUE[numeral];
  const tens = ten === 0 ? 1 : CJK_DIGIT_VALUE[numeral[0]];
  const units = ten === numeral.length - 1 ? 0 : CJK_DIGIT_VALUE[numeral[ten + 1]];
  return tens * 10 + units;
}

export interface NumberToken {
  value: number;
  end: number;
  /** Written in Chinese numerals. */
  cjk: boolean;
}

const ARABIC_SMALL = /[0-9]{1,2}(?![0-9]|\.[0-9])/y;
const CJK_SMALL =
  /(?:[二三]十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])(?![〇○零一二三四五六七八九十百千万])/y;

/** A number of one or two digits (or a Chinese numeral up to 三十九) starting exactly at `i`. */
function readSmallNumber(text: string, i: number): NumberToken | null {
  ARABIC_SMALL.lastIndex = i;
  const arabic = ARABIC_SMALL.exec(text);
  if (arabic) return { value: Number(arabic[0]), end: i + arabic[0].length, cjk: false };
  CJK_SMALL.lastIndex = i;
  const cjk = CJK_SMALL.exec(text);
  if (cjk) return { value: cjkSmallValue(cjk[0]), end: i + cjk[0].length, cjk: true };
  return null;
}

export function readMonth(text: string, i: number): NumberToken | null {
  const token = readSmallNumber(text, i);
  return token && token.value >= 1 && token.value <= 12 ? token : null;
}

export function readDay(text: string, i: number): NumberToken | null {
  const token = readSmallNumber(text, i);
  return token && token.value >= 1 && token.value <= 31 ? token : null;
}
