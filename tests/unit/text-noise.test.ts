/**
 * Lines of a saved page that are noise wherever they stand: the comment thread's headings, which
 * end the article in the plain-text extractor, and words that only look like them.
 */
import { describe, expect, it } from 'vitest';
import { strongNoise } from '../../src-main/import/text/noise';

describe('comment thread headings', () => {
  it('reads a count of comments, responses or thoughts on the article as a comment heading', () => {
    for (const line of [
      '34 responses to “Anthony Lynn: “We needed to win this game””',
      '6 thoughts on “How to Adopt a Mindset”',
      '12 Comments',
      'Leave a Reply',
      '发表评论：',
    ])
      expect(strongNoise(line), line).toBe('comment');
  });

  it('does not read a section named Commentary as one', () => {
    expect(strongNoise('Commentary')).toBeNull();
    expect(strongNoise('Commentators')).toBeNull();
  });
});
