/**
 * Two ways Chinese and Japanese pages write a date that the digit patterns do not read:
 *
 * - full-width digits and separators ("２０１２年３月４日", "2012－03－04"), turned into ASCII one
 *   character for one, so every index found in the result stands for the same place in the text;
 * - dates in Chinese numerals, which close government notices and letters ("二〇一二年三月四日",
 *   "二○一二年十二月二十四日", "二零零八年五月十二日").
 */
/** Full-width digits, hyphen, slash and full stop as their ASCII forms; the length stays the same. */
export function asciiDateText(text: string): string {
  return text.replace(/[０-９－／．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The digits of a year written out: 〇, ○ (a circle often typed for it), 零 and a full-width O. */
const DIGIT: Record<string, number> = Object.fromEntries(
  [...'〇一二三四五六七八九']
    .map((c, i) => [c, i])
    .concat([
      ['○', 0],
      ['零', 0],
      ['Ｏ', 0],
    ]),
);

/** 一 … 九, 十, 十一 … 十九, 二十 … 三十一: the numbers a month or a day is written with. */
function smallNumber(text: string): number | null {
  const m = /^(?:([二三])?(十))?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return null;
  const [, tens, ten, unit] = m;
  return (ten ? (tens ? DIGIT[tens] : 1) * 10 : 0) + (unit ? DIGIT[unit] : 0);
}

/** A year, month and day in Chinese numerals, each digit of the year written out. */
export const CHINESE_NUMERAL_DATE =
  /([〇○零Ｏ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号]/g;

/** The year, month and day of a CHINESE_NUMERAL_DATE match (the caller checks it is a real day). */
export function readChineseNumeralDate(m: RegExpExecArray): [number, number, number] | null {
  const year = Number(Array.from(m[1], (c) => DIGIT[c]).join(''));
  const month = smallNumber(m[2]);
  const day = smallNumber(m[3]);
  return month === null || day === null ? null : [year, month, day];
}
