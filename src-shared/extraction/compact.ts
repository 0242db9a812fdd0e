/**
 * Text with every white space removed (spaces, ideographic and no-break spaces, line breaks):
 * how lines are compared where a space is layout, not a word boundary, as in Chinese.
 */
export function compact(text: string): string {
  return text.replace(/\s+/gu, '');
}

/**
 * "通 知" (set with ideographic spaces), "公 告", "决 定 书": a short heading set with spaces between its Han characters, as
 * notices print them, closed up. Anything else is returned as it is.
 */
export function closeLetterSpacing(text: string): string {
  if (!/^[\u4e00-\u9fa5](?:[\s\u3000]+[\u4e00-\u9fa5]){1,9}$/u.test(text)) return text;
  // Wide gaps (an ideographic space, or two spaces and more) are layout; single spaces only in a
  // word of up to three characters ("公 告", "决 定 书"): "春 夏 秋 冬" may be meant so.
  const gaps = text.match(/[\s\u3000]+/gu) ?? [];
  const wide = gaps.every((gap) => gap.includes('\u3000') || gap.length >= 2);
  return wide || gaps.length <= 2 ? compact(text) : text;
}

/**
 * Letters and digits only, lower case: how two shown lines are found to say the same words,
 * whatever punctuation, symbols or an icon font's private-use glyph stand around them.
 */
export function lettersKey(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}
