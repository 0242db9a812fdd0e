/**
 * Plain-text titles around a page's furniture: a notice's table saved as text (the value under
 * "标  题：" is the title; the issuing office's, the category's and the document's number are
 * not), and furniture standing right above a date line ("分享到：", a column's tag, a menu bar)
 * where a `<title>` that names only the site sends Gloss looking for the post's own headline.
 */
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../src-main/import/extract-text';
import { fieldValueOf, isNeverHeadline } from '../../src-main/import/text/front-matter';
import { withoutSiteParts } from '../../src-main/import/text/site-suffix';
import { NOTICE_ARTICLE as ARTICLE, NOTICE_TABLE, NOTICE_TITLE as TITLE } from '../support/notice-page';
import {
  isDocumentNumber,
  isFieldLabel,
  isMediaLabel,
  isSiteCredit,
  isTitleFieldLabel,
} from '../../src-shared/extraction/title-furniture';

const NOTICE_TITLE_FIRST_HALF = TITLE.slice(0, Math.floor(TITLE.length / 2));

describe('a notice’s table saved as text', () => {
  it('takes the value under "标  题：" over the office, the category and the document’s number', () => {
    const text = ['东方日报', '登录  注册', ...NOTICE_TABLE, ...ARTICLE].join('\n\n');
    expect(extractPlainText(text, { fileName: 'page.txt' }).title).toBe(TITLE);
  });

  it('takes it too under a <title> line that is not the site’s name alone', () => {
    const text = ['政府信息公开', '登录  注册', ...NOTICE_TABLE, ...ARTICLE].join('\n\n');
    expect(extractPlainText(text, { fileName: 'page.txt' }).title).toBe(TITLE);
  });

  it('takes the title’s value though no fact line stands below it, over the office’s that has one', () => {
    // "主题分类：" is no fact line: only the label says which value is the title.
    const table = [
      '发文机关：',
      '吉林省人民政府',
      '成文日期：',
      '2022年01月27日',
      '标      题：',
      TITLE,
      '主题分类：',
      '通告',
    ];
    const text = ['政府信息公开', '登录  注册', ...table, ...ARTICLE].join('\n\n');
    expect(extractPlainText(text, { fileName: 'page.txt' }).title).toBe(TITLE);
  });

  it('without a title field, a field’s value over its date is not the headline above the table', () => {
    const table = [
      '索  引 号：',
      '11220000013544357T/2022-00426',
      '发文机关：',
      '吉林省人民政府',
      '成文日期：',
      '2022年01月27日',
    ];
    const text = ['东方日报', TITLE, ...table, ...ARTICLE].join('\n\n');
    expect(extractPlainText(text, { fileName: 'page.txt' }).title).toBe(TITLE);
  });

  it('takes the value under "名  称：" too, over a headline broken across two lines below', () => {
    const table = NOTICE_TABLE.map((line) => (line.startsWith('标') ? '名　　称：' : line));
    const broken = [NOTICE_TITLE_FIRST_HALF, TITLE.slice(NOTICE_TITLE_FIRST_HALF.length)];
    const text = [`${TITLE} 吉林省人民政府`, '登录  注册', ...table, ...broken, ...ARTICLE].join('\n\n');
    expect(extractPlainText(text, { fileName: 'page.txt' }).title).toBe(TITLE);
  });

  it('reads "名  称：" as a title only in a notice’s table, not a tender’s buyer', () => {
    const tender = [
      '某某大学实验室设备采购项目公开招标公告',
      '发布时间：2024-05-09',
      '采购人信息',
      '名　　称：',
      '某某大学',
      '地　　址：',
      '某某市大学路1号',
      ...ARTICLE,
    ];
    expect(extractPlainText(tender.join('\n\n'), { fileName: 'page.txt' }).title).toBe(
      '某某大学实验室设备采购项目公开招标公告',
    );
    expect(fieldValueOf(['名　　称：', '某某大学', '地　　址：'], 1)).toBe('other');
  });

  it('reads a value only between its label and the next field, not a list below a label', () => {
    const lines = ['标  题：', '全省春耕备耕工作有序推进', '多地出台新政稳定房地产市场', TITLE, '发文字号：'];
    expect(fieldValueOf(lines, 1)).toBeUndefined();
    expect(fieldValueOf(['标  题：', TITLE, '发文字号：'], 1)).toBe('title');
    expect(fieldValueOf(['发文机关：', '吉林省人民政府', '成文日期：'], 1)).toBe('other');
    expect(fieldValueOf(['发文机关：', '吉林省人民政府'], 1)).toBe('other');
    expect(fieldValueOf(['吉林省人民政府', '成文日期：'], 0)).toBeUndefined();
  });

  it('tells a field’s label, the title’s label and a document’s number by their shape', () => {
    expect(isFieldLabel('索  引 号：')).toBe(true);
    expect(isFieldLabel('发文机关:')).toBe(true);
    expect(isFieldLabel('国务院关于加强数字政府建设的指导意见：')).toBe(false);
    expect(isFieldLabel('注意了。请看：')).toBe(false);
    expect(isTitleFieldLabel('标      题：')).toBe(true);
    expect(isTitleFieldLabel('题目')).toBe(true);
    expect(isTitleFieldLabel('发文字号：')).toBe(false);
    expect(isDocumentNumber('吉政明电〔2022〕1号')).toBe(true);
    expect(isDocumentNumber('国发〔2023〕 5 号')).toBe(true);
    expect(
      isDocumentNumber('国务院关于印发《“十四五”数字经济发展规划》的通知（国发〔2021〕29号）的解读与问答'),
    ).toBe(false);
  });
});

