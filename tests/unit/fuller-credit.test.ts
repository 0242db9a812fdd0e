/**
 * A page that credits one writer on its info line ("作者：陈佳") and the same writer with a
 * correspondent in the text ("（记者 陈佳 通讯员 沈静）", opening it or closing it) credits both.
 * An editor's or a poster's line never adds names, nor does a credit of other people.
 */
import { describe, expect, it } from 'vitest';
import { creditNearTitle } from '../../src-main/import/html/credit-near-title';

const TEXT = '记者昨天从市规划国土资源局获悉，本市首批社区微更新试点项目正式启动，12个老旧小区将率先试点。';
const lines = (...texts: string[]) => texts.map((text) => ({ text }));

describe('the fullest credit of the people chosen', () => {
  it('adds the correspondent the text opens with to the info line’s writer', () => {
    const page = lines(
      '申城首批社区微更新试点启动',
      '2015-06-18 来源：新民晚报 作者：陈佳',
      `新民晚报讯（记者 陈佳 通讯员 沈静）${TEXT}`,
      TEXT,
      TEXT,
    );
    expect(creditNearTitle(page, 0, true, 4).author).toBe('陈佳 沈静');
  });

  it('adds the correspondent the text closes with', () => {
    const filler = Array.from({ length: 14 }, () => TEXT);
    const page = lines(
      '哈尔滨改造老旧供热管网',
      '2009-03-17 来源：黑龙江日报 作者：孙强 编辑：刘莉',
      ...filler,
      '（记者 孙强 通讯员 于洪波）',
    );
    expect(creditNearTitle(page, 0, true, page.length - 2).author).toBe('孙强 于洪波');
  });

  it('adds nobody from a credit that leaves the chosen writer out, or from an editor’s line', () => {
    const others = lines('标题在此处', '作者：陈佳', `（记者 王芳 通讯员 沈静）${TEXT}`, TEXT);
    expect(creditNearTitle(others, 0, true, 3).author).toBe('陈佳');
    const editors = lines('标题在此处', '作者：陈佳', TEXT, '责任编辑：陈佳 刘莉');
    expect(creditNearTitle(editors, 0, true, 3).author).toBe('陈佳');
  });
});
