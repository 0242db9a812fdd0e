/**
 * The milestone finder: the seed article's dated passages through the real import, every date
 * form it reads, the numbers it must not take for dates, offsets, passages and date ordering.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src-main/import/import-file';
import { canonicalText } from '../../src-shared/articles/canonical-text';
import {
  compareDates,
  findDatedPassages,
  isDateValue,
  normalizeDate,
  MAX_PASSAGE_LENGTH,
  type DatedPassage,
} from '../../src-shared/milestones';

const fixtures = resolve(__dirname, '../fixtures');
const seedBytes = readFileSync(resolve(fixtures, 'seed-article.txt'));
const expected = JSON.parse(readFileSync(resolve(fixtures, 'seed-article.expected.json'), 'utf8')) as {
  datedPassages: { cases: { text: string; date: string }[] };
};
const collapse = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
const NBSP = '\u00a0';

function seedCanonicalText(): string {
  const result = importBytes(new Uint8Array(seedBytes), 'seed-article.txt', { path: null });
  if (!result.ok) throw new Error(result.error.reason);
  return canonicalText(result.article.blocks);
}

/** The one date found in `text`, checked for consistent offsets. */
function onlyDate(text: string): DatedPassage {
  const found = findDatedPassages(text);
  expect(found, `dates in ${JSON.stringify(text)}`).toHaveLength(1);
  return found[0];
}

function expectConsistent(text: string, passages: DatedPassage[]) {
  for (const p of passages) {
    expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(p.start).toBeLessThanOrEqual(p.dateStart);
    expect(p.end).toBeGreaterThanOrEqual(p.dateEnd);
    expect(isDateValue(p.date)).toBe(true);
    expect(p.precision).toBe(p.date.length === 4 ? 'year' : p.date.length === 7 ? 'month' : 'day');
  }
}

describe('the seed article', () => {
  const text = seedCanonicalText();
  const passages = findDatedPassages(text);

  it.each(expected.datedPassages.cases)('reads "$text" as $date', ({ text: caseText, date }) => {
    const match = passages.find((p) => p.date === date && collapse(p.text).includes(collapse(caseText)));
    expect(
      match,
      `passages: ${JSON.stringify(
        passages.map((p) => [p.date, collapse(p.text)]),
        null,
        1,
      )}`,
    ).toBeDefined();
  });

  it('gives consistent offsets for every passage of the imported text', () => {
    expect(passages.length).toBeGreaterThanOrEqual(expected.datedPassages.cases.length);
    expectConsistent(text, passages);
  });

  it('finds exactly the dates written in the whole saved page, and no number that is not one', () => {
    const raw = seedBytes.toString('utf8');
    const found = findDatedPassages(raw);
    expectConsistent(raw, found);
    expect(found.map((p) => [p.date, collapse(raw.slice(p.dateStart, p.dateEnd))])).toEqual([
      ['2022-01-17', '2022年01月17日'],
      ['1996', '1996 年'],
      ['1997', '1997 年'],
      ['1997-04-18', '1997 4 18 20 日'],
      ['1997-06-05', '1997 6 5'],
      ['1997-07', '1997 7 月'],
      ['2013-10', '2013 10 月'],
      ['2015-11', '2015 11 月'],
      ['2013', '2013 年至 2015 年'],
      ['1996-10', '1996 10 月至 1997 8 月'],
      ['2013', '2013 年'],
      ['2016-09-03', '2016 9 3'],
      ['2023-09-19', '2023-09-19'],
      ['2021', '2021年'],
      ['2016', '2016年'],
      ['2016', '2016年'],
    ]);
    const importedDates = new Set(
      passages.map((p) => `${p.date} ${collapse(text.slice(p.dateStart, p.dateEnd))}`),
    );
    const rawDates = new Set(found.map((p) => `${p.date} ${collapse(raw.slice(p.dateStart, p.dateEnd))}`));
    for (const d of importedDates) expect(rawDates.has(d), d).toBe(true);
  });

  it('reads the sentence with a document number as its earlier date only', () => {
    const inSentence = passages.filter((p) => collapse(p.text).includes('深发[ 1997 16 号文件'));
    expect(inSentence.map((p) => p.date)).toEqual(['1997-06-05']);
  });
});