describe('furniture above a date line, under a <title> that names only the site', () => {
  const HEADLINE = '益阳：“数字”是优长';
  const page = (furniture: string) =>
    [
      '东方日报',
      '首页 | 时政 | 经济',
      HEADLINE,
      '来源：半月谈网',
      furniture,
      '2022-03-01 10:21',
      ...ARTICLE,
    ].join('\n\n');

  it.each([
    ['a share label', '分享到：'],
    ['a column’s tag', '【新春走基层】'],
    ['a menu bar', '注册 | 登入 | FAQ | 多维主页 | 大家论坛'],
    ['a document’s number', '吉政明电〔2022〕1号'],
    ['the site’s credit', '中共中央宣传部委托新华通讯社主办'],
  ])('passes over %s for the headline above it', (_, furniture) => {
    expect(isNeverHeadline(furniture)).toBe(true);
    expect(extractPlainText(page(furniture), { fileName: 'page.txt' }).title).toBe(HEADLINE);
  });

  it('tells who runs the site from a headline about who hosts something', () => {
    expect(isSiteCredit('主办：人民日报社  承办：人民网')).toBe(true);
    expect(isSiteCredit('主管单位：吉林省人民政府办公厅')).toBe(true);
    expect(isSiteCredit('中共中央宣传部委托新华通讯社主办')).toBe(true);
    expect(isSiteCredit('东方日报版权所有')).toBe(true);
    expect(isSiteCredit('主辦：香港電台')).toBe(true);
    expect(isSiteCredit('2030年亚运会由多哈主办')).toBe(false);
    // Headlines that end the same way name no organisation before the word.
    expect(isSiteCredit('腾讯任命新的游戏业务主管')).toBe(false);
    expect(isSiteCredit('食品安全谁来主管')).toBe(false);
    expect(isSiteCredit('杭州亚运会开幕 中国第三次主办')).toBe(false);
    expect(isSiteCredit('第十五届全运会将在粤港澳三地联合主办')).toBe(false);
    expect(isSiteCredit('运营：如何做好用户增长')).toBe(false);
    expect(isSiteCredit('第十届花博会闭幕 下届将在上海主办城市中举行')).toBe(false);
    expect(isSiteCredit(HEADLINE)).toBe(false);
  });

  it('still takes a headline that merely holds a colon', () => {
    expect(isNeverHeadline(HEADLINE)).toBe(false);
    expect(isNeverHeadline('国务院关于加强数字政府建设的指导意见')).toBe(false);
  });
});

describe('a forum’s page saved as text', () => {
  const CREDIT = 'Powered by Discuz! X3.4';

  it('cuts the forum’s name and its software credit from the <title> line, however short the headline', () => {
    const title = '犬儒病(上) - 国际 - 中华网论坛 - Powered by Discuz!';
    expect(isMediaLabel('中华网论坛')).toBe(true);
    expect(isMediaLabel('华夏新闻网论坛')).toBe(true);
    // The headline shown again below is no site's name, though the forum's name is the longest part.
    expect(withoutSiteParts(title, [CREDIT, '犬儒病(上)', '胡平'])).toBe('犬儒病(上)');
    // The credit goes by its shape, written again on the page or not.
    expect(withoutSiteParts(title)).toBe('犬儒病(上)');
    const text = [title, CREDIT, '犬儒病(上)', '胡平', ...ARTICLE].join('\n\n');
    expect(extractPlainText(text, { fileName: 'page.txt' }).title).toBe('犬儒病(上)');
  });

  it('reads a long headline with the credit’s "!" after it as a title, not a sentence', () => {
    const headline = '农机专家李金泽：为农机行业搭建现代化信息平台';
    const text = [
      `${headline} - 国内新闻 - 东方日报论坛 - Powered by Discuz!`,
      CREDIT,
      '当前位置： 首页｜新华社记者看东北｜人物专访',
      headline,
      '2005年08月16日　来源：新华网',
      ...ARTICLE,
    ].join('\n\n');
    expect(extractPlainText(text, { fileName: 'page.txt' }).title).toBe(headline);
  });
});

describe('a page saved as text without a <title>', () => {
  it('takes the headline over its date line near the text, not a menu item at the top', () => {
    const menu = [
      '党政',
      '党网 · 时政',
      '人事',
      '反腐',
      '理论',
      '党史',
      '党建',
      '要闻',
      '经济 · 科技',
      '社会 · 法治',
    ];
    const headline = '江苏多地要求中高风险地区师生员工暂不返校';
    const text = [
      '首页',
      ...menu,
      ...menu,
      ...menu,
      '人民网>>江苏频道>>教育',
      headline,
      '2022年02月13日07:48 | 来源：新华日报',
      '小字号',
      '原标题：春季学期开学，织密返校疫情防控网',
      ...ARTICLE,
    ].join('\n\n');
    expect(extractPlainText(text, { fileName: 'page.txt' }).title).toBe(headline);
  });
});
