/** Guesses an article's language from its text, for the `lang` attribute (CJK glyphs, line breaks). */

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
  if (han > letters / 4) return 'zh-CN';
  return 'en';
}
