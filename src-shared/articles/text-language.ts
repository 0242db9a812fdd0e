/** Guesses an article's language from its text, for the `lang` attribute (CJK glyphs, line breaks). */

/**
 * Common characters written one way in Traditional and another in Simplified (個/个, 們/们, 來/来,
 * 國/国…): which set the text uses more tells the script, with no table to build.
 */
export const TRADITIONAL_ONLY_CHARS =
  '這個們來為國說時會對還過發後與開關間東長門問現實經當從應於動將點體網報聞';
const SIMPLIFIED_ONLY_CHARS = '这个们来为国说时会对还过发后与开关间东长门问现实经当从应于动将点体网报闻';
const TRADITIONAL_ONLY = new RegExp(`[${TRADITIONAL_ONLY_CHARS}]`, 'gu');
const SIMPLIFIED_ONLY = new RegExp(`[${SIMPLIFIED_ONLY_CHARS}]`, 'gu');

export function guessLanguage(sample: string): string {
  const text = sample.slice(0, 4000);
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let letters = 0;
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) han++;
    else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) kana++;
    else if (/\p{Script=Hangul}/u.test(ch)) hangul++;
    else if (/\p{L}/u.test(ch)) letters++;
  }
  if (kana > 20) return 'ja';
  if (hangul > han && hangul > letters / 4) return 'ko';
  if (han > letters / 4) {
    // Traditional characters shown with Traditional glyph forms (the fonts' localized forms).
    const traditional = text.match(TRADITIONAL_ONLY)?.length ?? 0;
    const simplified = text.match(SIMPLIFIED_ONLY)?.length ?? 0;
    return traditional > simplified ? 'zh-Hant' : 'zh-CN';
  }
  return 'en';
}
