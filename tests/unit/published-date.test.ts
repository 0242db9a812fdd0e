/** Publication dates: the forms findPublishedDate reads, and slash dates whose order the numbers decide. */
import { describe, expect, it } from 'vitest';
import { findPublishedDate, findSlashDate } from '../../src-main/import/published-date';

describe('findPublishedDate', () => {
  it('reads the usual forms and refuses impossible days', () => {
    expect(findPublishedDate('2022年01月17日')).toBe('2022-01-17');
    expect(findPublishedDate('2022-1-7 10:00')).toBe('2022-01-07');
    expect(findPublishedDate('Jan 17, 2022')).toBe('2022-01-17');
    expect(findPublishedDate('2022-02-30')).toBeNull();
  });

  it('reads full-width digits and dates in Chinese numerals, as notices close', () => {
    expect(findPublishedDate('２０２２年１月１７日')).toBe('2022-01-17');
    expect(findPublishedDate('2022－01－17')).toBe('2022-01-17');
    expect(findPublishedDate('国务院办公厅 二〇二二年一月十七日')).toBe('2022-01-17');
    expect(findPublishedDate('二○二二年十一月二十日')).toBe('2022-11-20');
    expect(findPublishedDate('二〇二二年二月三十日')).toBeNull();
    // A digit date first wins over a date in numerals the text mentions, and an impossible
    // numeral date does not hide a good one.
    expect(findPublishedDate('发布时间：2023-05-01，纪念一九四九年十月一日')).toBe('2023-05-01');
    expect(findPublishedDate('戊戌变法始于一八九八年六月十一日，二〇二三年五月一日发布')).toBe('2023-05-01');
  });
});

describe('findSlashDate', () => {
  it('lets the numbers decide the order where they can', () => {
    expect(findSlashDate('13/5/2005')).toBe('2005-05-13');
    expect(findSlashDate('１３／５／２００５')).toBe('2005-05-13');
    expect(findSlashDate('5/13/2005')).toBe('2005-05-13');
    expect(findSlashDate('发布日期： 25/12/2005 9:23:57 PM')).toBe('2005-12-25');
  });

  it('reads month first only beside a US AM/PM clock when both numbers could be months', () => {
    expect(findSlashDate('发布日期： 7/5/2005 9:23:57 PM')).toBe('2005-07-05');
    expect(findSlashDate('12/1/2020, 10:46:16 AM')).toBe('2020-12-01');
    expect(findSlashDate('7/5/2005')).toBeNull();
    expect(findSlashDate('7/5/2005 21:23')).toBeNull();
  });

  it('reads no fraction, path or impossible day as a date', () => {
    expect(findSlashDate('13/5/20050')).toBeNull();
    expect(findSlashDate('1/13/5/2005')).toBeNull();
    expect(findSlashDate('/12/5/2005/')).toBeNull();
    expect(findSlashDate('31/2/2005')).toBeNull();
  });
});
