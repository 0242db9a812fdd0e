/**
 * Undoes a common flaw of PDF text layers: fonts whose ToUnicode map names a Kangxi radical
 * (U+2F00–U+2FD5) or a CJK radical (U+2E80–U+2EF3) for a glyph that is the ordinary ideograph
 * (Chromium's print-to-PDF writes ⼀ for 一 and ⻛ for 风). Radicals in running text are
 * always these look-alikes, so they are mapped back to the unified ideographs.
 */

/** CJK Radicals Supplement characters that stand for a whole ideograph, with that ideograph. */
const SUPPLEMENT: Record<string, string> = {
  '\u2E9F': '母',
  '\u2EA0': '民',
  '\u2EC4': '西',
  '\u2EC5': '见',
  '\u2EC6': '角',
  '\u2EC9': '贝',
  '\u2ECB': '车',
  '\u2ED1': '長',
  '\u2ED3': '长',
  '\u2ED4': '门',
  '\u2ED8': '青',
  '\u2ED9': '韦',
  '\u2EDA': '页',
  '\u2EDB': '风',
  '\u2EDC': '飞',
  '\u2EDD': '食',
  '\u2EE2': '马',
  '\u2EE3': '骨',
  '\u2EE4': '鬼',
  '\u2EE5': '鱼',
  '\u2EE6': '鸟',
  '\u2EE7': '卤',
  '\u2EE8': '麦',
  '\u2EE9': '黄',
  '\u2EEA': '黾',
  '\u2EEB': '斉',
  '\u2EEC': '齐',
  '\u2EED': '歯',
  '\u2EEE': '齿',
  '\u2EEF': '竜',
  '\u2EF0': '龙',
  '\u2EF2': '亀',
  '\u2EF3': '龟',
};

const RADICAL = /[\u2E80-\u2EF3\u2F00-\u2FD5]/gu;

export function unifyRadicals(text: string): string {
  return text.replace(RADICAL, (ch) => SUPPLEMENT[ch] ?? (ch >= '\u2F00' ? ch.normalize('NFKC') : ch));
}
