/**
 * Dates typed with dots and slashes (`2012.01.17`, `2012/1/17`), as people write them in notes
 * and scraped pages, and the numbers that look like them but are not dates.
 */
import { describe, expect, it } from 'vitest';
import { findDatedPassages } from '../../src-shared/milestones';

describe('dotted and slashed dates', () => {
  it.each([
    ['2012.01.17', '2012-01-17'],
    ['2012.1.17', '2012-01-17'],
    ['2012/1/17', '2012-01-17'],
    ['2012/01/07', '2012-01-07'],
    ['1997.6.5', '1997-06-05'],
  ])('%s → %s', (expression, date) => {
    const text = `${expression},双方在深圳签署协议。`;
    const found = findDatedPassages(text);
    expect(found.map((p) => p.date)).toEqual([date]);
    expect(text.slice(found[0].dateStart, found[0].dateEnd)).toBe(expression);
  });

  it.each([
    '服务器地址 192.168.1.17,请勿外传。',
    '版本 3.2012.01.17 已发布。',
    '构建号 v2012.01.17 已发布。',
    '编号 2012.01.17.3 的文件。',
    '路径 2012/1/17/3 下的照片。',
    '2012.13.17 不是日期。',
    '2012/02/30 不是日期。',
    '2012.1 亿元的投资。',
    '比分 2012:1:17 结束。',
  ])('%s has no date', (text) => {
    expect(findDatedPassages(text)).toEqual([]);
  });
});