describe('date forms', () => {
  it.each([
    ['2016年9月3日', '2016-09-03'],
    ['2016年09月03日', '2016-09-03'],
    ['2016 年 9 月 3 日', '2016-09-03'],
    ['2016年9月3号', '2016-09-03'],
    ['2016年9月', '2016-09'],
    ['2016年', '2016'],
    ['二〇一六年九月三日', '2016-09-03'],
    ['二○一六年十月三十一日', '2016-10-31'],
    ['一九九七年', '1997'],
    ['一九九七年十二月', '1997-12'],
    ['二〇〇八年八月八日', '2008-08-08'],
    ['二00四年', '2004'],
    ['二ＯＯ四年十月', '2004-10'],
    ['２０１６年９月３日', '2016-09-03'],
    ['2016-09-03', '2016-09-03'],
    ['2016/9/3', '2016-09-03'],
    ['2016.9.3', '2016-09-03'],
    ['2016-09', '2016-09'],
    ['3 September 2016', '2016-09-03'],
    ['3rd of September 2016', '2016-09-03'],
    ['Sept. 3, 2016', '2016-09-03'],
    ['September 3rd, 2016', '2016-09-03'],
    ['Sep 3 2016', '2016-09-03'],
    ['September 2016', '2016-09'],
    ['1997    6    5    ', '1997-06-05'],
    [`1997${NBSP} ${NBSP} 6 ${NBSP}${NBSP} 5`, '1997-06-05'],
    [`1997 ${NBSP} 7  月`, '1997-07'],
    ['2013    10  月', '2013-10'],
    ['2016    9    3', '2016-09-03'],
    ['1996  年', '1996'],
  ])('%s → %s', (expression, date) => {
    const text = `据记载,${expression},事情发生了。`;
    const p = onlyDate(text);
    expect(p.date).toBe(date);
    expect(text.slice(p.dateStart, p.dateEnd)).toBe(expression.trim());
    expectConsistent(text, [p]);
  });

  it.each([
    ['2013年至2015年', '2013', '2015'],
    ['2013—2015年', '2013', '2015'],
    ['2013-2015年', '2013', '2015'],
    ['2013年—2015年', '2013', '2015'],
    ['1996年10月至1997年8月', '1996-10', '1997-08'],
    ['1996 10 月至 1997 8 月', '1996-10', '1997-08'],
    ['1996年10月至12月', '1996-10', '1996-12'],
    ['1997年4月18日至20日', '1997-04-18', '1997-04-20'],
    ['1997年4月18日—20日', '1997-04-18', '1997-04-20'],
    [`1997 ${NBSP}  4 ${NBSP}  18 ${NBSP}${NBSP}  20  日`, '1997-04-18', '1997-04-20'],
    ['September 3–5, 2016', '2016-09-03', '2016-09-05'],
  ])('range %s starts at %s and ends at %s', (expression, date, until) => {
    const text = `${expression},深圳投入帮扶资金。`;
    const p = onlyDate(text);
    expect([p.date, p.until]).toEqual([date, until]);
    expect(text.slice(p.dateStart, p.dateEnd)).toBe(expression);
  });

  it('reads a year after a preposition of time in English, but not a count', () => {
    expect(findDatedPassages('It opened in 1997, and grew.').map((p) => p.date)).toEqual(['1997']);
    expect(findDatedPassages('Since 2013 the city has changed.').map((p) => p.date)).toEqual(['2013']);
    expect(findDatedPassages('It happened in 2000 cases out of 3000.')).toEqual([]);
  });

  it('reads English ranges of years after a preposition', () => {
    const dates = (text: string) =>
      findDatedPassages(text).map((p) => [p.date, p.until, text.slice(p.dateStart, p.dateEnd)]);
    expect(dates('From 2013 to 2015, it grew.')).toEqual([['2013', '2015', '2013 to 2015']]);
    expect(dates('Between 2001 and 2003 the plant was shut.')).toEqual([['2001', '2003', '2001 and 2003']]);
    expect(dates('In 2013–2015 it grew.')).toEqual([['2013', '2015', '2013–2015']]);
    expect(dates('In 1997 and in 1998, it rained.')).toEqual([
      ['1997', undefined, '1997'],
      ['1998', undefined, '1998'],
    ]);
    expect(dates('It climbs from 1800 to 2000 meters.')).toEqual([]);
  });

  it('falls back to the month when the day does not exist', () => {
    expect(onlyDate('2015年2月29日,无事。').date).toBe('2015-02');
    expect(onlyDate('2016年2月29日,无事。').date).toBe('2016-02-29');
  });
});

describe('numbers that are not dates', () => {
  it.each([
    '客服热线:0755-8882 8155',
    '累计投入各类帮扶资金达  5.44  亿元。',
    '深圳投入帮扶资金  1500  万元,支持毕节。',
    '累计完成投资  205.84  亿元。',
    '20  年来,深圳市累计投入。',
    '习仲勋同志诞辰  100  周年纪念活动。',
    '20  年过去,深圳与毕节的关系。',
    '一个老人的初心与二十年的携手',
    '学员满意度高达  99.7%',
    '同比增长 2015%',
    '飞往深圳的  CZ***74  航班',
    '搭乘 CZ3474 航班,或 CZ2016 航班。',
    '捐出了自己的工资和津贴  2000  元,夫人也捐出。',
    '已有  2000  名贫困家庭子女。',
    '共 2000 10 多个项目。',
    '11    28    下午  18    35  分,鸡蛋起飞。',
    '深发[  1997    16  号文件',
    '深发[ 1997 6 号文件',
    '深发[ 1997 6 5 号文件',
    '深发〔1997〕16号文件',
    '第 2016 号',
    '价格 2016.5 元',
    '编号 1997-16 的设备',
    'It may 2016 happen.',
    'Room 1997 is upstairs.',
    '1000 年前,这里是海。',
    '2200年',
    '时间跨度从公元前2000年直到殖民地时期',
    '近2000年来,这里一直是集市。',
    '这座城有1800年的历史。',
    'It was founded in 2000 BC, or so they say.',
  ])('%s', (text) => {
    expect(findDatedPassages(text)).toEqual([]);
  });

  it('keeps a document number from adding a date of its own next to a real date', () => {
    const text =
      '1997    6    5    ,深圳市委、市政府下发深发[  1997    16  号文件,决定从七个方面开展对口支援。';
    expect(findDatedPassages(text).map((p) => p.date)).toEqual(['1997-06-05']);
  });
});

