/**
 * The language an article's text is shown in (its `lang`): Chinese in Simplified or in
 * Traditional characters (the fonts' glyph forms follow it), Japanese, Korean, English.
 */
import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../src-shared/articles/text-language';

describe('guessLanguage', () => {
  it('tells Simplified from Traditional Chinese by the characters the text uses', () => {
    expect(guessLanguage('国务院常务会议日前召开，会议部署了进一步推动乡村振兴的多项措施。')).toBe('zh-CN');
    expect(guessLanguage('國務院常務會議日前召開，會議部署了進一步推動鄉村振興的多項措施。')).toBe('zh-Hant');
    // A Simplified text quoting a Traditional name stays Simplified.
    expect(guessLanguage('这个会议在台北举行，國立大學的学者们来了，发言时说了很多。')).toBe('zh-CN');
  });

  it('reads Japanese, Korean and English as before', () => {
    expect(guessLanguage('東京の時間で午後三時、会議が開かれました。'.repeat(3))).toBe('ja');
    expect(guessLanguage('서울에서 회의가 열렸습니다. 많은 사람들이 참석했습니다.')).toBe('ko');
    expect(guessLanguage('The meeting was held in Taipei on Sunday.')).toBe('en');
  });
});
