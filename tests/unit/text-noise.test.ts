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

describe('headings of lists of other stories', () => {
  it('reads the English headings beside the Chinese ones (相关链接, 热门文章, 最新新闻) as a list’s heading', () => {
    for (const line of [
      'Related links:',
      'Related News',
      'Top stories',
      'Most popular',
      'Most Read',
      'Latest news',
    ])
      expect(strongNoise(line), line).toBe('headline-list');
    expect(strongNoise('相关链接')).toBe('headline-list');
  });

  it('does not take a sentence that names them for a heading', () => {
    expect(
      strongNoise('The most popular stories of the year were about the flood and the election.'),
    ).toBeNull();
    expect(strongNoise('Top stories: the council votes on the budget')).toBeNull();
  });
});
