/**
 * A notice's properties table saved as text, label and value on lines of their own: the issuing
 * body is the notice's byline and the date it bears (成文日期) its date, as the HTML path reads
 * them from the table's cells.
 */
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../src-main/import/extract-text';
import { noticeFields } from '../../src-main/import/text/notice-fields';

const ARTICLE = [
  '为保障吉林省嫩江干流补充治理工程建设顺利进行，依据国家有关规定，现就有关事项通告如下，请各有关单位和个人遵照执行。',
  '一、自本通告发布之日起，禁止在工程建设征占地范围内新增建设项目、迁入人口和抢栽抢种抢建，违者不予补偿。',
  '二、各有关部门要加强监督检查，对违反本通告规定的行为依法依规严肃处理，并及时向社会公布处理结果，接受群众监督。',
];

const TABLE = [
  '索  引 号：',
  '11220000013544357T/2022-00426',
  '发文机关：',
  '吉林省人民政府',
  '成文日期：',
  '2022年01月27日',
  '标      题：',
  '吉林省人民政府关于禁止在嫩江干流补充治理工程建设征占地范围内新增建设项目的通告',
  '发文字号：',
  '吉政明电〔2022〕1号',
  '发布日期：',
  '2022年01月28日',
];

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
    const postedFirst = ['发布日期：', '2022年01月28日', ...TABLE.slice(0, 10)];
    expect(
      extractPlainText(['东方日报', ...postedFirst, ...ARTICLE].join('\n\n'), { fileName: 'page.txt' })
        .publishedAt,
    ).toBe('2022-01-27');
  });
});
