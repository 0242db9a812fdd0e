/**
 * A notice's properties table saved as text, label and value on lines of their own: the issuing
 * body is the notice's byline and the date it bears (成文日期) its date, as the HTML path reads
 * them from the table's cells.
 */
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../src-main/import/extract-text';
import { noticeFields } from '../../src-main/import/text/notice-fields';
import { NOTICE_ARTICLE as ARTICLE, NOTICE_TABLE as TABLE } from '../support/notice-page';

describe('a notice’s properties table saved as text', () => {
  it('reads the issuer and the date the notice bears from label and value lines', () => {
    expect(noticeFields(TABLE)).toEqual({ issuer: '吉林省人民政府', writtenOn: '2022-01-27' });
    // A label followed by the next label has no value; nothing else is a field.
    expect(noticeFields(['发文机关：', '成文日期：', '2022年01月27日'])).toEqual({
      issuer: null,
      writtenOn: '2022-01-27',
    });
    expect(noticeFields(['作者：', '张三'])).toEqual({ issuer: null, writtenOn: null });
    // Labels saved without their colons: an empty issuer's cell is followed by the next label.
    expect(
      noticeFields(['发文机关', '成文日期', '2022年01月27日', '标题', '关于春节期间疫情防控的通知']),
    ).toEqual({
      issuer: null,
      writtenOn: '2022-01-27',
    });
  });

  it('gives the issuer as the byline and the date it bears, not the day it was posted', () => {
    const article = extractPlainText(['东方日报', '登录  注册', ...TABLE, ...ARTICLE].join('\n\n'), {
      fileName: 'page.txt',
    });
    expect(article.byline).toBe('吉林省人民政府');
    expect(article.publishedAt).toBe('2022-01-27');
    expect(article.unsure).not.toContain('byline');
    // Also when the day it was posted is listed first.
    const postedFirst = ['发布日期：', '2022年01月28日', ...TABLE.slice(0, 12)];
    expect(
      extractPlainText(['东方日报', ...postedFirst, ...ARTICLE].join('\n\n'), { fileName: 'page.txt' })
        .publishedAt,
    ).toBe('2022-01-27');
  });
});
