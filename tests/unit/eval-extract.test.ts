/** The extraction evaluation's scoring: bigram F1, author and date matching, corpus layouts. */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authorMatches, bigramScore, dateMatches, loadCorpus } from '../../tools/eval-extract';

describe('bigramScore', () => {
  it('scores identical text 1 and ignores white space', () => {
    expect(bigramScore('今天 天气\n好', '今天天气好').f1).toBe(1);
  });

  it('computes precision and recall on multisets of character pairs', () => {
    // "abcd" → ab bc cd; "abce" → ab bc ce: 2 shared of 3 each.
    const s = bigramScore('abcd', 'abce');
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(2 / 3);
    // "aaaa" has aa×3; truth "aa" has aa×1: precision 1/3, recall 1.
    const m = bigramScore('aaaa', 'aa');
    expect(m.precision).toBeCloseTo(1 / 3);
    expect(m.recall).toBe(1);
    expect(m.f1).toBeCloseTo(0.5);
  });

  it('gives 0 for an empty extraction', () => {
    expect(bigramScore('', '正文').f1).toBe(0);
  });
});

describe('author and date', () => {
  it('needs every ground-truth name in the byline', () => {
    expect(authorMatches('记者 王建宏 张文攀', '王建宏 张文攀')).toBe(true);
    expect(authorMatches('王建宏', '王建宏 张文攀')).toBe(false);
    expect(authorMatches(null, '王建宏')).toBe(false);
  });

  it('compares full days and does not score month-only truth', () => {
    expect(dateMatches('2005-05-07', '2005-5-7 21:23:57')).toBe(true);
    expect(dateMatches('2005-05-08', '2005-5-7')).toBe(false);
    expect(dateMatches('1998-03-01', '1998-3')).toBe(false);
  });
});

describe('loadCorpus', () => {
  const corpora = path.resolve(__dirname, '../..', '../shared/corpora');
  it.skipIf(!existsSync(corpora))(
    'recognises the three layouts (skipped when ../shared/corpora is absent)',
    () => {
      expect(loadCorpus(path.join(corpora, 'cwced-dev')).layout).toBe('cwced');
      expect(loadCorpus(path.join(corpora, 'scrapinghub-aeb')).pages.length).toBe(181);
      expect(loadCorpus(path.join(corpora, 'trafilatura-eval-cjk')).layout).toBe('trafilatura');
    },
  );
});