describe('offsets and passages', () => {
  it('counts UTF-16 code units, so characters outside the BMP before a date shift nothing', () => {
    const text = '😀𠀀𝒳 前言。2016年9月3日,发生了一件事。';
    const p = onlyDate(text);
    expect(p.dateStart).toBe(text.indexOf('2016'));
    expect(text.slice(p.dateStart, p.dateEnd)).toBe('2016年9月3日');
    expect(p.text).toBe('2016年9月3日,发生了一件事。');
    expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('takes the sentence holding the date, closing quotes staying with the sentence before', () => {
    const text = '“这一切都与习老的带动分不开。”  2013    10  月,纪念活动时,厉有为回忆起往事。后来的事。';
    expect(onlyDate(text).text).toBe('2013    10  月,纪念活动时,厉有为回忆起往事。');
  });

  it('ends a passage at a paragraph break and trims white space', () => {
    const text = '上一段\n\n  1996  年深圳开始对口帮扶毕节以来  \n\n下一段 2016年 的事';
    const [first, second] = findDatedPassages(text);
    expect(first.text).toBe('1996  年深圳开始对口帮扶毕节以来');
    expect(second.text).toBe('下一段 2016年 的事');
  });

  it('does not end an English sentence inside a date', () => {
    const text = 'Nothing happened. On Sept. 3, 2016, the plant opened. Later.';
    expect(onlyDate(text).text).toBe('On Sept. 3, 2016, the plant opened.');
  });

  it('gives each date of a sentence the same passage', () => {
    const text = '从 2013 年起,共选派干部,2016年9月3日结束。';
    const found = findDatedPassages(text);
    expect(found.map((p) => p.date)).toEqual(['2013', '2016-09-03']);
    expect(found[0].text).toBe(found[1].text);
  });

  it('cuts a long sentence down to the clauses around the date', () => {
    const clause = '深圳与毕节的合作不断深化并取得了长足的进展';
    const text = `${Array(8).fill(clause).join(',')},于  2015    11  月建成产业园,${Array(8).fill(clause).join(',')}。`;
    const p = onlyDate(text);
    expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE_LENGTH);
    expect(p.text).toContain('于  2015    11  月建成产业园');
    expect(p.text.endsWith(',')).toBe(false);
    expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('cuts a long clause without splitting a surrogate pair', () => {
    const text = `${'😀'.repeat(150)}2016年9月3日${'😀'.repeat(150)}`;
    const p = onlyDate(text);
    expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE_LENGTH + 2);
    expect(p.text).toContain('2016年9月3日');
    expect(p.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });
});

describe('date values', () => {
  it('orders mixed precisions: a year before its months, a month before its days', () => {
    const dates = ['1998', '1997-04-18', '1997-05', '1997', '1997-04', '1996-12-31'];
    expect([...dates].sort(compareDates)).toEqual([
      '1996-12-31',
      '1997',
      '1997-04',
      '1997-04-18',
      '1997-05',
      '1998',
    ]);
    expect(compareDates('1997', '1997')).toBe(0);
  });

  it('normalizes what a person types', () => {
    expect(normalizeDate(' 1997 ')).toEqual({ value: '1997', precision: 'year' });
    expect(normalizeDate('1997-4')).toEqual({ value: '1997-04', precision: 'month' });
    expect(normalizeDate('1997/4/18')).toEqual({ value: '1997-04-18', precision: 'day' });
    expect(normalizeDate('一九九七年七月')).toEqual({ value: '1997-07', precision: 'month' });
    expect(normalizeDate('18 April 1997')).toEqual({ value: '1997-04-18', precision: 'day' });
    expect(normalizeDate('1997-13')).toBeNull();
    expect(normalizeDate('sometime in 1997')).toBeNull();
    expect(normalizeDate('')).toBeNull();
  });

  it('validates date values', () => {
    expect(['1997', '1997-04', '2016-02-29'].map(isDateValue)).toEqual([true, true, true]);
    expect(['97', '1997-4', '2015-02-29', '1799', '1997-04-31'].map(isDateValue)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
